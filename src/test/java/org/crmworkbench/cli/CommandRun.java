package org.crmworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.crmworkbench.analysis.engine.FitEngines;
import org.crmworkbench.data.sample.SampleDataGenerator;
import org.crmworkbench.data.sample.SampleDataSpec;
import org.crmworkbench.home.AppHome;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.CancelFlag;
import org.crmworkbench.work.Progress;

/** Runs the real command line in-process on a temporary home and keeps what it printed. */
final class CommandRun {
    private final Path dir;
    String stdout = "";
    String stderr = "";
    /** The environment the command sees. */
    Map<String, String> env = Map.of();
    /** The engines the command finds (the test class path's by default). */
    FitEngines engines = new FitEngines();
    /** Who answers a password question (as the analyst at a terminal would); null: nobody can be asked. */
    PasswordPrompt prompt;
    /** The language the command speaks. */
    Locale locale = Locale.ENGLISH;

    CommandRun(Path dir) {
        this.dir = dir;
    }

    int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        CliContext context = new CliContext(new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), new Messages(locale), new CancelFlag(),
                false, env, new AppHome(dir.resolve("home")), engines, prompt);
        int status = new Cli(context).run(args);
        stdout = o.toString(StandardCharsets.UTF_8);
        stderr = e.toString(StandardCharsets.UTF_8);
        return status;
    }

    /** Runs and checks the exit status and that stderr says {@code message}. */
    void assertFails(int status, String message, String... args) {
        assertEquals(status, run(args), stdout + stderr);
        assertTrue(stderr.contains(message), "expected '" + message + "' in: " + stderr);
    }

    /** Generates the sample data set ({@code customers} customers, seed 3) and imports it into a new database. */
    Path sampleDatabase(int customers) throws Exception {
        Path set = dir.resolve("set");
        new SampleDataGenerator(SampleDataSpec.defaults(customers, 3)).writeTo(set, false, Progress.none());
        Path db = dir.resolve("db").resolve("crm");
        assertEquals(0, run("--db", db.toString(), "import", "--dir", set.toString()), stderr);
        return db;
    }
}
