package org.crmworkbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.crmworkbench.cli.ImportFuzzer;

/**
 * Import fuzz benchmark (not a test): 10,000 seeded fuzzed CSV and XLSX files of every table through the real
 * {@code workbench import}, printing the counts issue 23 asks for: files, accepted, refused, crashes, changed
 * databases, unlocated messages, and the slowest case; then the first violations, if any.
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java@fuzz-import-benchmark} (optionally {@code -Dfuzz.files=N}
 * {@code -Dfuzz.seed=S}).
 */
public final class FuzzImportBenchmark {
    private FuzzImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int files = Integer.getInteger("fuzz.files", 10_000);
        long seed = Long.getLong("fuzz.seed", 23);
        Path work = Files.createTempDirectory("wb-fuzz-bench");
        try (ImportFuzzer fuzzer = new ImportFuzzer(work, seed)) {
            fuzzer.prepare();
            long start = System.nanoTime();
            ImportFuzzer.Tally tally = fuzzer.run(files);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("seed %d: %,d files in %.1f s (%.1f ms per file)%n", seed, tally.files(), seconds,
                    seconds * 1000 / tally.files());
            System.out.printf("files %,d%naccepted %,d%nrefused %,d%ncrashes %d%nchanged databases %d%n"
                    + "unlocated messages %d%nslowest case %d ms: %s%n", tally.files(), tally.accepted(),
                    tally.refused(), tally.crashes(), tally.changedDatabases(), tally.unlocatedMessages(),
                    tally.slowestMillis(), tally.slowestCase());
            for (String v : tally.violations()) {
                System.out.println("  " + v);
            }
        } finally {
            try (Stream<Path> paths = Files.walk(work)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
