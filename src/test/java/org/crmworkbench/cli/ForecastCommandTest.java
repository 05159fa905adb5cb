package org.crmworkbench.cli;

import static org.crmworkbench.present.ParsedOutput.csv;
import static org.crmworkbench.present.ParsedOutput.json;
import static org.crmworkbench.present.ParsedOutput.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.runs.ForecastRunStore;
import org.crmworkbench.model.ForecastRunRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code workbench forecast} on a planted trend and season in a file, on the sample database's orders, and with every
 * kind of bad option. The end-to-end tests need the forecaster, the series readers and the run store.
 */
class ForecastCommandTest {
    private static final int MONTHS = 72;

    @TempDir
    Path dir;
    Path series;
    Path out;
    CommandRun cli;

    /** Six years of months: 200 + 2 t + 30 sin(2 pi t / 12) + N(0, 3), rows shuffled. */
    @BeforeEach
    void plantedSeason() throws Exception {
        SplittableRandom random = new SplittableRandom(31);
        StringBuilder text = new StringBuilder("month,sales,note\n");
        for (int t = MONTHS - 1; t >= 0; t--) {
            double value = 200 + 2 * t + 30 * Math.sin(2 * Math.PI * t / 12)
                    + 3 * RegressCommandTest.gaussian(random);
            text.append(LocalDate.of(2019, 1, 1).plusMonths(t)).append(',').append(value).append(",x\n");
        }
        series = Files.writeString(dir.resolve("sales.csv"), text.toString());
        out = dir.resolve("out");
        cli = new CommandRun(dir);
    }

    @Test
    void holtWintersForecastsTheNextYearWithNestedBands() throws Exception {
        assertEquals(0, cli.run("forecast", "--input", series.toString(), "--date-col", "month", "--value-col",
                "sales", "--model", "hw-add", "--horizon", "12", "--origins", "6", "--out", out.toString()),
                cli.stderr);
        List<List<String>> forecast = csv(out.resolve("forecast.csv"));
        assertEquals(List.of("period", "forecast", "lo80", "hi80", "lo95", "hi95"), forecast.get(0));
        assertEquals(13, forecast.size());
        assertEquals("2025-01-01", forecast.get(1).get(0), "the forecast starts after the history");
        for (int h = 1; h <= 12; h++) {
            List<String> row = forecast.get(h);
            double mean = Double.parseDouble(row.get(1));
            double lo80 = Double.parseDouble(row.get(2));
            double hi80 = Double.parseDouble(row.get(3));
            double lo95 = Double.parseDouble(row.get(4));
            double hi95 = Double.parseDouble(row.get(5));
            assertTrue(lo95 <= lo80 && lo80 <= mean && mean <= hi80 && hi80 <= hi95, row.toString());
            int t = MONTHS - 1 + h;
            assertEquals(200 + 2 * t + 30 * Math.sin(2 * Math.PI * t / 12), mean, 15, row.toString());
        }
        Map<String, Object> parameters = json(out.resolve("parameters.json"));
        assertEquals("hw-add", parameters.get("model"));
        assertEquals("month", parameters.get("frequency"));
        assertEquals(MONTHS, number(parameters, "periods"));
        assertTrue(number(parameters, "sse") > 0);
        assertTrue(((Map<?, ?>) parameters.get("parameters")).containsKey("alpha"));
        List<List<String>> backtest = csv(out.resolve("backtest.csv"));
        assertEquals(List.of("model", "origin", "step", "period", "actual", "forecast", "error"), backtest.get(0));
        assertTrue(backtest.size() > 6);
        for (String chart : List.of("forecast", "backtest")) {
            assertTrue(Files.size(out.resolve(chart + ".png")) > 1000, chart);
            assertTrue(Files.exists(out.resolve(chart + ".svg")), chart);
        }
        assertTrue(cli.stdout.contains("Model hw-add"), cli.stdout);
        assertTrue(cli.stdout.contains("MASE"), cli.stdout);
        assertTrue(cli.stdout.contains("2025-12-01"), cli.stdout);
    }

