package org.crmworkbench.analysis.text;

/** What sentiment is broken down by. */
public enum FeedbackDimension {
    LANGUAGE("language"), CHANNEL("channel"), PRODUCT("product"), CATEGORY("category"), REGION("region"),
    SEGMENT("segment"), SALES_REP("sales-rep");

    private final String code;

    FeedbackDimension(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
