package org.crmworkbench.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Binary accuracy of {@link EnglishSentiment} on public labelled data: the ground truth of Hutto and Gilbert (2014),
 * shipped with vaderSentiment (MIT) and kept under {@code assets/public/vader-ground-truth/} - 3,708 Amazon review
 * snippets and 10,605 movie review snippets, each with the mean rating of about 20 people on -4..4. A rating above 0
 * is positive, below 0 negative, 0 dropped (3,610 and 10,568 texts remain); a score above 0 counts as positive.
 *
 * <p>Measured 2026-12-07: Amazon 0.6950 (2,509 of 3,610), movies 0.6474 (6,842 of 10,568), the same counts as the
 * Python vaderSentiment ({@code src/test/resources/reference/vader/vader_ground_truth.py}, whose compound for each of
 * the 14,313 texts this test also requires to the last digit). Reference: a TF-IDF (word 1- and 2-grams) logistic
 * regression (scikit-learn 1.9.1, C = 1) trained in-domain, 5-fold stratified cross-validation
 * ({@code src/test/resources/reference/vader/tfidf_lr_reference.py}, output next to it): Amazon 0.7440, movies
 * 0.7656. VADER is 4.9 points below it on the product reviews, inside the 8 the issue allows, and 11.8 below on the
 * movie reviews, outside: a general lexicon misses the film critics' idiom ("a splash", "tepid", plot words) that an
 * in-domain model learns, and 1,416 of those snippets score exactly 0 (no lexicon word, or words that cancel), which counts as negative. The
 * floors sit a little below the measured figures.
 */
class EnglishSentimentAccuracyTest {
    private static final Path DIR = Path.of("assets/public/vader-ground-truth");
    private static EnglishSentiment vader;

    @BeforeAll
    static void load() {
        vader = EnglishSentiment.load();
    }

    private record Accuracy(int texts, int correct) {
        double value() {
            return correct / (double) texts;
        }
    }

    /** Python's compound per "file id" (rounded to 4 decimals as vaderSentiment reports it). */
    private static Map<String, Double> pythonCompounds() throws IOException {
        Map<String, Double> compounds = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                EnglishSentimentAccuracyTest.class.getResourceAsStream("/reference/vader/vader_ground_truth.csv.gz")),
                StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] parts = line.split(",");
                compounds.put(parts[0] + " " + parts[1], Double.parseDouble(parts[2]));
            }
        }
        return compounds;
    }

    private static Accuracy accuracy(String file) throws IOException {
        Map<String, Double> python = pythonCompounds();
        int compared = 0;
        int texts = 0;
        int correct = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(DIR.resolve(file))), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("\t", 3);
                double score = vader.score(parts[2]).score();
                assertEquals(python.get(file + " " + parts[0]), score, 0.0, parts[2]);
                compared++;
                double rating = Double.parseDouble(parts[1]);
                if (rating == 0) {
                    continue;
                }
                texts++;
                boolean positive = score > 0;
                if (positive == rating > 0) {
                    correct++;
                }
            }
        }
        assertTrue(compared > texts);
        System.out.printf(Locale.ROOT, "%s: %d texts, accuracy %.4f%n", file, texts, correct / (double) texts);
        return new Accuracy(texts, correct);
    }

    @Test
    void amazonReviewSnippets() throws IOException {
        Accuracy a = accuracy("amazonReviewSnippets_GroundTruth.txt.gz");
        assertEquals(3610, a.texts());
        assertEquals(2509, a.correct());
        assertTrue(a.value() >= 0.69, "accuracy " + a.value());
    }

    @Test
    void movieReviewSnippets() throws IOException {
        Accuracy a = accuracy("movieReviewSnippets_GroundTruth.txt.gz");
        assertEquals(10568, a.texts());
        assertEquals(6842, a.correct());
        assertTrue(a.value() >= 0.64, "accuracy " + a.value());
    }
}
