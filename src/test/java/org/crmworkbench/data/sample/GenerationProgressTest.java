package org.crmworkbench.data.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress, cancellation, translations of the stages, and unusual but valid specs. */
class GenerationProgressTest {

    /** Records what the generator reports; cancels once {@code cancelAfter} rows are done or a stage begins. */
    private static final class RecordingProgress implements Progress {
        final List<String> stages = new ArrayList<>();
        final long cancelAfter;
        final String cancelAtStage;
        long lastDone = -1;
        long lastTotal = -1;
        volatile boolean cancelled;

        RecordingProgress(long cancelAfter, String cancelAtStage) {
            this.cancelAfter = cancelAfter;
            this.cancelAtStage = cancelAtStage;
        }

        @Override
        public void worked(long done, long total) {
            lastDone = done;
            lastTotal = total;
            if (total > 0 && done >= cancelAfter) {
                cancelled = true;
            }
        }

        @Override
        public void stage(String messageKey, Object... args) {
            stages.add(messageKey);
            if (messageKey.equals(cancelAtStage)) {
                cancelled = true;
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }

    @Test
    void reportsTranslatedStagesAndFinishesAtTheTotal(@TempDir Path dir) throws IOException {
        RecordingProgress progress = new RecordingProgress(Long.MAX_VALUE, "");
        GenerationSummary summary = new SampleDataGenerator(SampleDataSpec.builder(100).seed(3).build())
                .writeTo(dir, true, progress);
        assertEquals(List.of("generate.stage.plan", "generate.stage.write", "generate.stage.finish"),
                progress.stages);
        assertEquals(progress.lastTotal, progress.lastDone, "ends at 100%");
        long truthRows = summary.customers() + summary.feedback() + summary.salesReps();
        assertEquals(summary.totalRows() - summary.orderLines() + truthRows, progress.lastTotal);
        Messages english = new Messages(Locale.ENGLISH);
        Messages chinese = new Messages(Locale.SIMPLIFIED_CHINESE);
        for (String key : new HashSet<>(progress.stages)) {
            assertTrue(english.has(key), key);
            assertTrue(chinese.has(key), key);
            String zh = chinese.get(key, 1000, 2000, 3000, 4000);
            assertNotEquals(english.get(key, 1000, 2000, 3000, 4000), zh, key);
            for (int argument = 0; argument < 4; argument++) {
                String placeholder = "{" + argument + "}";
                assertEquals(english.bundle().getString(key).contains(placeholder),
                        chinese.bundle().getString(key).contains(placeholder), key + " uses " + placeholder);
            }
            assertTrue(zh.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                    zh);
        }
    }

    @Test
    void cancellationWhileWritingStopsTheWritersAndLeavesNoFiles(@TempDir Path dir) throws IOException {
        RecordingProgress progress = new RecordingProgress(1, "");
        SampleDataGenerator generator = new SampleDataGenerator(SampleDataSpec.builder(30_000).seed(3).build());
        assertThrows(CancelledException.class, () -> generator.writeTo(dir, true, progress));
        assertTrue(progress.lastDone > 0 && progress.lastDone < progress.lastTotal / 2, "stopped early");
        assertNothingIn(dir);
    }

    @Test
    void cancellationAtAnyStageLeavesNoFiles(@TempDir Path dir) throws IOException {
        SampleDataGenerator generator = new SampleDataGenerator(SampleDataSpec.builder(200).seed(3).build());
        for (String stage : List.of("generate.stage.plan", "generate.stage.write", "generate.stage.finish")) {
            RecordingProgress progress = new RecordingProgress(Long.MAX_VALUE, stage);
            assertThrows(CancelledException.class, () -> generator.writeTo(dir, true, progress), stage);
            assertNothingIn(dir);
        }
    }

    private static void assertNothingIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "nothing left behind");
        }
    }

    @Test
    void truthIsOptional(@TempDir Path dir) throws IOException {
        GenerationSummary summary = new SampleDataGenerator(SampleDataSpec.builder(50).seed(8).build())
                .writeTo(dir.resolve("nested/out"), false, Progress.none());
        assertFalse(summary.truthWritten());
        Set<String> names = new HashSet<>();
        try (Stream<Path> files = Files.list(dir.resolve("nested/out"))) {
            files.forEach(p -> names.add(p.getFileName().toString()));
        }
        Set<String> expected = new HashSet<>(SampleFiles.DATA_FILES);
        expected.addAll(SampleFiles.KNOWLEDGE_FILES);
        assertEquals(expected, names);
    }

    @Test
    void theWholeRatingGridCanBeFilled(@TempDir Path dir) throws IOException {
        SampleDataSpec spec = SampleDataSpec.builder(10).products(20).ratings(200).seed(5).build();
        new SampleDataGenerator(spec).writeTo(dir, false, Progress.none());
        CsvTable ratings = CsvTable.read(dir.resolve(SampleFiles.RATINGS));
        Set<String> pairs = new HashSet<>();
        for (List<String> row : ratings.rows()) {
            pairs.add(row.get(0) + row.get(1));
        }
        assertEquals(200, pairs.size());
    }

    @Test
    void denseRatingsReachTheTargetWithoutRepeats(@TempDir Path dir) throws IOException {
        SampleDataSpec spec = SampleDataSpec.builder(40).products(50).ratings(1_700).seed(6).build();
        GenerationSummary summary = new SampleDataGenerator(spec).writeTo(dir, false, Progress.none());
        assertEquals(1_700, summary.ratings());
        CsvTable ratings = CsvTable.read(dir.resolve(SampleFiles.RATINGS));
        Set<String> pairs = new HashSet<>();
        for (List<String> row : ratings.rows()) {
            assertTrue(pairs.add(row.get(0) + row.get(1)), row.toString());
        }
        assertEquals(1_700, pairs.size());
    }

    @Test
    void aShortWindowWithAnotherEndDateStaysInsideIt(@TempDir Path dir) throws IOException {
        SampleDataSpec spec = SampleDataSpec.builder(200).endDate(LocalDate.of(2001, 2, 28)).years(1)
                .ratings(0).seed(9).build();
        GenerationSummary summary = new SampleDataGenerator(spec).writeTo(dir, false, Progress.none());
        assertEquals(0, summary.ratings());
        assertEquals(1, Files.readAllLines(dir.resolve(SampleFiles.RATINGS)).size(), "header only");
        LocalDate start = spec.startDate();
        assertEquals(LocalDate.of(2000, 2, 29), start, "one year back from 2001-02-28, plus a day");
        for (String date : CsvTable.read(dir.resolve(SampleFiles.ORDERS)).column("order_date")) {
            LocalDate d = LocalDate.parse(date);
            assertFalse(d.isBefore(start) || d.isAfter(spec.endDate()), date);
        }
        for (String at : CsvTable.read(dir.resolve(SampleFiles.FEEDBACK)).column("created_at")) {
            LocalDate d = LocalDateTime.parse(at).toLocalDate();
            assertFalse(d.isBefore(start) || d.isAfter(spec.endDate()), at);
        }
        assertTrue(summary.orders() >= 200);
    }

    @Test
    void theTruthRejectsUnknownIds() {
        PlantedTruth truth = new SampleDataGenerator(SampleDataSpec.builder(30).seed(1).build()).truth();
        assertEquals("C000030", truth.customerId(29));
        assertThrows(IllegalArgumentException.class, () -> truth.group("C000031"));
        assertThrows(IllegalArgumentException.class, () -> truth.group("X000001"));
        assertThrows(IllegalArgumentException.class, () -> truth.latentScore("C000001", "P99999"));
        assertThrows(IllegalArgumentException.class, () -> truth.repPerformance("R1"));
        assertThrows(IllegalArgumentException.class, () -> truth.customerId(30));
    }

    @Test
    void theTruthExplainsTheLatentScore() {
        PlantedTruth truth = new SampleDataGenerator(SampleDataSpec.builder(40).seed(2).build()).truth();
        int total = 0;
        for (CustomerGroup group : truth.groups()) {
            for (String id : truth.customerIds(group)) {
                assertEquals(group, truth.group(id));
                total++;
            }
        }
        assertEquals(40, total);
        String customer = truth.customerId(7);
        String product = truth.productId(11);
        double[] p = truth.customerFactors(customer);
        double[] q = truth.productFactors(product);
        double dot = 0;
        for (int d = 0; d < p.length; d++) {
            dot += p[d] * q[d];
        }
        assertEquals(8, p.length);
        assertEquals(truth.baselineScore(customer, product),
                3.45 + truth.customerBias(customer) + truth.productBias(product), 1e-9);
        assertEquals(truth.latentScore(customer, product),
                truth.baselineScore(customer, product) + 0.75 * (dot - 0.4), 1e-5);
    }
}
