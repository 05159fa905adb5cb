/**
 * The service assistant: an offline FAQ and intent matcher in English and Chinese. A {@link KnowledgeBase} of example
 * questions, intents and answers; an {@link IntentModel} that ranks intents for a question (word and character n-gram
 * linear classifier combined with BM25 retrieval over the examples, {@link IntentMatcherTrainer}); calibration and a
 * {@link FallbackPolicy} chosen on held-out examples ({@link AssistantTraining}); answers with a hand-over when unsure
 * ({@link TrainedAssistant#ask}); and the evaluation against a labelled test set or by cross-validation
 * ({@link AssistantEvaluation}). Knows no JavaFX and no JDBC.
 */
package org.crmworkbench.analysis.assistant;
