package org.crmworkbench.analysis.assistant;

/** Why the assistant passed a question to a colleague. */
public enum HandOverReason {
    /** The closest intent's confidence is below the threshold. */
    LOW_CONFIDENCE("low-confidence"),
    /** The two closest intents are nearer than the margin. */
    AMBIGUOUS("ambiguous"),
    /** The closest intent is the out-of-scope label. */
    OUT_OF_SCOPE("out-of-scope");

    private final String code;

    HandOverReason(String code) {
        this.code = code;
    }

    /** The code written in files and the database. */
    public String code() {
        return code;
    }

    /** Resource-bundle key of the reason in words. */
    public String messageKey() {
        return "assistant.handOver." + name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
    }
}
