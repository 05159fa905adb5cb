package org.crmworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseAddress;
import org.crmworkbench.data.transfer.DatabaseContents;
import org.crmworkbench.testing.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code workbench copy}: a data set with runs saved by the verbs goes from a file to a team database and back
 * unchanged, usable there ({@code check}, {@code report --latest}, a new saved run numbered after the copied ones);
 * and the refusals with their exit codes.
 */
class CopyCommandTest {

    /** The sample data set (300 customers) with a segmentation, a forecast, association rules and sentiment saved. */
    private static Path withSavedRuns(CommandRun cli, Path dir) throws Exception {
        Path db = cli.sampleDatabase(300);
        String file = db.toString();
        assertEquals(0, cli.run("--db", file, "segment", "--k", "4", "--seed", "11", "--save", "--out",
                dir.resolve("seg").toString()), cli.stderr);
        assertEquals(0, cli.run("--db", file, "forecast", "--measure", "revenue", "--by", "month", "--horizon", "6",
                "--seed", "11", "--save", "--out", dir.resolve("fc").toString()), cli.stderr);
        assertEquals(0, cli.run("--db", file, "rules", "--min-support", "0.002", "--min-confidence", "0.2", "--save",
                "--out", dir.resolve("rules").toString()), cli.stderr);
        assertEquals(0, cli.run("--db", file, "sentiment", "--save", "--out", dir.resolve("sent").toString()),
                cli.stderr);
        return db;
    }

    private static long savedRun(String stdout) {
        Matcher m = Pattern.compile("(?:run|Run) #?(\\d+)").matcher(stdout);
        String id = null;
        while (m.find()) {
            id = m.group(1);
        }
        assertTrue(id != null, "no saved run in: " + stdout);
        return Long.parseLong(id);
    }

    private static Map<String, List<String>> contents(String address, String password) throws Exception {
        try (Database db = Database.openReadOnly(DatabaseAddress.parse(address), null,
                password == null ? null : password.toCharArray())) {
            return DatabaseContents.of(db);
        }
    }

