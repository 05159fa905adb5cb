package org.crmworkbench.analysis.text;

/** Counts texts (or clauses) by label and sums their scores, for a {@link SentimentCounts}. Not thread-safe. */
final class SentimentTally {
    /** The neutral band of a bare English score (a clause's), VADER's: below 0.05 and above -0.05. */
    static final double NEUTRAL_BAND = 0.05;

    private int positive;
    private int neutral;
    private int negative;
    private double sum;

    void add(SentimentLabel label, double score) {
        switch (label) {
            case POSITIVE -> positive++;
            case NEUTRAL -> neutral++;
            case NEGATIVE -> negative++;
        }
        sum += score;
    }

    void add(ScoredFeedback feedback) {
        add(feedback.label(), feedback.score());
    }

    /** Adds a bare score, labelled by {@link #NEUTRAL_BAND}. */
    void add(double score) {
        add(labelOf(score), score);
    }

    /**
     * Adds a bare score of a text in {@code language}, labelled by that language's model's band (Chinese:
     * {@link ChineseSentiment#NEUTRAL_BAND}; otherwise {@link #NEUTRAL_BAND}), so a clause is labelled as a whole text
     * of its language would be.
     */
    void add(double score, Language language) {
        double band = language == Language.CHINESE ? ChineseSentiment.NEUTRAL_BAND : NEUTRAL_BAND;
        add(score >= band ? SentimentLabel.POSITIVE : score <= -band ? SentimentLabel.NEGATIVE
                : SentimentLabel.NEUTRAL, score);
    }

    static SentimentLabel labelOf(double score) {
        return score >= NEUTRAL_BAND ? SentimentLabel.POSITIVE
                : score <= -NEUTRAL_BAND ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
    }

    int total() {
        return positive + neutral + negative;
    }

    SentimentCounts counts() {
        int total = total();
        return total == 0 ? SentimentCounts.NONE : new SentimentCounts(positive, neutral, negative, sum / total);
    }

    static SentimentCounts of(Iterable<ScoredFeedback> texts) {
        SentimentTally tally = new SentimentTally();
        for (ScoredFeedback text : texts) {
            tally.add(text);
        }
        return tally.counts();
    }
}
