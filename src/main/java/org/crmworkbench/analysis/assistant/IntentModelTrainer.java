package org.crmworkbench.analysis.assistant;

import java.util.List;
import org.crmworkbench.model.KnowledgeEntry;
import org.crmworkbench.work.Progress;

/** Fits an {@link IntentModel} on examples. */
public interface IntentModelTrainer {
    /**
     * Fits on {@code examples} (each row's question and intent; the out-of-scope label, when present, is one more
     * intent to learn). Deterministic for the same examples in the same order.
     */
    IntentModel fit(List<KnowledgeEntry> examples, Progress progress);
}
