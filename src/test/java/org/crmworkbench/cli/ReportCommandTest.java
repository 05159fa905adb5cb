package org.crmworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code workbench chart} and {@code workbench report} on the sample database with a saved segmentation, forecast
 * and recommendation evaluation, and their exit statuses for bad parameters and missing runs. The assertions hold
 * for any writer (the file is there, not empty, and starts the way its format does).
 */
class ReportCommandTest {
    @TempDir
    static Path dir;
    static CommandRun cli;
    static String db;
    static long segmentRun;
    static long forecastRun;
    static long evaluationRun;

    @BeforeAll
    static void savedRuns() throws Exception {
        cli = new CommandRun(dir);
        db = cli.sampleDatabase(200).toString();
        assertEquals(0, cli.run("--db", db, "segment", "--k", "3", "--save", "--out", dir.resolve("seg").toString()),
                cli.stderr);
        segmentRun = savedId(cli.stdout);
        assertEquals(0, cli.run("--db", db, "forecast", "--model", "trend", "--horizon", "6", "--origins", "3",
                "--save", "--out", dir.resolve("fc").toString()), cli.stderr);
        forecastRun = savedId(cli.stdout);
        assertEquals(0, cli.run("--db", db, "evaluate-recs", "--algos", "popular,itemknn", "--save", "--out",
                dir.resolve("ev").toString()), cli.stderr);
        evaluationRun = savedId(cli.stdout);
    }

    private static long savedId(String stdout) {
        Matcher m = Pattern.compile("(?:run|Run) #?(\\d+)").matcher(stdout);
        long id = -1;
        while (m.find()) {
            id = Long.parseLong(m.group(1));
        }
        assertTrue(id > 0, stdout);
        return id;
    }

    @Test
    void chartsOfSavedRunsAreWrittenInEachFormat() throws Exception {
        Path png = dir.resolve("charts").resolve("scatter.png");
        assertEquals(0, cli.run("chart", "--db", db, "--run", Long.toString(segmentRun), "--chart", "scatter",
                "--out", png.toString()), cli.stderr);
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 1000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G');

        Path svg = dir.resolve("charts").resolve("forecast.svg");
        assertEquals(0, cli.run("chart", "--db", db, "--run", Long.toString(forecastRun), "--chart", "forecast",
                "--width", "600", "--height", "400", "--out", svg.toString()), cli.stderr);
        assertTrue(Files.readString(svg, StandardCharsets.UTF_8).contains("<svg"));

        Path pdf = dir.resolve("charts").resolve("comparison.out");
        assertEquals(0, cli.run("chart", "--db", db, "--run", Long.toString(evaluationRun), "--chart",
                "comparison", "--format", "pdf", "--out", pdf.toString()), cli.stderr);
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    }

    @Test
    void badChartParametersExitWithTwoAndNameTheParameter() {
        String run = Long.toString(segmentRun);
        String out = dir.resolve("x.png").toString();
        cli.assertFails(2, "--run: there is no saved run 99999", "chart", "--db", db, "--run", "99999", "--chart",
                "scatter", "--out", out);
        cli.assertFails(2, "has no item 'pie'; it has: scatter, profiles, segments, radar", "chart", "--db", db,
                "--run", run, "--chart", "pie", "--out", out);
        cli.assertFails(2, "is a table, not a chart; its charts are: scatter, profiles, radar", "chart", "--db", db,
                "--run", run, "--chart", "segments", "--out", out);
        cli.assertFails(2, "--format:", "chart", "--db", db, "--run", run, "--chart", "scatter", "--format", "gif",
                "--out", out);
        cli.assertFails(2, "--format:", "chart", "--db", db, "--run", run, "--chart", "scatter", "--out",
                dir.resolve("x.bmp").toString());
        cli.assertFails(2, "--format: --format svg but the file name x.png ends in .png", "chart", "--db", db, "--run",
                run, "--chart", "scatter", "--format", "svg", "--out", out);
        cli.assertFails(2, "--width:", "chart", "--db", db, "--run", run, "--chart", "scatter", "--width", "5",
                "--out", out);
        cli.assertFails(2, "--dpi:", "chart", "--db", db, "--run", run, "--chart", "scatter", "--dpi", "5000",
                "--out", out);
    }

    @Test
    void reportsOfTheLatestOrNamedRunsAreWritten() throws Exception {
        Path pdf = dir.resolve("reports").resolve("latest.pdf");
        assertEquals(0, cli.run("report", "--db", db, "--latest", "segment,forecast,evaluation", "--title",
                "Quarterly review", "--notes", "Sample data", "--out", pdf.toString()), cli.stderr);
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertTrue(cli.stdout.contains("7 items from 3 runs"), cli.stdout);

        Path html = dir.resolve("reports").resolve("named.html");
        assertEquals(0, cli.run("report", "--db", db, "--runs", evaluationRun + "," + segmentRun, "--items",
                "segment:radar," + segmentRun + ":scatter", "--title", "Two runs", "--format", "html", "--out",
                html.toString()), cli.stderr);
        assertTrue(Files.readString(html, StandardCharsets.UTF_8).toLowerCase().contains("<html"));
        assertTrue(cli.stdout.contains("4 items from 2 runs"), cli.stdout);

        Path xlsx = dir.resolve("reports").resolve("tables.xlsx");
        assertEquals(0, cli.run("report", "--db", db, "--runs", Long.toString(forecastRun), "--title", "Tables",
                "--out", xlsx.toString()), cli.stderr);
        byte[] bytes = Files.readAllBytes(xlsx);
        assertTrue(bytes.length > 2 && bytes[0] == 'P' && bytes[1] == 'K');
    }

    @Test
    void badReportParametersExitWithTwoAndMissingRunsWithThree() throws Exception {
        String out = dir.resolve("r.pdf").toString();
        cli.assertFails(2, "--runs: give either --runs", "report", "--db", db, "--title", "T", "--out", out);
        cli.assertFails(2, "--runs: give either --runs", "report", "--db", db, "--runs", "1", "--latest", "segment",
                "--title", "T", "--out", out);
        cli.assertFails(2, "--runs: there is no saved run 99999", "report", "--db", db, "--runs", "99999",
                "--title", "T", "--out", out);
        cli.assertFails(2, "--runs: expected run ids", "report", "--db", db, "--runs", "seven", "--title", "T",
                "--out", out);
        cli.assertFails(2, "--latest: unknown kind 'pie'", "report", "--db", db, "--latest", "pie", "--title", "T",
                "--out", out);
        cli.assertFails(2, "--format:", "report", "--db", db, "--latest", "segment", "--title", "T", "--format",
                "docx", "--out", out);
        cli.assertFails(2, "--format: --format html but the file name r.pdf ends in .pdf", "report", "--db", db,
                "--latest", "segment", "--title", "T", "--format", "html", "--out", out);
        cli.assertFails(2, "--items:", "report", "--db", db, "--runs", Long.toString(segmentRun), "--items",
                "segment:pie", "--title", "T", "--out", out);
        cli.assertFails(3, "there is no saved predict run in the database; `workbench regress --save`", "report",
                "--db", db, "--latest", "predict", "--title", "T", "--out", out);
        cli.assertFails(2, "--save stores the evaluation in the database", "evaluate-recs", "--input",
                dir.resolve("none.csv").toString(), "--save", "--out", dir.resolve("ev2").toString());
    }
}
