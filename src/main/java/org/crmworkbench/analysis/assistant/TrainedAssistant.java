package org.crmworkbench.analysis.assistant;

import java.util.List;
import org.crmworkbench.analysis.text.TextAnalyzer;

/**
 * A knowledge base learnt: the fitted matcher, its calibration, the fallback in force, and the held-out predictions the
 * calibration and the fallback were chosen on (the cross-validated evaluation). Immutable; safe to share between
 * threads.
 */
public final class TrainedAssistant {
    private final KnowledgeBase knowledge;
    private final IntentModel model;
    private final double temperature;
    private final FallbackPolicy policy;
    private final boolean chosen;
    private final List<ScoredQuestion> heldOut;
    private final TextAnalyzer analyzer;

    /**
     * @param knowledge   the knowledge base
     * @param model       the matcher fitted on all of it
     * @param temperature the calibration: confidences are the softmax of the model's scores divided by it
     * @param policy      the fallback in force
     * @param chosen      whether the policy was chosen on held-out examples (false: given by the user)
     * @param heldOut     every example scored by a model that did not see it (calibrated), in the knowledge base's
     *                    order; empty when there were too few examples to hold any out
     * @param analyzer    for the language of a question
     */
    public TrainedAssistant(KnowledgeBase knowledge, IntentModel model, double temperature, FallbackPolicy policy,
                            boolean chosen, List<ScoredQuestion> heldOut, TextAnalyzer analyzer) {
        this.knowledge = knowledge;
        this.model = model;
        this.temperature = temperature;
        this.policy = policy;
        this.chosen = chosen;
        this.heldOut = List.copyOf(heldOut);
        this.analyzer = analyzer;
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    public IntentModel model() {
        return model;
    }

    public double temperature() {
        return temperature;
    }

    public FallbackPolicy policy() {
        return policy;
    }

    public boolean policyChosen() {
        return chosen;
    }

    public List<ScoredQuestion> heldOut() {
        return heldOut;
    }

    /** The same assistant under another fallback (the threshold slider); nothing is refitted. */
    public TrainedAssistant withPolicy(FallbackPolicy other) {
        return new TrainedAssistant(knowledge, model, temperature, other, false, heldOut, analyzer);
    }

    /**
     * Every intent with its calibrated confidence for {@code question}, closest first (ties by intent name): the
     * softmax of the model's scores divided by the temperature.
     */
    public List<IntentScore> rank(String question) {
        return TemperatureCalibration.rank(model.intents(), model.scores(question), temperature);
    }

    /**
     * The answer to {@code question}: the three closest intents, and the intent's answer in the question's language
     * unless the fallback hands it over.
     */
    public Answer ask(String question) {
        String language = analyzer.languageOf(question, null).code();
        List<IntentScore> ranked = rank(question);
        HandOverReason reason = policy.decide(ranked, knowledge.oosLabel());
        List<IntentScore> closest = ranked.subList(0, Math.min(3, ranked.size()));
        if (reason != null) {
            return new Answer(question, language, closest, reason, null, null);
        }
        String intent = ranked.get(0).intent();
        return new Answer(question, language, closest, null, intent, knowledge.answerFor(intent, language));
    }
}
