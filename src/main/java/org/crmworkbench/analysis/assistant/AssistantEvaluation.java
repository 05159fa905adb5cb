package org.crmworkbench.analysis.assistant;

import java.util.List;
import org.crmworkbench.model.KnowledgeEntry;
import org.crmworkbench.work.Progress;

/**
 * How well the assistant answers: in-scope accuracy, out-of-scope recall, per-intent precision and recall, the
 * confusion pairs that fail most, and the trade-off curve as the threshold moves.
 */
public final class AssistantEvaluation {

    /** The figures on a labelled test set (question and intent of each row; the out-of-scope label marks OOS rows). */
    public EvaluationResult evaluate(TrainedAssistant assistant, List<KnowledgeEntry> test, Progress progress) {
        throw new UnsupportedOperationException("contract stub: helper B");
    }

    /** The cross-validated figures: the held-out predictions made while training, under the assistant's policy. */
    public EvaluationResult crossValidated(TrainedAssistant assistant) {
        throw new UnsupportedOperationException("contract stub: helper B");
    }

    /** The figures of questions already scored, under {@code policy}. */
    public EvaluationResult evaluate(List<ScoredQuestion> scored, List<String> intents, String oosLabel,
                                     FallbackPolicy policy) {
        throw new UnsupportedOperationException("contract stub: helper B");
    }
}
