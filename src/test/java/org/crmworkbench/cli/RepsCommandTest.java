package org.crmworkbench.cli;

import static org.crmworkbench.present.ParsedOutput.csv;
import static org.crmworkbench.present.ParsedOutput.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.runs.RepsRunStore;
import org.crmworkbench.data.sample.PlantedTruth;
import org.crmworkbench.data.sample.SampleDataGenerator;
import org.crmworkbench.data.sample.SampleDataSpec;
import org.crmworkbench.model.RepsRunRecord;
import org.crmworkbench.present.sales.RepsFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code workbench reps} on the sample database (every rep in the league table, the run saved, the planted rep
 * performance recovered by the adjusted effects), on an order file with quotas, and with bad options and bad data.
 */
class RepsCommandTest {
    @TempDir
    Path dir;
    CommandRun cli;

    @BeforeEach
    void run() {
        cli = new CommandRun(dir);
    }

    @Test
    void theSampleDatabaseGivesEveryRepAScorecardAndTheRunIsSaved() throws Exception {
        Path db = cli.sampleDatabase(400);
        Path out = dir.resolve("out");
        assertEquals(0, cli.run("--db", db.toString(), "reps", "--save", "--out", out.toString()), cli.stderr);
        int orders;
        int reps;
        try (Database database = Database.openFile(db); Connection c = database.connect();
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*), COUNT(DISTINCT sales_rep_id) "
                     + "FROM orders WHERE sales_rep_id IS NOT NULL")) {
            rs.next();
            orders = rs.getInt(1);
            reps = rs.getInt(2);
        }
        assertTrue(cli.stdout.contains("Read " + String.format("%,d", orders) + " orders of " + reps + " reps"),
                cli.stdout);
        List<List<String>> cards = csv(out.resolve("scorecards.csv"));
        assertEquals(RepsFiles.SCORECARD_COLUMNS, cards.get(0));
        int ordersColumn = cards.get(0).indexOf("orders");
        assertEquals(orders, cards.stream().skip(1).mapToInt(r -> Integer.parseInt(r.get(ordersColumn))).sum(),
                "every order is in one rep's scorecard of one quarter");
        Map<String, Object> model = json(Files.readString(out.resolve("model.json")));
        assertEquals("order-value", model.get("outcome"));
        assertEquals(List.of("region", "channel"), model.get("adjust_for"));
        assertTrue(Double.isFinite(((Number) model.get("reml_criterion")).doubleValue()));

        PlantedTruth truth = new SampleDataGenerator(SampleDataSpec.defaults(400, 3)).truth();
        try (Database database = Database.openFile(db)) {
            RepsRunRecord run = new RepsRunStore(database).latest().orElseThrow();
            assertEquals(reps, run.effects().size());
            assertEquals(orders, run.observations());
            double[] planted = run.effects().stream().mapToDouble(e -> truth.repPerformance(e.repId())).toArray();
            double adjusted = spearman(planted, run.effects().stream().mapToDouble(RepsRunRecord.Effect::effect)
                    .toArray());
            double raw = spearman(planted, run.effects().stream().mapToDouble(RepsRunRecord.Effect::rawValue)
                    .toArray());
            // measured: 0.72 adjusted (raw revenue 0.90) on this 400-customer sample; on the shipped 2,000-customer
            // sample 0.79 adjusted against 0.47 raw. Here only that the adjusted effects follow the planted ranking.
            assertTrue(adjusted > 0.5, "adjusted Spearman " + adjusted + " (raw " + raw + ")");
            for (RepsRunRecord.Shift s : run.shifts()) {
                assertTrue(cli.stdout.contains(s.repId()), "each shift is printed: " + s);
            }
        }
        assertTrue(cli.stdout.contains("Saved as run #"), cli.stdout);
    }

    @Test
    void anOrderFileWithQuotasGivesAttainment() throws Exception {
        Path orders = orderFile();
        Path quotas = Files.writeString(dir.resolve("quotas.csv"), "Rep,Period,Quota\nR1,2025-Q1,1000\n");
        Path out = dir.resolve("file");
        assertEquals(0, cli.run("reps", "--input", orders.toString(), "--rep-col", "seller", "--amount-col",
                "value", "--date-col", "day", "--customer-col", "client", "--factor-cols", "territory",
                "--quotas", quotas.toString(), "--out", out.toString()), cli.stderr);
        List<List<String>> cards = csv(out.resolve("scorecards.csv"));
        List<String> header = cards.get(0);
        List<String> r1 = cards.stream().filter(r -> r.get(0).equals("R1") && r.get(header.indexOf("period"))
                .equals("2025-Q1")).findFirst().orElseThrow();
        double revenue = Double.parseDouble(r1.get(header.indexOf("revenue")));
        assertEquals(1000, Double.parseDouble(r1.get(header.indexOf("quota"))));
        assertEquals(revenue / 1000, Double.parseDouble(r1.get(header.indexOf("attainment"))), 1e-9);
        Map<String, Object> model = json(Files.readString(out.resolve("model.json")));
        assertEquals(List.of("territory"), model.get("adjust_for"), "a file adjusts for its factor columns");
    }

    @Test
    void badOptionsExitTwoAndNameTheOption() throws Exception {
        Path orders = orderFile();
        String[] file = {"reps", "--input", orders.toString(), "--rep-col", "seller", "--amount-col", "value",
                "--date-col", "day", "--factor-cols", "territory", "--out", dir.resolve("o").toString()};
        cli.assertFails(2, "--outcome:", concat(file, "--outcome", "profit"));
        cli.assertFails(2, "--period:", concat(file, "--period", "week"));
        cli.assertFails(2, "--churn-window:", concat(file, "--churn-window", "10"));
        cli.assertFails(2, "--horizon:", concat(file, "--horizon", "0"));
        cli.assertFails(2, "--adjust-for:", concat(file, "--adjust-for", "territory,planet"));
        cli.assertFails(2, "planet", concat(file, "--adjust-for", "planet"));
        cli.assertFails(2, "--adjust-for:", concat(file, "--adjust-for", "territory,territory"));
        cli.assertFails(2, "--adjust-for:", "reps", "--adjust-for", "value_tier,weather", "--out", "x");
        cli.assertFails(2, "--date-col", "reps", "--input", orders.toString(), "--rep-col", "seller",
                "--amount-col", "value", "--out", "x");
        cli.assertFails(2, "--out", "reps", "--input", orders.toString());
    }

    @Test
    void badDataExitsThreeNamingFileLineAndColumn() throws Exception {
        Path noRep = Files.writeString(dir.resolve("orders.csv"), "seller,value,day\nR1,10,2025-01-02\n,12,"
                + "2025-01-03\n");
        cli.assertFails(3, "orders.csv, line 3, column 1", "reps", "--input", noRep.toString(), "--rep-col",
                "seller", "--amount-col", "value", "--date-col", "day", "--out", dir.resolve("o").toString());
        Path badAmount = Files.writeString(dir.resolve("amounts.csv"), "seller,value,day\nR1,1O,2025-01-02\n");
        cli.assertFails(3, "amounts.csv, line 2, column 2", "reps", "--input", badAmount.toString(), "--rep-col",
                "seller", "--amount-col", "value", "--date-col", "day", "--out", dir.resolve("o").toString());
        Path orders = orderFile();
        String[] file = {"reps", "--input", orders.toString(), "--rep-col", "seller", "--amount-col", "value",
                "--date-col", "day", "--out", dir.resolve("o").toString()};
        Path badPeriod = Files.writeString(dir.resolve("q1.csv"), "rep,period,quota\nR1,2025-Q1,10\nR2,Q2,5\n");
        cli.assertFails(3, "q1.csv, line 3, column 2", concat(file, "--quotas", badPeriod.toString()));
        Path unknownRep = Files.writeString(dir.resolve("q2.csv"), "rep,period,quota\nR99,2025-Q1,10\n");
        cli.assertFails(3, "q2.csv, line 2, column 1", concat(file, "--quotas", unknownRep.toString()));
        Path unknownPeriod = Files.writeString(dir.resolve("q3.csv"), "rep,period,quota\nR1,2019-Q1,10\n");
        cli.assertFails(3, "q3.csv, line 2, column 2", concat(file, "--quotas", unknownPeriod.toString()));
        Path monthOutside = Files.writeString(dir.resolve("q4.csv"), "rep,period,quota\nR1,2019-01,10\n");
        cli.assertFails(3, "2019-01", concat(file, "--quotas", monthOutside.toString()));
    }

    /** Eight reps in two territories, a year of orders; territory B's orders are twice as large. */
    private Path orderFile() throws Exception {
        Random random = new Random(5);
        StringBuilder text = new StringBuilder("seller,value,day,client,territory\n");
        LocalDate start = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < 800; i++) {
            int rep = 1 + random.nextInt(8);
            String territory = rep <= 4 ? "A" : "B";
            double value = Math.exp(4 + (rep <= 4 ? 0 : Math.log(2)) + 0.05 * rep + 0.4 * random.nextGaussian());
            text.append("R").append(rep).append(',').append(String.format(java.util.Locale.ROOT, "%.2f", value))
                    .append(',').append(start.plusDays(random.nextInt(365))).append(",C").append(rep * 100
                            + random.nextInt(30)).append(',').append(territory).append('\n');
        }
        Path file = dir.resolve("team.csv");
        Files.writeString(file, text);
        return file;
    }

    private static double spearman(double[] a, double[] b) {
        double[] ra = ranks(a);
        double[] rb = ranks(b);
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < ra.length; i++) {
            ma += ra[i] / ra.length;
            mb += rb[i] / rb.length;
        }
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < ra.length; i++) {
            sab += (ra[i] - ma) * (rb[i] - mb);
            saa += (ra[i] - ma) * (ra[i] - ma);
            sbb += (rb[i] - mb) * (rb[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }

    private static double[] ranks(double[] values) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            order.add(i);
        }
        order.sort((x, y) -> Double.compare(values[x], values[y]));
        double[] ranks = new double[values.length];
        for (int i = 0; i < values.length; ) {
            int j = i;
            while (j + 1 < values.length && values[order.get(j + 1)] == values[order.get(i)]) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                ranks[order.get(k)] = (i + j) / 2.0 + 1;
            }
            i = j + 1;
        }
        return ranks;
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