    @Test
    void autoComparesTheModelsByBacktest() throws Exception {
        assertEquals(0, cli.run("forecast", "--input", series.toString(), "--date-col", "month", "--value-col",
                "sales", "--horizon", "6", "--level", "90", "--origins", "4", "--out", out.toString()), cli.stderr);
        assertEquals(List.of("period", "forecast", "lo90", "hi90"), csv(out.resolve("forecast.csv")).get(0));
        Map<String, Object> parameters = json(out.resolve("parameters.json"));
        assertEquals("auto", parameters.get("requested"));
        assertTrue(((List<?>) parameters.get("candidates")).size() > 1);
        assertTrue(cli.stdout.contains("chosen by the lowest backtest MASE"), cli.stdout);
    }

    @Test
    void theBacktestLinesSayTheOriginsAndForecastsActuallyUsedAndTheAskedNumberWhenCut() throws Exception {
        assertEquals(0, cli.run("forecast", "--input", series.toString(), "--date-col", "month", "--value-col",
                "sales", "--horizon", "6", "--origins", "60", "--out", out.toString()), cli.stderr);
        List<List<String>> backtest = csv(out.resolve("backtest.csv"));
        String chosen = (String) json(out.resolve("parameters.json")).get("model");
        List<List<String>> rows = backtest.subList(1, backtest.size()).stream()
                .filter(row -> row.get(0).equals(chosen)).toList();
        long origins = rows.stream().map(row -> row.get(1)).distinct().count();
        assertTrue(origins < 60, "72 months cannot give 60 origins: " + origins);
        String used = origins + " origins (60 asked, " + origins + " possible)";
        assertTrue(cli.stdout.contains("Backtest of every model over " + used + ", " + rows.size()
                + " forecasts each, up to 6 periods ahead; best first:"), cli.stdout);
        assertTrue(cli.stdout.contains("Backtest over " + used + ", " + rows.size() + " forecasts: MAE "), cli.stdout);
        assertTrue(cli.stderr.contains("origin " + origins + " of " + origins), "the progress says the same");

        assertEquals(0, cli.run("forecast", "--input", series.toString(), "--date-col", "month", "--value-col",
                "sales", "--model", "snaive", "--horizon", "3", "--origins", "5", "--out", out.toString()),
                cli.stderr);
        assertTrue(cli.stdout.contains("Backtest over 5 origins, 12 forecasts: MAE "), cli.stdout);
    }

