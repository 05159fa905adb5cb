package org.crmworkbench.present.predict;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import org.crmworkbench.analysis.predict.Coefficient;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.FeatureLabels;

/**
 * Readable names of model terms: a feature ({@code recency_days} as "Days since last order"), an encoded level
 * ({@code region[North]} as "Region: North"), a polynomial term ({@code age^2}, {@code age*tenure_days} with each
 * factor named) and the intercept.
 */
public final class TermLabels {
    private final Messages messages;
    private final FeatureLabels features;

    public TermLabels(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.features = new FeatureLabels(messages);
    }

    /** The label of {@code term}. */
    public String label(String term) {
        if (Coefficient.INTERCEPT.equals(term)) {
            return messages.get("predict.term.intercept");
        }
        if (term.contains("*")) {
            return Arrays.stream(term.split("\\*")).map(this::label).collect(Collectors.joining(" × "));
        }
        int power = term.lastIndexOf('^');
        if (power > 0) {
            return label(term.substring(0, power)) + "^" + term.substring(power + 1);
        }
        int open = term.indexOf('[');
        if (open > 0 && term.endsWith("]")) {
            return features.label(term.substring(0, open)) + ": " + term.substring(open + 1, term.length() - 1);
        }
        return features.label(term);
    }
}
