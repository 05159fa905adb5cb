package org.crmworkbench.ui.basket;

import org.crmworkbench.analysis.basket.AssociationRule;

/**
 * One line of the rule table: the rule with its two sides written out by name, and its measures as the table sorts
 * them (numbers, so they sort by value).
 */
public record RuleRow(AssociationRule rule, String antecedent, String consequent) {

    public int length() {
        return rule.length();
    }

    public double support() {
        return rule.support();
    }

    public double confidence() {
        return rule.confidence();
    }

    public double lift() {
        return rule.lift();
    }

    public double leverage() {
        return rule.leverage();
    }

    /** Infinite when the confidence is 1. */
    public double conviction() {
        return rule.conviction();
    }

    public int count() {
        return rule.count();
    }

    /** The rule as one line, {@code {a, b} => {c}}. */
    public String text() {
        return antecedent + " \u21d2 " + consequent;
    }
}
