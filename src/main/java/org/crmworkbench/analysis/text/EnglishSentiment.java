package org.crmworkbench.analysis.text;

/**
 * VADER (Hutto and Gilbert, 2014) for English: its lexicon (MIT, shipped as a resource with its licence) and its rules
 * - negation within three words before, intensifiers and dampeners, "but" shifting weight to what follows, words in
 * capitals among lower-case ones, exclamation and question marks, emoticons and emoji - giving VADER's compound score
 * and its labels (positive at 0.05 and above, negative at -0.05 and below).
 */
public final class EnglishSentiment implements SentimentModel {
    /** Loads the lexicon from the jar. */
    public static EnglishSentiment load() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public SentimentScore score(String text) {
        throw new UnsupportedOperationException("not yet");
    }
}
