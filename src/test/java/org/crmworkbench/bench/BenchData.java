package org.crmworkbench.bench;

import java.nio.file.Path;
import org.crmworkbench.data.sample.SampleDataGenerator;
import org.crmworkbench.data.sample.SampleDataSpec;
import org.crmworkbench.work.Progress;

/**
 * The benchmark data set: the one named by {@code -Dbench.data}, or one generated for the run with the shape the
 * recommendation benchmarks use (6,000 customers x 4,000 products, 1,000,000 ratings, fixed seed).
 */
final class BenchData {
    static final long SEED = 20261123L;

    private BenchData() {
    }

    static Path ratingsDataSet(Path work, String given) throws Exception {
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        Path dir = work.resolve("data");
        SampleDataSpec spec = SampleDataSpec.builder(6_000).products(4_000).ratings(1_000_000).seed(SEED).build();
        long t0 = System.nanoTime();
        new SampleDataGenerator(spec).writeTo(dir, false, Progress.none());
        System.out.printf("generated %s in %.1f s%n", spec, (System.nanoTime() - t0) / 1e9);
        return dir;
    }
}
