package org.crmworkbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.Importer;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.Progress;

/**
 * Issue 19's benchmark (not a test): every figure of the issue beside the reference it is compared with, measured in
 * the same run, and its goal, ending in one table.
 * <ol>
 *   <li>the command line's fixed cost ({@link CliOverheadBenchmark});</li>
 *   <li>the import of a whole generated data set against H2's CSVREAD ({@link DataSetImportBenchmark});</li>
 *   <li>the k sweep of {@code segment} against scikit-learn;</li>
 *   <li>the accuracy of the neighbourhood recommenders at their defaults on sparse ratings;</li>
 *   <li>the window's first frame and memory ({@link WindowBenchmark}).</li>
 * </ol>
 *
 * <p>Run: {@code mvn -q -B package exec:java@performance-benchmark [-Dbench.customers=100000]} (about 15 minutes).
 */
public final class PerformanceBenchmark {
    private PerformanceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        int customers = Integer.getInteger("bench.customers", 100_000);
        List<BenchFigure> figures = new ArrayList<>();
        Path work = Files.createTempDirectory("wb-performance-bench");
        try {
            Path sample = work.resolve("sample/workbench");
            try (Database db = Database.openFile(sample)) {
                new Importer(db, Messages.english()).importDirectory(root.resolve("assets/sample"),
                        ImportOptions.defaults(), Progress.none());
            }
            section("2. import of a whole data set, then 1. the command line's fixed cost");
            List<BenchFigure> cli = new ArrayList<>();
            figures.addAll(DataSetImportBenchmark.measure(customers,
                    (db, rows) -> cli.addAll(CliOverheadBenchmark.measure(root, sample, db, rows, 5))));
            figures.addAll(cli);
            section("3. the k sweep of segment against scikit-learn");
            figures.addAll(KSweepBenchmark.measure(root));
            section("4. accuracy of the neighbourhood recommenders at their defaults on sparse ratings");
            figures.addAll(RecommendAccuracyFigures.measure());
            section("5. the window");
            figures.addAll(WindowBenchmark.measure(root, 3));
        } finally {
            ImportBenchmark.deleteTree(work);
        }
        section("summary");
        figures.sort(java.util.Comparator.comparing(BenchFigure::point));
        System.out.print(BenchFigure.table(figures));
    }

    private static void section(String title) {
        System.out.println();
        System.out.println("== " + title);
    }
}
