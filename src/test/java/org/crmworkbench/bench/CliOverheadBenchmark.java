package org.crmworkbench.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 19 point 1, the fixed cost of the command line (not a test): {@code app/workbench --help} and
 * {@code app/workbench --db DB info} as a user runs them (the launcher, a new JVM each time), on the sample database
 * and on a database of over a million rows, beside a bare JVM start ({@code java -version}) measured in the same
 * rounds. Rounds alternate the commands; medians are printed.
 */
final class CliOverheadBenchmark {
    private CliOverheadBenchmark() {
    }

    /**
     * @param root      the project folder (holds app/workbench and target/)
     * @param sampleDb  a database holding the bundled sample (without .mv.db)
     * @param bigDb     a database of {@code bigRows} rows, or null
     */
    static List<BenchFigure> measure(Path root, Path sampleDb, Path bigDb, long bigRows, int rounds) throws Exception {
        String launcher = root.resolve("app/workbench").toString();
        // a first run builds the project when its sources are newer than the build (not counted)
        Processes.run(root, Map.of(), List.of(launcher, "--version"), 1200);
        double[] bare = new double[rounds];
        double[] help = new double[rounds];
        double[] info = new double[rounds];
        double[] infoBig = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            bare[r] = Processes.run(root, Map.of(), List.of(Processes.java(), "-version"), 60).seconds();
            help[r] = checked(Processes.run(root, Map.of(), List.of(launcher, "--help"), 60)).seconds();
            info[r] = checked(Processes.run(root, Map.of(), List.of(launcher, "--db", sampleDb.toString(), "info"), 120))
                    .seconds();
            if (bigDb != null) {
                infoBig[r] = checked(Processes.run(root, Map.of(),
                        List.of(launcher, "--db", bigDb.toString(), "info"), 300)).seconds();
            }
            System.out.printf(Locale.ROOT, "cli: round %d: java -version %.2f s, --help %.2f s, info (sample) %.2f s%s%n",
                    r + 1, bare[r], help[r], info[r],
                    bigDb == null ? "" : String.format(Locale.ROOT, ", info (%,d rows) %.2f s", bigRows, infoBig[r]));
        }
        double b = Processes.median(bare);
        List<BenchFigure> figures = new ArrayList<>();
        figures.add(over("workbench --help", Processes.median(help), b));
        figures.add(over("workbench info (sample database)", Processes.median(info), b));
        if (bigDb != null) {
            double big = Processes.median(infoBig);
            figures.add(new BenchFigure("1", String.format(Locale.ROOT, "fixed cost of a verb: info on %,d rows", bigRows),
                    BenchFigure.seconds(big), "java -version " + BenchFigure.seconds(b), "< 1 s", big < 1.0));
        }
        return figures;
    }

    private static BenchFigure over(String what, double seconds, double bare) {
        return new BenchFigure("1", what + " (median, through app/workbench)", BenchFigure.seconds(seconds)
                + String.format(Locale.ROOT, " (+%.2f s)", seconds - bare), "java -version " + BenchFigure.seconds(bare),
                "within 0.5 s of a bare JVM", seconds - bare <= 0.5);
    }

    private static Processes.Run checked(Processes.Run run) {
        if (run.status() != 0) {
            throw new IllegalStateException("exit " + run.status() + ": " + run.output());
        }
        return run;
    }
}
