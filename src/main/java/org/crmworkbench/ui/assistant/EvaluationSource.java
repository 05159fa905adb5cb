package org.crmworkbench.ui.assistant;

/** What the Evaluation tab scores: the knowledge base's own held-out examples, or a labelled test file. */
public enum EvaluationSource {
    CROSS_VALIDATED,
    TEST_FILE;

    /** Resource-bundle key of the source's name. */
    public String messageKey() {
        return this == CROSS_VALIDATED ? "assistant.ws.eval.source.cv" : "assistant.ws.eval.source.file";
    }
}
