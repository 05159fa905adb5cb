package org.crmworkbench.analysis.assistant;

import java.util.List;

/**
 * When the assistant answers and when it hands over: below {@code threshold} confidence, or with the runner-up within
 * {@code margin} of the closest intent, or when the closest intent is the out-of-scope label.
 */
public record FallbackPolicy(double threshold, double margin) {
    public FallbackPolicy {
        if (!(threshold >= 0 && threshold <= 1) || !(margin >= 0 && margin <= 1)) {
            throw new IllegalArgumentException("threshold and margin must be within 0..1");
        }
    }

    /**
     * Why {@code ranked} (closest intent first) is handed over, or null when it is answered with its first intent.
     * An empty ranking is handed over for low confidence.
     */
    public HandOverReason decide(List<IntentScore> ranked, String oosLabel) {
        if (ranked.isEmpty()) {
            return HandOverReason.LOW_CONFIDENCE;
        }
        IntentScore top = ranked.get(0);
        if (top.intent().equals(oosLabel)) {
            return HandOverReason.OUT_OF_SCOPE;
        }
        if (top.confidence() < threshold) {
            return HandOverReason.LOW_CONFIDENCE;
        }
        double second = ranked.size() > 1 ? ranked.get(1).confidence() : 0;
        if (top.confidence() - second < margin) {
            return HandOverReason.AMBIGUOUS;
        }
        return null;
    }
}
