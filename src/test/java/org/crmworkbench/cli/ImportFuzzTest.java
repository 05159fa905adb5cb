package org.crmworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23's fuzzer in the normal test run: 1,000 seeded files across every table, as CSV and XLSX, mutated from
 * valid ones, each imported through the real command line against a database holding a known data set. Every file
 * must be accepted (exit 0) or refused (exit 3) with located problems and the database's content unchanged; nothing
 * may crash or print an internal class name. A failure lists the cases (seed and index reproduce each file).
 */
class ImportFuzzTest {
    static final long SEED = 23;
    static final int FILES = Integer.getInteger("fuzz.files", 1_000);

    @TempDir
    Path dir;

    @Test
    void aThousandFuzzedFilesAreAcceptedOrRefusedCleanly() throws Exception {
        ImportFuzzer.Tally tally;
        try (ImportFuzzer fuzzer = new ImportFuzzer(dir, SEED)) {
            fuzzer.prepare();
            tally = fuzzer.run(FILES);
        }
        String violations = tally + "\n" + String.join("\n", tally.violations());
        assertEquals(FILES, tally.files());
        assertEquals(0, tally.crashes(), violations);
        assertEquals(0, tally.changedDatabases(), violations);
        assertEquals(0, tally.unlocatedMessages(), violations);
        assertTrue(tally.accepted() > FILES / 20, "some files must still be valid, or the fuzzer tests only refusals: "
                + tally);
        assertTrue(tally.refused() > FILES / 2, "most mutations break a file: " + tally);
    }
}
