package org.crmworkbench.analysis.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Measures the shipped Chinese model on labelled review files it was not built from (not a test): each argument is a
 * CSV with a header {@code label,review} (1 positive, 0 negative; the layout of the SophonPlus ChineseNlpCorpus
 * collections). Prints the binary accuracy (score > 0 counts as positive), and the share labelled neutral.
 *
 * <p>Those collections carry no licence, so they are not in the repository and played no part in building the model;
 * fetch one yourself and give its path, e.g. waimai_10k.csv. The in-domain TF-IDF figure to compare with comes from
 * {@code src/test/resources/reference/chinese_sentiment/tfidf_reference.py FILE}.
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java
 * -Dexec.mainClass=org.crmworkbench.analysis.text.ChineseSentimentExternalCheck -Dexec.classpathScope=test
 * -Dexec.args=/path/to/waimai_10k.csv}
 */
public final class ChineseSentimentExternalCheck {
    private ChineseSentimentExternalCheck() {
    }

    public static void main(String[] args) throws IOException {
        ChineseSentiment sentiment = ChineseSentiment.load();
        for (String arg : args) {
            List<String> lines = Files.readAllLines(Path.of(arg), StandardCharsets.UTF_8);
            int total = 0;
            int right = 0;
            int neutral = 0;
            int positives = 0;
            for (String line : lines.subList(1, lines.size())) {
                int comma = line.indexOf(',');
                if (comma < 0) {
                    continue;
                }
                String text = line.substring(comma + 1).strip();
                if (text.startsWith("\"") && text.endsWith("\"") && text.length() > 1) {
                    text = text.substring(1, text.length() - 1).replace("\"\"", "\"");
                }
                if (text.isEmpty()) {
                    continue;
                }
                boolean positive = line.substring(0, comma).strip().equals("1");
                SentimentScore score = sentiment.score(text);
                total++;
                positives += positive ? 1 : 0;
                right += score.score() > 0 == positive ? 1 : 0;
                neutral += score.label() == SentimentLabel.NEUTRAL ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "%s: %,d texts (%.1f%% positive), accuracy %.4f, labelled neutral %.1f%%%n",
                    Path.of(arg).getFileName(), total, 100.0 * positives / total, (double) right / total,
                    100.0 * neutral / total);
        }
    }
}
