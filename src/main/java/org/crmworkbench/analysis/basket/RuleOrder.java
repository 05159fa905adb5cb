package org.crmworkbench.analysis.basket;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** What rules are sorted by, highest first; ties are broken by support, then confidence, then item numbers. */
public enum RuleOrder {
    LIFT, CONFIDENCE, SUPPORT, LEVERAGE, CONVICTION, COUNT;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RuleOrder fromCliName(String name) {
        for (RuleOrder o : values()) {
            if (o.cliName().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return o;
            }
        }
        return null;
    }

    /** The rules sorted this way (a new list). */
    public List<AssociationRule> sort(List<AssociationRule> rules) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Highest first by this measure, with the ties broken as the class says. */
    public Comparator<AssociationRule> comparator() {
        throw new UnsupportedOperationException("not yet");
    }
}
