package org.crmworkbench.analysis.assistant;

import java.util.List;
import java.util.Objects;

/**
 * A labelled question and the intents the assistant ranks for it, before the fallback decides: what thresholds are
 * chosen on and what an evaluation re-scores when the threshold moves.
 *
 * @param question the question
 * @param expected the intent it should get (the out-of-scope label for an out-of-scope question)
 * @param ranked   every intent with its calibrated confidence, closest first
 */
public record ScoredQuestion(String question, String expected, List<IntentScore> ranked) {
    public ScoredQuestion {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(expected, "expected");
        ranked = List.copyOf(ranked);
    }
}
