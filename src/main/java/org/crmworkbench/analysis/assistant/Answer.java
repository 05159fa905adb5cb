package org.crmworkbench.analysis.assistant;

import java.util.List;
import java.util.Objects;

/**
 * What the assistant says to one question.
 *
 * @param question   the question
 * @param language   the language it was read in ({@code en}, {@code zh}, {@code other})
 * @param ranked     the closest intents with calibrated confidences, closest first (at most three; the out-of-scope
 *                   label may be among them)
 * @param handOver   why it was handed over, or null when answered
 * @param intent     the intent answered, or null when handed over
 * @param answer     the knowledge base's answer for {@code intent} in the question's language, null when handed over
 *                   or when the knowledge base gives no answer for the intent
 */
public record Answer(String question, String language, List<IntentScore> ranked, HandOverReason handOver,
                     String intent, String answer) {
    public Answer {
        Objects.requireNonNull(question, "question");
        ranked = List.copyOf(ranked);
    }

    public boolean handedOver() {
        return handOver != null;
    }

    /** The closest intent's confidence (0 when there is none). */
    public double confidence() {
        return ranked.isEmpty() ? 0 : ranked.get(0).confidence();
    }

    /** The in-scope intents to suggest to the colleague who takes a handed-over question (at most three). */
    public List<IntentScore> suggestions(String oosLabel) {
        return ranked.stream().filter(s -> !s.intent().equals(oosLabel)).toList();
    }
}
