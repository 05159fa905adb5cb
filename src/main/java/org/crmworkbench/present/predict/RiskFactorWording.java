package org.crmworkbench.present.predict;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.crmworkbench.analysis.predict.ScoreFactor;
import org.crmworkbench.i18n.Messages;

/**
 * The factors behind one customer's score in words: "Days since last order = 212 (+18 pts)", the effect in
 * percentage points of probability, raising factors marked up and lowering ones down.
 */
public final class RiskFactorWording {
    private final Messages messages;
    private final TermLabels terms;

    public RiskFactorWording(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.terms = new TermLabels(messages);
    }

    /** One factor. */
    public String describe(ScoreFactor factor) {
        return messages.get(factor.effect() >= 0 ? "predict.factor.up" : "predict.factor.down",
                terms.label(factor.feature()), factor.value(), Math.abs(factor.effect() * 100));
    }

    /** Factors joined, strongest first. */
    public String describe(List<ScoreFactor> factors) {
        return factors.stream().map(this::describe).collect(Collectors.joining(messages.get("predict.factor.joiner")));
    }
}
