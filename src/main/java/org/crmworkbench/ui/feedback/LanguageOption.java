package org.crmworkbench.ui.feedback;

import org.crmworkbench.analysis.text.LanguageChoice;

/** The language choices of the Feedback form, each with its label key and the analysis's choice. */
public enum LanguageOption {
    AUTO(LanguageChoice.AUTO), ENGLISH(LanguageChoice.ENGLISH), CHINESE(LanguageChoice.CHINESE);

    private final LanguageChoice choice;

    LanguageOption(LanguageChoice choice) {
        this.choice = choice;
    }

    LanguageChoice choice() {
        return choice;
    }

    static LanguageOption of(LanguageChoice choice) {
        return valueOf(choice.name());
    }

    /** The command-line name, which the label keys end with. */
    public String cliName() {
        return choice.cliName();
    }
}
