package org.crmworkbench.analysis.assistant;

import java.util.List;
import java.util.Objects;

/**
 * A labelled question and the intents the assistant ranks for it, before the fallback decides: what thresholds are
 * chosen on and what an evaluation re-scores when the threshold moves.
 *
 * @param question the question
 * @param expected the intent it should get (the out-of-scope label for an out-of-scope question)
 * @param ranked   the intents with their calibrated confidences, closest first; only the closest
 *                 {@link #KEPT} are kept (all the fallback, the figures and the predictions read), so a large knowledge
 *                 base's held-out questions do not hold a score for every intent (15,000 x 151 on CLINC150)
 */
public record ScoredQuestion(String question, String expected, List<IntentScore> ranked) {
    /** How many of the closest intents a scored question keeps. */
    public static final int KEPT = 3;

    public ScoredQuestion {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(expected, "expected");
        ranked = List.copyOf(ranked.size() > KEPT ? ranked.subList(0, KEPT) : ranked);
    }
}
