package org.crmworkbench.data.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Times the benchmark shapes. Off by default; run with
 * {@code mvn -B test -Dtest=GenerationBenchmarkTest -Dcrm.sample.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "crm.sample.benchmark", matches = "true")
class GenerationBenchmarkTest {

    @Test
    void hundredThousandCustomersAndAMillionRatings(@TempDir Path dir) throws IOException {
        run(SampleDataSpec.builder(100_000).ratings(1_000_000).build(), dir);
    }

    @Test
    void sixThousandCustomersRatingAFourThousandProductCatalogue(@TempDir Path dir) throws IOException {
        run(SampleDataSpec.builder(6_000).products(4_000).ratings(1_000_000).build(), dir);
    }

    private static void run(SampleDataSpec spec, Path dir) throws IOException {
        long start = System.nanoTime();
        GenerationSummary summary = new SampleDataGenerator(spec).writeTo(dir, false, Progress.none());
        double seconds = (System.nanoTime() - start) / 1e9;
        long bytes = 0;
        StringBuilder sizes = new StringBuilder();
        for (String name : SampleFiles.DATA_FILES) {
            long size = Files.size(dir.resolve(name));
            bytes += size;
            sizes.append(String.format("%n  %-16s %,12d rows %,14d bytes", name, summary.rowsByFile().get(name), size));
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("%s%n  %.2f s, %,d bytes in total, heap in use after run %,d MB%s%n", spec, seconds, bytes,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, sizes);
        assertEquals(spec.ratings(), summary.ratings());
        assertEquals(spec.customers(), summary.customers());
    }
}
