package org.crmworkbench.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmworkbench.data.sample.PlantedTruth;
import org.crmworkbench.data.sample.SampleDataGenerator;
import org.crmworkbench.data.sample.SampleDataSpec;
import org.crmworkbench.model.FeedbackText;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped models on the bundled sample (assets/sample/feedback.csv) against its planted sentiment (the sample
 * generator's truth for the bundled spec, the same as {@code workbench generate --truth} writes): accuracy and
 * macro-F1 per language, with floors, and the summaries the planted structure implies.
 */
class SampleFeedbackTest {
    private static List<FeedbackText> texts;
    private static List<ScoredFeedback> scored;
    private static Map<String, SentimentLabel> planted;

    @BeforeAll
    static void score() throws IOException {
        texts = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .ofCsvRecord(Path.of("assets/sample/feedback.csv"), StandardCharsets.UTF_8)) {
            boolean header = true;
            for (CsvRecord row : reader) {
                if (header) {
                    assertEquals(List.of("feedback_id", "customer_id", "created_at", "channel", "text", "language",
                            "product_id"),
                            row.getFields());
                    header = false;
                    continue;
                }
                texts.add(new FeedbackText(row.getField(0), row.getField(1), LocalDateTime.parse(row.getField(2)),
                        row.getField(3), row.getField(5), row.getField(4), null, null, null, null, null, Double.NaN,
                        -1));
            }
        }
        PlantedTruth truth = new SampleDataGenerator(SampleDataSpec.bundled()).truth();
        planted = new HashMap<>();
        for (FeedbackText text : texts) {
            planted.put(text.id(), SentimentLabel.ofCode(truth.sentiment(text.id()).code()));
        }
        scored = new FeedbackAnalysis().score(texts, LanguageChoice.AUTO, Progress.none());
    }

    @Test
    void agreementWithThePlantedSentimentPerLanguage() {
        assertEquals(1_283, texts.size());
        Map<Language, int[][]> confusion = new EnumMap<>(Language.class);
        for (ScoredFeedback text : scored) {
            int[][] matrix = confusion.computeIfAbsent(text.language(), l -> new int[3][3]);
            matrix[planted.get(text.text().id()).ordinal()][text.label().ordinal()]++;
        }
        assertTrue(!confusion.containsKey(Language.OTHER), "every sample text is English or Chinese");
        for (Map.Entry<Language, int[][]> entry : confusion.entrySet()) {
            int[][] m = entry.getValue();
            double accuracy = accuracy(m);
            double macroF1 = macroF1(m);
            System.out.printf("sample %s: %d texts, accuracy %.3f, macro-F1 %.3f, confusion (planted x found) %s%n",
                    entry.getKey().code(), total(m), accuracy, macroF1, java.util.Arrays.deepToString(m));
            assertTrue(accuracy >= FLOOR_ACCURACY.get(entry.getKey()), entry.getKey() + " accuracy " + accuracy);
            assertTrue(macroF1 >= FLOOR_F1.get(entry.getKey()), entry.getKey() + " macro-F1 " + macroF1);
        }
    }

    @Test
    void eachAspectTakesTheSignOfThePlantedSentiment() {
        Map<String, double[]> byPlanted = new HashMap<>();
        for (ScoredFeedback text : scored) {
            for (AspectMention mention : text.analysis().aspects()) {
                double[] sum = byPlanted.computeIfAbsent(text.language().code() + " " + mention.aspect().code() + " "
                        + planted.get(text.text().id()).code(), k -> new double[2]);
                sum[0] += mention.score();
                sum[1]++;
            }
        }
        for (String language : List.of("en", "zh")) {
            for (String aspect : List.of("delivery", "price", "quality", "service")) {
                double[] positive = byPlanted.get(language + " " + aspect + " positive");
                double[] negative = byPlanted.get(language + " " + aspect + " negative");
                System.out.printf("sample %s %s: planted positive %.0f mentions, mean %.3f; planted negative %.0f,"
                        + " mean %.3f%n", language, aspect, positive[1], positive[0] / positive[1], negative[1],
                        negative[0] / negative[1]);
                assertTrue(positive[1] >= 20 && positive[0] / positive[1] > 0.1, language + " " + aspect);
                assertTrue(negative[1] >= 20 && negative[0] / negative[1] < -0.1, language + " " + aspect);
            }
        }
    }

    @Test
    void theSummariesCoverTheWholeSample() {
        FeedbackResult result = new FeedbackAnalysis().summarise(scored, FeedbackFilter.ALL,
                FeedbackSettings.defaults(), Progress.none());
        assertEquals(texts.size(), result.overall().total());
        assertEquals(result.texts().size(), result.timeline().stream().mapToInt(p -> p.counts().total()).sum());
        assertEquals(result.first().toLocalDate().withDayOfMonth(1), result.timeline().get(0).start());
        assertEquals(result.last().toLocalDate().withDayOfMonth(1),
                result.timeline().get(result.timeline().size() - 1).start());
        assertEquals(texts.stream().map(FeedbackText::channel).distinct().count(),
                result.breakdowns().get(FeedbackDimension.CHANNEL).size());
        for (Language language : List.of(Language.ENGLISH, Language.CHINESE)) {
            long topics = result.topics().stream().filter(t -> t.language() == language).count();
            System.out.printf("sample %s: %d topics%n", language.code(), topics);
            assertTrue(topics >= 2 && topics <= TopicClustering.MOST_TOPICS);
            assertTrue(result.keywords().stream().anyMatch(k -> k.language() == language
                    && k.label() == SentimentLabel.NEGATIVE));
        }
        assertTrue(result.texts().stream().allMatch(t -> t.topic() > 0), "every sample text has words to cluster");
        assertTrue(result.keywords().stream().filter(k -> k.language() == Language.CHINESE)
                .allMatch(k -> k.term().length() >= 2), "no single-character Chinese keyword");
        assertTrue(result.changes().size() > 0);
    }

    /**
     * Floors a little under the figures measured on 7 December 2026 with the models of branches i16-en and i16-zh
     * as they stood at 10:00 UTC (printed by the test): English accuracy 0.921, macro-F1 0.914; Chinese accuracy
     * 0.794, macro-F1 0.749. Most misses are planted-neutral texts the models call positive (English) or negative
     * (Chinese).
     */
    private static final Map<Language, Double> FLOOR_ACCURACY = Map.of(Language.ENGLISH, 0.90, Language.CHINESE, 0.77);
    private static final Map<Language, Double> FLOOR_F1 = Map.of(Language.ENGLISH, 0.89, Language.CHINESE, 0.72);

    private static int total(int[][] m) {
        int total = 0;
        for (int[] row : m) {
            for (int x : row) {
                total += x;
            }
        }
        return total;
    }

    private static double accuracy(int[][] m) {
        return (double) (m[0][0] + m[1][1] + m[2][2]) / total(m);
    }

    private static double macroF1(int[][] m) {
        double sum = 0;
        for (int c = 0; c < 3; c++) {
            int found = m[0][c] + m[1][c] + m[2][c];
            int actual = m[c][0] + m[c][1] + m[c][2];
            double precision = found == 0 ? 0 : (double) m[c][c] / found;
            double recall = actual == 0 ? 0 : (double) m[c][c] / actual;
            sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        return sum / 3;
    }
}
