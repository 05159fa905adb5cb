package org.crmworkbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The command line's start-up training run: what the launcher runs once after a build, with the JVM recording a
 * class-data archive, so that every later verb maps the classes of the command line's common path (parsing, a
 * database opened and its schema checked, an import, a summary) instead of loading and verifying them again.
 * Runs {@code --help}, then {@code generate} (50 customers), {@code import --dir} and {@code info} on a new database
 * in a temporary folder, which it deletes. Prints nothing of its own; exits with the first failing status, else 0.
 */
public final class StartupTraining {
    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("crm-workbench-training");
        // nothing of the analyst's: its own data folder, and only errors logged
        System.setProperty(org.crmworkbench.home.AppHome.PROPERTY, dir.resolve("home").toString());
        System.setProperty("crmworkbench.log.level", "ERROR");
        int status;
        try {
            String data = dir.resolve("data").toString();
            String db = dir.resolve("db").toString();
            status = firstFailure(
                    new String[] {"--help"},
                    new String[] {"generate", "--out", data, "--customers", "50", "--seed", "1"},
                    new String[] {"--db", db, "import", "--dir", data},
                    new String[] {"--db", db, "info"});
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(status);
    }

    private static int firstFailure(String[]... runs) {
        for (String[] run : runs) {
            int status = Cli.runInProcess(run);
            if (status != 0) {
                return status;
            }
        }
        return 0;
    }
}
