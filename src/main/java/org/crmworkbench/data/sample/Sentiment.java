package org.crmworkbench.data.sample;

/** The planted sentiment of a feedback text. */
public enum Sentiment {
    POSITIVE("positive"),
    NEUTRAL("neutral"),
    NEGATIVE("negative");

    private final String code;

    Sentiment(String code) {
        this.code = code;
    }

    /** The lower-case label written to {@code truth_feedback.csv}. */
    public String code() {
        return code;
    }
}
