package org.crmworkbench.analysis.value;

import java.util.Locale;
import org.crmworkbench.work.BadParameterException;

/** The buy-till-you-die models: BG/NBD (Fader, Hardie and Lee 2005) and Pareto/NBD (Schmittlein et al. 1987). */
public enum PurchaseModelKind {
    BGNBD("bgnbd", "BG/NBD"),
    PNBD("pnbd", "Pareto/NBD");

    private final String key;
    private final String label;

    PurchaseModelKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The word the command line and saved runs use. */
    public String key() {
        return key;
    }

    /** The name the literature uses (the same in every language). */
    public String label() {
        return label;
    }

    public static PurchaseModelKind fromKey(String key) {
        for (PurchaseModelKind kind : values()) {
            if (kind.key.equalsIgnoreCase(key == null ? "" : key.trim().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new BadParameterException("model", "value.error.model", "the model must be bgnbd or pnbd", key);
    }
}
