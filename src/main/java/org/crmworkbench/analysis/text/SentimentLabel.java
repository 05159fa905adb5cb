package org.crmworkbench.analysis.text;

/** The label a sentiment score falls under. */
public enum SentimentLabel {
    POSITIVE("positive"), NEUTRAL("neutral"), NEGATIVE("negative");

    private final String code;

    SentimentLabel(String code) {
        this.code = code;
    }

    /** The code written in files and the database. */
    public String code() {
        return code;
    }

    public static SentimentLabel ofCode(String code) {
        for (SentimentLabel label : values()) {
            if (label.code.equalsIgnoreCase(code)) {
                return label;
            }
        }
        throw new IllegalArgumentException("no sentiment label " + code);
    }
}
