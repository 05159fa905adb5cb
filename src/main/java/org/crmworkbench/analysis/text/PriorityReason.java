package org.crmworkbench.analysis.text;

/** Why a negative feedback is read first. */
public enum PriorityReason {
    /** The customer is among the top spenders. */
    HIGH_VALUE("high-value"),
    /** The customer has not ordered for a long time. */
    AT_RISK("at-risk"),
    /** Both. */
    HIGH_VALUE_AT_RISK("high-value-at-risk");

    private final String code;

    PriorityReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
