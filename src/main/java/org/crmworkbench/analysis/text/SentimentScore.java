package org.crmworkbench.analysis.text;

import java.util.List;
import java.util.Objects;

/**
 * A text's sentiment.
 *
 * @param score   in [-1, 1]: -1 wholly negative, 0 neutral or mixed, 1 wholly positive
 * @param label   the label the model gives that score (each model knows its own neutral band)
 * @param drivers the words that moved the score, strongest push first
 */
public record SentimentScore(double score, SentimentLabel label, List<SentimentDriver> drivers) {
    public SentimentScore {
        if (!(score >= -1 && score <= 1)) {
            throw new IllegalArgumentException("score outside [-1, 1]: " + score);
        }
        Objects.requireNonNull(label, "label");
        drivers = List.copyOf(drivers);
    }

    /** A text with nothing to go on. */
    public static SentimentScore neutral() {
        return new SentimentScore(0, SentimentLabel.NEUTRAL, List.of());
    }
}
