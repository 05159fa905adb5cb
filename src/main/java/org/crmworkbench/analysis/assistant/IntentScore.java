package org.crmworkbench.analysis.assistant;

import java.util.Objects;

/** An intent and how sure the assistant is that a question shows it (0..1; an answer's scores sum to at most 1). */
public record IntentScore(String intent, double confidence) {
    public IntentScore {
        Objects.requireNonNull(intent, "intent");
    }
}