    private static long largestRun(String address, String password) throws Exception {
        try (Database db = Database.openReadOnly(DatabaseAddress.parse(address), null,
                password == null ? null : password.toCharArray());
             Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(id) FROM analysis_runs")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void savedRunsGoToATeamDatabaseAndBackAndAreUsableThere(@TempDir Path dir) throws Exception {
        PostgresServer server = PostgresServer.require();
        CommandRun cli = new CommandRun(dir);
        if (server.password() != null) {
            cli.env = Map.of("CRM_WORKBENCH_DB_PASSWORD", server.password());
        }
        String file = withSavedRuns(cli, dir).toString();
        String team = server.newDatabase("copycli");
        Map<String, List<String>> before = contents(file, null);
        long runs = largestRun(file, null);

        assertEquals(0, cli.run("copy", "--from", file, "--to", team), cli.stderr);
        assertTrue(cli.stdout.contains("segment_assignments"), cli.stdout);
        assertTrue(cli.stdout.matches("(?s).*Copied [0-9,]+ rows of \\d+ tables .* from .* to " + Pattern.quote(
                DatabaseAddress.parse(team).description()) + " in [0-9.]+ s \\([0-9,]+ rows/s\\)\\..*"),
                cli.stdout);
        DatabaseContents.assertSame(before, contents(team, server.password()));
        assertEquals(0, cli.run("--db", team, "check"), cli.stdout + cli.stderr);
        assertTrue(cli.stdout.contains("no problems found (8 tables"), cli.stdout);
        Path report = dir.resolve("report.html");
        assertEquals(0, cli.run("--db", team, "report", "--latest", "segment,forecast,basket,feedback", "--title",
                "Copied", "--format", "html", "--out", report.toString()), cli.stderr);
        String html = Files.readString(report);
        assertTrue(html.contains("Copied") && html.length() > 5000, html.length() + " chars");

        String back = dir.resolve("back").resolve("crm").toString();
        assertEquals(0, cli.run("copy", "--from", team, "--to", back), cli.stderr);
        DatabaseContents.assertSame(before, contents(back, null));
        assertEquals(0, cli.run("--db", back, "check"), cli.stdout + cli.stderr);

        assertEquals(0, cli.run("--db", team, "segment", "--k", "3", "--seed", "5", "--save", "--out",
                dir.resolve("after").toString()), cli.stderr);
        assertEquals(runs + 1, savedRun(cli.stdout), "a run saved on the copy is numbered after the copied ones");

        cli.assertFails(2, "already holds data", "copy", "--from", file, "--to", team);
        assertTrue(cli.stderr.contains(DatabaseAddress.parse(team).description()), cli.stderr);
        assertEquals(0, cli.run("copy", "--from", file, "--to", team, "--replace"), cli.stderr);
        DatabaseContents.assertSame(before, contents(team, server.password()));
    }

    @Test
    void aFileCopiedToANewFileIsTheSameAndNumbersOn(@TempDir Path dir) throws Exception {
        CommandRun cli = new CommandRun(dir);
        String file = cli.sampleDatabase(120).toString();
        assertEquals(0, cli.run("--db", file, "segment", "--k", "3", "--seed", "2", "--save", "--out",
                dir.resolve("seg").toString()), cli.stderr);
        long runs = savedRun(cli.stdout);
        String copy = dir.resolve("copy").resolve("crm").toString();
        assertEquals(0, cli.run("copy", "--from", file, "--to", copy), cli.stderr);
        assertTrue(cli.stdout.contains("customers"), cli.stdout);
        DatabaseContents.assertSame(contents(file, null), contents(copy, null));
        assertEquals(0, cli.run("--db", copy, "check"), cli.stdout + cli.stderr);
        assertEquals(0, cli.run("--db", copy, "segment", "--k", "2", "--seed", "2", "--save", "--out",
                dir.resolve("seg2").toString()), cli.stderr);
        assertEquals(runs + 1, savedRun(cli.stdout));
    }

    @Test
    void refusalsSayWhyWithTheirExitCodes(@TempDir Path dir) throws Exception {
        CommandRun cli = new CommandRun(dir);
        String file = cli.sampleDatabase(40).toString();
        cli.assertFails(2, "--to", "copy", "--from", file, "--to", "jdbc:mysql://host/crm");
        cli.assertFails(2, "password", "copy", "--from", file, "--to",
                "jdbc:postgresql://host/crm?user=a&password=secret");
        cli.assertFails(2, "the same database", "copy", "--from", file, "--to", file + ".mv.db");
        String missing = dir.resolve("nothing-here").toString();
        cli.assertFails(2, "No database at", "copy", "--from", missing, "--to", dir.resolve("x").toString());
        assertFalse(Files.exists(dir.resolve("x.mv.db")));
        cli.assertFails(2, "--to", "copy", "--from", file);

        Path plain = dir.resolve("plain");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + plain + ";DB_CLOSE_ON_EXIT=FALSE", "sa",
                ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (id INT PRIMARY KEY, text VARCHAR(10))");
        }
        Path target = dir.resolve("new").resolve("crm");
        cli.assertFails(3, "not a workbench database", "copy", "--from", plain.toString(), "--to",
                target.toString());
        assertFalse(Files.exists(Path.of(target + ".mv.db")), "a target the copy made for nothing is gone again");
        try (var left = Files.list(target.getParent())) {
            assertEquals(List.of(), left.toList(), "nor is the file it was written under");
        }

        Path older = dir.resolve("older");
        org.flywaydb.core.Flyway.configure().dataSource("jdbc:h2:file:" + older + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "")
                .locations("classpath:db/migration", "classpath:org/crmworkbench/data/migration").target("12")
                .loggers("slf4j").load().migrate();
        cli.assertFails(3, "at schema version 12", "copy", "--from", older.toString(), "--to", target.toString());
        assertTrue(cli.stderr.contains("bring it up to date"), cli.stderr);

        String full = dir.resolve("full").resolve("crm").toString();
        assertEquals(0, cli.run("copy", "--from", file, "--to", full), cli.stderr);
        Map<String, List<String>> copied = contents(full, null);
        cli.assertFails(2, "already holds data", "copy", "--from", file, "--to", full);
        assertTrue(cli.stderr.contains(full), cli.stderr);
        assertTrue(cli.stderr.contains("--replace"), cli.stderr);
        DatabaseContents.assertSame(copied, contents(full, null));
        assertEquals(0, cli.run("copy", "--from", file, "--to", full, "--replace"), cli.stderr);
    }
}
