package org.crmworkbench.analysis.basket;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** What rules are sorted by, highest first; ties are broken by support, then confidence, then item numbers. */
public enum RuleOrder {
    LIFT(AssociationRule::lift),
    CONFIDENCE(AssociationRule::confidence),
    SUPPORT(AssociationRule::support),
    LEVERAGE(AssociationRule::leverage),
    CONVICTION(AssociationRule::conviction),
    COUNT(AssociationRule::count);

    private final ToDoubleFunction<AssociationRule> measure;

    RuleOrder(ToDoubleFunction<AssociationRule> measure) {
        this.measure = measure;
    }

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

    /** The measure this order sorts by, of {@code rule}. */
    public double of(AssociationRule rule) {
        return measure.applyAsDouble(rule);
    }

    /** The rules sorted this way (a new list). */
    public List<AssociationRule> sort(List<AssociationRule> rules) {
        List<AssociationRule> sorted = new ArrayList<>(rules);
        sorted.sort(comparator());
        return sorted;
    }

    /**
     * Highest first by this measure, with the ties broken as the class says: item numbers compare antecedents
     * first, then consequents, element by element, the shorter list first when one begins the other (infinite
     * conviction sorts above every finite one).
     */
    public Comparator<AssociationRule> comparator() {
        return (a, b) -> {
            int c = Double.compare(measure.applyAsDouble(b), measure.applyAsDouble(a));
            if (c == 0) {
                c = Double.compare(b.support(), a.support());
            }
            if (c == 0) {
                c = Double.compare(b.confidence(), a.confidence());
            }
            if (c == 0) {
                c = Arrays.compare(a.antecedent(), b.antecedent());
            }
            if (c == 0) {
                c = Arrays.compare(a.consequent(), b.consequent());
            }
            return c;
        };
    }
}
