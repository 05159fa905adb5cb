package org.crmworkbench.analysis.text;

import org.crmworkbench.work.BadParameterException;

/** How the language of each text is decided: detected per text, or fixed by the user ({@code --lang}). */
public enum LanguageChoice {
    AUTO("auto"), ENGLISH("en"), CHINESE("zh");

    private final String cliName;

    LanguageChoice(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** The choice named {@code name} on the command line; a {@link BadParameterException} naming {@code lang}. */
    public static LanguageChoice parse(String name) {
        for (LanguageChoice choice : values()) {
            if (choice.cliName.equalsIgnoreCase(name)) {
                return choice;
            }
        }
        throw new BadParameterException("lang", "feedback.param.lang",
                "expected auto, en or zh, found " + name, name);
    }
}
