package org.crmworkbench.ui.basket;

import java.util.Locale;

/** What separates the items of a line in a basket-format file; each has a name in both bundles. */
public enum BasketDelimiter {
    COMMA(','), SEMICOLON(';'), TAB('\t'), SPACE(' '), PIPE('|');

    private final char character;

    BasketDelimiter(char character) {
        this.character = character;
    }

    public char character() {
        return character;
    }

    /** The bundle key of its name. */
    public String key() {
        return "basket.ws.delimiter." + name().toLowerCase(Locale.ROOT);
    }
}
