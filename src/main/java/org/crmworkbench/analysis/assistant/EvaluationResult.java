package org.crmworkbench.analysis.assistant;

import java.util.List;
import org.crmworkbench.model.AssistantRunRecord;

/**
 * The assistant's figures on labelled questions under one fallback.
 *
 * @param policy      the fallback the figures are for
 * @param oosLabel    the out-of-scope label
 * @param intents     the knowledge base's in-scope intents (the per-intent rows follow this order)
 * @param scored      every labelled question with its ranking (what {@link #at} re-scores)
 * @param metrics     the figures
 * @param intentScores per in-scope intent
 * @param confusions  the confusion pairs (expected, answered) of wrong answers, most frequent first, ties by name
 * @param curve       the trade-off at thresholds 0, 0.01 ... 1 with the policy's margin
 * @param predictions one row per question, in {@code scored}'s order
 */
public record EvaluationResult(FallbackPolicy policy, String oosLabel, List<String> intents,
                               List<ScoredQuestion> scored, AssistantRunRecord.Metrics metrics,
                               List<AssistantRunRecord.IntentRow> intentScores,
                               List<AssistantRunRecord.ConfusionRow> confusions,
                               List<AssistantRunRecord.CurvePoint> curve,
                               List<AssistantRunRecord.PredictionRow> predictions) {
    public EvaluationResult {
        intents = List.copyOf(intents);
        scored = List.copyOf(scored);
        intentScores = List.copyOf(intentScores);
        confusions = List.copyOf(confusions);
        curve = List.copyOf(curve);
        predictions = List.copyOf(predictions);
    }

    /** The same questions re-scored under {@code other} (cheap: nothing is refitted; the slider calls it). */
    public EvaluationResult at(FallbackPolicy other) {
        return new AssistantEvaluation().evaluate(scored, intents, oosLabel, other);
    }
}
