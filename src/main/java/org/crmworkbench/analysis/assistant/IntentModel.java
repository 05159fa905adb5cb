package org.crmworkbench.analysis.assistant;

import java.util.List;

/**
 * A fitted intent matcher: for a question, a score for every intent it was trained on. Safe to share between threads.
 */
public interface IntentModel {
    /** The intents it knows, in a fixed order (the order of {@link #scores}). */
    List<String> intents();

    /**
     * One score per intent, aligned with {@link #intents()}: log-probabilities up to a constant (larger = likelier);
     * the softmax of them is the model's own (uncalibrated) probability. Never null; a question with no known word
     * gets near-equal scores.
     */
    double[] scores(String question);
}
