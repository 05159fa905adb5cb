package org.crmworkbench.present.assistant;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.crmworkbench.analysis.assistant.EvaluationResult;
import org.crmworkbench.analysis.assistant.TrainedAssistant;
import org.crmworkbench.model.AssistantRunRecord;

/**
 * The files of {@code workbench assistant --evaluate}: {@code metrics.json} (accuracy, in_scope_accuracy, oos_recall,
 * threshold, margin, counts, per-intent scores, top confusions), {@code predictions.csv} (question, expected,
 * predicted, confidence, runners-up, outcome) and {@code intents.csv}; the charts are written by the caller through the
 * usual chart files. Also turns an evaluation into the run record the store, the charts and the reports take.
 */
public final class AssistantFiles {

    /** Writes {@code metrics.json}, {@code predictions.csv} and {@code intents.csv} into {@code dir}. */
    public void write(Path dir, AssistantRunRecord run) throws IOException {
        throw new UnsupportedOperationException("contract stub: helper D");
    }

    /** {@code metrics.json} of {@code result} as text. */
    public String summary(EvaluationResult result, TrainedAssistant assistant) {
        throw new UnsupportedOperationException("contract stub: helper D");
    }

    /**
     * The run record of {@code result} (id 0).
     *
     * @param testSource the test file's name, or null for a cross-validated evaluation
     */
    public AssistantRunRecord record(EvaluationResult result, TrainedAssistant assistant, String knowledgeSource,
                                     String testSource, Instant startedAt, String appVersion) {
        throw new UnsupportedOperationException("contract stub: helper D");
    }
}
