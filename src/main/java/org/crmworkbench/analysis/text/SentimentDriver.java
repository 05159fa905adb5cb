package org.crmworkbench.analysis.text;

/**
 * A word or phrase that moved a text's score, for highlighting it in the text.
 *
 * @param term   the word as it stands in the text
 * @param start  its first character's index in the text
 * @param end    the index after its last character
 * @param weight its push on the score after negation, intensifiers and the like: above 0 towards positive, below 0
 *               towards negative (the model's own units; only the sign and the order matter to a reader)
 */
public record SentimentDriver(String term, int start, int end, double weight) {
    public SentimentDriver {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
