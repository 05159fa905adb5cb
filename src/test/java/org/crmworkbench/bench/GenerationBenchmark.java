package org.crmworkbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.crmworkbench.data.sample.GenerationSummary;
import org.crmworkbench.data.sample.SampleDataGenerator;
import org.crmworkbench.data.sample.SampleDataSpec;
import org.crmworkbench.data.sample.SampleFiles;
import org.crmworkbench.work.Progress;

/**
 * Generator benchmark (not a test): times the two benchmark shapes, 100,000 customers with 1,000,000 ratings and
 * 6,000 customers x 4,000 products with 1,000,000 ratings, each cold (first in this JVM) and warm, with file sizes.
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java@generation-benchmark}.
 */
public final class GenerationBenchmark {
    private GenerationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("wb-generation-bench");
        try {
            SampleDataSpec[] shapes = {
                SampleDataSpec.builder(100_000).ratings(1_000_000).build(),
                SampleDataSpec.builder(6_000).products(4_000).ratings(1_000_000).build(),
            };
            for (int round = 0; round < 2; round++) {
                for (SampleDataSpec spec : shapes) {
                    Path dir = work.resolve("r" + round + "-" + spec.customers());
                    long t0 = System.nanoTime();
                    GenerationSummary summary = new SampleDataGenerator(spec).writeTo(dir, false, Progress.none());
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    long bytes = 0;
                    for (String name : SampleFiles.DATA_FILES) {
                        bytes += Files.size(dir.resolve(name));
                    }
                    System.out.printf("%s %,d customers, %,d products, %,d ratings, %,d orders: %.2f s, %.1f MB%n",
                            round == 0 ? "cold" : "warm", spec.customers(), spec.products(), summary.ratings(),
                            summary.orders(), seconds, bytes / 1e6);
                    ImportBenchmark.deleteTree(dir);
                }
            }
        } finally {
            ImportBenchmark.deleteTree(work);
        }
    }
}
