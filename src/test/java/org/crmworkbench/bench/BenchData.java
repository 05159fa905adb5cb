package org.crmworkbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** The benchmark data set: the one named by {@code -Dbench.data}, or one generated for the run. */
final class BenchData {
    private BenchData() {
    }

    static Path ratingsDataSet(Path work, String given) throws Exception {
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        Path dir = work.resolve("data");
        Files.createDirectories(dir);
        throw new IllegalStateException("generator not wired yet");
    }
}