    @Test
    void aSeriesTooShortForTheModelExitsThreeAndSaysHowManyPeriodsItNeeds() throws Exception {
        Path shortSeries = Files.writeString(series.resolveSibling("short.csv"),
                "month,sales\n2020-01-01,5\n2020-02-01,6\n2020-03-01,7\n2020-04-01,8\n2020-05-01,9\n");
        cli.assertFails(3, "the hw-add model needs at least 27 periods for a fit and one backtest origin; the series "
                + "has 5", "forecast", "--input", shortSeries.toString(), "--date-col", "month", "--value-col",
                "sales", "--model", "hw-add", "--horizon", "3", "--out", out.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void aRepeatedDateExitsThreeAndNamesTheLines() throws Exception {
        Files.writeString(series, "2019-01-01,5,x\n", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(3, cli.run("forecast", "--input", series.toString(), "--date-col", "month", "--value-col",
                "sales", "--horizon", "3", "--out", out.toString()), cli.stderr);
        assertTrue(cli.stderr.contains("sales.csv"), cli.stderr);
        assertTrue(cli.stderr.contains("line"), cli.stderr);
        assertFalse(Files.exists(out));
    }

    @Test
    void theDatabaseForecastsMonthlyRevenueAndCanSaveIt() throws Exception {
        Path db = cli.sampleDatabase(300);
        assertEquals(0, cli.run("--db", db.toString(), "forecast", "--measure", "revenue", "--by", "month",
                "--model", "trend", "--horizon", "6", "--origins", "3", "--save", "--out", out.toString()),
                cli.stderr);
        assertEquals(7, csv(out.resolve("forecast.csv")).size());
        assertTrue(cli.stdout.contains("Saved as run #"), cli.stdout);
        try (Database d = Database.openFile(db)) {
            ForecastRunRecord run = new ForecastRunStore(d).latest().orElseThrow();
            assertEquals("trend", run.model());
            assertEquals(6, run.forecast().size());
            assertEquals(json(Files.readString(out.resolve("parameters.json"))), json(run.parameters()));
        }
        cli.assertFails(2, "--group: there is no region called Atlantis", "--db", db.toString(), "forecast",
                "--breakdown", "region", "--group", "Atlantis", "--horizon", "3", "--out", out.toString());
        cli.assertFails(2, "--group: --breakdown region needs a group; the groups are:", "--db", db.toString(),
                "forecast", "--breakdown", "region", "--horizon", "3", "--out", out.toString());
    }

    @Test
    void badOptionsExitTwoAndNameTheOption() {
        String in = series.toString();
        String o = out.toString();
        String[] file = {"forecast", "--input", in, "--date-col", "month", "--value-col", "sales"};
        cli.assertFails(2, "--horizon:", concat(file, "--horizon", "0", "--out", o));
        cli.assertFails(2, "--horizon:", concat(file, "--horizon", "-3", "--out", o));
        cli.assertFails(2, "--level: expected whole percentages separated by commas, such as 80,95; got 80,x",
                concat(file, "--horizon", "3", "--level", "80,x", "--out", o));
        cli.assertFails(2, "--level:", concat(file, "--horizon", "3", "--level", "40", "--out", o));
        cli.assertFails(2, "--origins:", concat(file, "--horizon", "3", "--origins", "0", "--out", o));
        cli.assertFails(2, "--model:", concat(file, "--horizon", "3", "--model", "prophet", "--out", o));
        cli.assertFails(2, "--date-col: a series file needs --date-col", "forecast", "--input", in, "--value-col",
                "sales", "--horizon", "3", "--out", o);
        cli.assertFails(2, "--value-col: a series file needs --value-col", "forecast", "--input", in,
                "--date-col", "month", "--horizon", "3", "--out", o);
        cli.assertFails(2, "--by picks a series from the database", concat(file, "--by", "week", "--horizon", "3",
                "--out", o));
        cli.assertFails(2, "--save stores the forecast in the database", concat(file, "--save", "--horizon", "3",
                "--out", o));
        cli.assertFails(2, "no such file or folder", "forecast", "--input", dir.resolve("none.csv").toString(),
                "--date-col", "d", "--value-col", "v", "--horizon", "3", "--out", o);
        cli.assertFails(2, "--horizon", "forecast", "--input", in, "--date-col", "month", "--value-col", "sales",
                "--out", o);
        Path db = dir.resolve("nowhere");
        cli.assertFails(2, "--group: the group North belongs to a breakdown", "--db", db.toString(), "forecast",
                "--group", "North", "--horizon", "3", "--out", o);
        cli.assertFails(2, "--breakdown: expected overall, region, category, segment or rep, got city", "--db",
                db.toString(), "forecast", "--breakdown", "city", "--group", "x", "--horizon", "3", "--out", o);
        cli.assertFails(2, "--by: expected week or month, got day", "--db", db.toString(), "forecast", "--by",
                "day", "--horizon", "3", "--out", o);
        cli.assertFails(2, "--measure: expected revenue or orders, got profit", "--db", db.toString(), "forecast",
                "--measure", "profit", "--horizon", "3", "--out", o);
        cli.assertFails(2, "No database at", "--db", db.toString(), "forecast", "--horizon", "3", "--out", o);
        assertFalse(Files.exists(out));
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
