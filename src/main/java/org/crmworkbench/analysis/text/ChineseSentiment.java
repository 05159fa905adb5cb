package org.crmworkbench.analysis.text;

/**
 * Chinese sentiment: a model shipped inside the jar, trained from permissively licensed review data only (the README
 * names the data and its licence), over the words {@link ChineseSegmenter} finds, with negation words flipping and
 * degree words strengthening or weakening the words they stand before.
 */
public final class ChineseSentiment implements SentimentModel {
    /** Loads the model from the jar. */
    public static ChineseSentiment load() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public SentimentScore score(String text) {
        throw new UnsupportedOperationException("not yet");
    }
}
