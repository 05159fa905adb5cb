package org.crmworkbench.analysis.text;

/** What a customer talks about, found by English and Chinese term lists. */
public enum Aspect {
    DELIVERY("delivery"), PRICE("price"), QUALITY("quality"), SERVICE("service"), RETURNS("returns");

    private final String code;

    Aspect(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
