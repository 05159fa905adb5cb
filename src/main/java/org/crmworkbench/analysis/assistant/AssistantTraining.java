package org.crmworkbench.analysis.assistant;

import java.util.List;
import org.crmworkbench.analysis.text.TextAnalyzer;
import org.crmworkbench.model.KnowledgeEntry;
import org.crmworkbench.work.Progress;

/**
 * Learns a knowledge base: fits the matcher on every example; scores each example by a model fitted on the other
 * folds (stratified by intent, seeded); fits the calibration temperature on those held-out scores (least negative
 * log-likelihood); and, unless the settings fix them, chooses the threshold and the margin on the calibrated held-out
 * scores to maximise correct answers + out-of-scope examples handed over - cost x wrong answers.
 */
public final class AssistantTraining {
    private final TextAnalyzer analyzer;
    private final IntentModelTrainer trainer;

    /** Training with the shipped matcher. */
    public AssistantTraining(TextAnalyzer analyzer) {
        this(analyzer, new IntentMatcherTrainer(analyzer));
    }

    public AssistantTraining(TextAnalyzer analyzer, IntentModelTrainer trainer) {
        this.analyzer = analyzer;
        this.trainer = trainer;
    }

    /**
     * @throws org.crmworkbench.work.UnsuitableDataException when the knowledge base has fewer than two in-scope
     *                                                       intents
     */
    public TrainedAssistant train(List<KnowledgeEntry> entries, AssistantSettings settings, Progress progress) {
        throw new UnsupportedOperationException("contract stub: helper B");
    }
}
