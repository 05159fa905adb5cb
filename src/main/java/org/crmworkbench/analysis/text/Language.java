package org.crmworkbench.analysis.text;

/** The language a text is analysed in. */
public enum Language {
    ENGLISH("en"), CHINESE("zh"), OTHER("other");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The code written in files and the database ({@code en}, {@code zh}, {@code other}). */
    public String code() {
        return code;
    }

    /** The language of {@code code}; null when the code names none of them. */
    public static Language ofCode(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code)) {
                return language;
            }
        }
        return null;
    }
}
