package org.crmworkbench.ui.settings;

import java.util.Locale;
import java.util.Optional;

/** The languages the workbench is translated into. */
public enum Language {
    ENGLISH("en", Locale.ENGLISH),
    SIMPLIFIED_CHINESE("zh", Locale.SIMPLIFIED_CHINESE);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** Short code stored in the settings file. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** Bundle key of the language's own name (shown untranslated: "English", "简体中文"). */
    public String nameKey() {
        return "language." + code;
    }

    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code == null ? "" : code.trim())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** Chinese for a Chinese system locale, English otherwise. */
    public static Language forLocale(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? SIMPLIFIED_CHINESE : ENGLISH;
    }
}
