package org.crmworkbench.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.analysis.text.FeedbackAnalysis;
import org.crmworkbench.analysis.text.FeedbackFilter;
import org.crmworkbench.analysis.text.FeedbackResult;
import org.crmworkbench.analysis.text.FeedbackSettings;
import org.crmworkbench.analysis.text.LanguageChoice;
import org.crmworkbench.analysis.text.ScoredFeedback;
import org.crmworkbench.model.FeedbackText;
import org.crmworkbench.work.Progress;

/**
 * Feedback analysis benchmark (not a test): the bundled sample's 1,283 texts (English and Chinese) repeated to
 * about {@value #TARGET_TEXTS}, each copy a day later. Prints the model load, texts per second scored on all cores
 * ({@link FeedbackAnalysis#score}: language, sentiment, words, aspects) and the time to summarise them (timeline,
 * breakdowns, keywords, topics chosen by silhouette, what changed) - the window's cost of a filter change.
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java -Dexec.mainClass=org.crmworkbench.bench.FeedbackAnalysisBenchmark
 * -Dexec.classpathScope=test}
 */
public final class FeedbackAnalysisBenchmark {
    private static final int TARGET_TEXTS = 50_000;
    private static final int ROUNDS = 3;

    private FeedbackAnalysisBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<FeedbackText> sample = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .ofCsvRecord(Path.of("assets/sample/feedback.csv"), StandardCharsets.UTF_8)) {
            for (CsvRecord row : reader) {
                if (row.getStartingLineNumber() > 1) {
                    sample.add(new FeedbackText(row.getField(0), row.getField(1),
                            LocalDateTime.parse(row.getField(2)), row.getField(3), row.getField(5), row.getField(4),
                            null, null, null, null, null, Double.NaN, -1));
                }
            }
        }
        List<FeedbackText> texts = new ArrayList<>();
        for (int copy = 0; texts.size() + sample.size() <= TARGET_TEXTS; copy++) {
            for (FeedbackText t : sample) {
                texts.add(new FeedbackText(t.id() + "-" + copy, t.customerId(), t.writtenAt().plusDays(copy),
                        t.channel(), t.declaredLanguage(), t.text(), null, null, null, null, null, Double.NaN, -1));
            }
        }
        System.out.printf("texts: %,d (the sample's %,d repeated); %d cores%n", texts.size(), sample.size(),
                Runtime.getRuntime().availableProcessors());
        FeedbackAnalysis analysis = new FeedbackAnalysis();
        long t0 = System.nanoTime();
        List<ScoredFeedback> scored = analysis.score(texts.subList(0, 10), LanguageChoice.AUTO, Progress.none());
        System.out.printf("model load and first 10 texts: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        double bestScore = Double.POSITIVE_INFINITY;
        for (int r = 0; r < ROUNDS; r++) {
            t0 = System.nanoTime();
            scored = analysis.score(texts, LanguageChoice.AUTO, Progress.none());
            bestScore = Math.min(bestScore, (System.nanoTime() - t0) / 1e9);
        }
        System.out.printf("score (all cores): best %.2f s, %,.0f texts/s%n", bestScore, texts.size() / bestScore);
        double bestSummary = Double.POSITIVE_INFINITY;
        FeedbackResult result = null;
        for (int r = 0; r < ROUNDS; r++) {
            t0 = System.nanoTime();
            result = analysis.summarise(scored, FeedbackFilter.ALL, FeedbackSettings.defaults(), Progress.none());
            bestSummary = Math.min(bestSummary, (System.nanoTime() - t0) / 1e9);
        }
        System.out.printf("summarise (topics chosen): best %.2f s, %,.0f texts/s; %d topics, %d keywords%n",
                bestSummary, texts.size() / bestSummary, result.topics().size(), result.keywords().size());
    }
}
