package org.crmworkbench.data.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample data under {@code assets/sample/} is exactly what the generator writes for
 * {@link SampleDataSpec#bundled()}. After a deliberate change to the generator, regenerate it with
 * {@code app/workbench generate --out assets/sample} (the command's defaults are the bundled spec) and commit the
 * CSV files (the knowledge base and its test questions are copied from
 * {@code src/main/resources/org/crmworkbench/data/sample/}).
 */
class BundledSampleDataTest {
    private static final Path ASSETS = Path.of("assets", "sample");
    private static final long MAX_BYTES = 6L * 1024 * 1024;

    @Test
    void bundledFilesAreWhatTheGeneratorWrites(@TempDir Path fresh) throws IOException {
        assertTrue(Files.isDirectory(ASSETS), "tests run from the project root");
        new SampleDataGenerator(SampleDataSpec.bundled()).writeTo(fresh, false, Progress.none());
        long bytes = 0;
        List<String> written = new ArrayList<>(SampleFiles.DATA_FILES);
        written.addAll(SampleFiles.KNOWLEDGE_FILES);
        for (String name : written) {
            byte[] bundled = Files.readAllBytes(ASSETS.resolve(name));
            assertArrayEquals(Files.readAllBytes(fresh.resolve(name)), bundled,
                    name + " is out of date; regenerate it (see the class comment)");
            bytes += bundled.length;
        }
        assertTrue(bytes < MAX_BYTES, "bundled sample stays small: " + bytes + " bytes");
        Set<String> names = new HashSet<>();
        try (Stream<Path> files = Files.list(ASSETS)) {
            files.forEach(p -> names.add(p.getFileName().toString()));
        }
        assertEquals(new HashSet<>(written), names, "the data and knowledge files and nothing else, no truth");
    }

    @Test
    void bundledFilesAreOnTheClassPath() {
        assertTrue(Files.isDirectory(ASSETS), "tests run from the project root");
        for (String name : SampleFiles.KNOWLEDGE_FILES) {
            assertNotNull(getClass().getResource("/assets/sample/" + name), name);
        }
        for (String name : SampleFiles.DATA_FILES) {
            assertNotNull(getClass().getResource("/assets/sample/" + name), name);
        }
    }
}
