package org.crmworkbench.ui.assistant;

import java.util.List;
import java.util.stream.Collectors;
import org.crmworkbench.analysis.assistant.Answer;
import org.crmworkbench.analysis.assistant.HandOverReason;
import org.crmworkbench.analysis.assistant.IntentScore;
import org.crmworkbench.analysis.assistant.TrainedAssistant;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.AskedQuestion;
import org.crmworkbench.model.AssistantRunRecord;

/** The Assistant workspace's lines of text in the view's language: answers, status, counts and figures. */
public final class AssistantWords {
    /** Confidences below this read as "<1%" rather than a bare 0%. */
    static final double TINY = 0.005;

    private final Messages messages;

    public AssistantWords(Messages messages) {
        this.messages = messages;
    }

    /** What the answer bubble says first: the answer, or that the question goes to a colleague. */
    public String reply(ChatLine line) {
        Answer a = line.answer();
        if (a.handedOver()) {
            return messages.get("assistant.ws.chat.handOver");
        }
        return a.answer() == null ? messages.get("assistant.ws.chat.noAnswerText", a.intent()) : a.answer();
    }

    /** The lines under the reply: intent and confidence with the runners-up, or the reason and suggestions. */
    public String details(ChatLine line) {
        Answer a = line.answer();
        if (a.handedOver()) {
            String why = reason(a.handOver(), a.confidence(), line.threshold());
            List<IntentScore> suggestions = a.suggestions(line.oosLabel());
            return suggestions.isEmpty() ? why
                    : why + "\n" + messages.get("assistant.ws.chat.suggestions", scores(suggestions));
        }
        String first = messages.get("assistant.ws.chat.matched", a.intent(), a.confidence());
        List<IntentScore> others = a.ranked().size() > 1 ? a.ranked().subList(1, a.ranked().size()) : List.of();
        return others.isEmpty() ? first : first + "\n" + messages.get("assistant.ws.chat.runnersUp", scores(others));
    }

    /** Why a question was handed over, with its confidence and the threshold. */
    public String reason(HandOverReason reason, double confidence, double threshold) {
        return switch (reason) {
            case LOW_CONFIDENCE -> messages.get("assistant.ws.reason.lowconfidence", confidence, threshold);
            case AMBIGUOUS -> messages.get("assistant.ws.reason.ambiguous");
            case OUT_OF_SCOPE -> messages.get("assistant.ws.reason.outofscope");
        };
    }

    /** A logged question's reason by its stored code, or "answered, unsure" when it was answered. */
    public String loggedReason(AskedQuestion asked) {
        if (!asked.handedOver() || asked.reason() == null) {
            return messages.get("assistant.ws.logged.unsure");
        }
        return switch (asked.reason()) {
            case "ambiguous" -> messages.get("assistant.ws.logged.ambiguous");
            case "out-of-scope" -> messages.get("assistant.ws.logged.outofscope");
            default -> messages.get("assistant.ws.logged.lowconfidence");
        };
    }

    private String scores(List<IntentScore> scores) {
        return scores.stream().map(s -> messages.get(s.confidence() < TINY ? "assistant.ws.chat.scoreTiny"
                        : "assistant.ws.chat.score", s.intent(), s.confidence()))
                .collect(Collectors.joining(messages.get("assistant.ws.chat.separator")));
    }

    /** The status line of a trained assistant. */
    public String trained(TrainedAssistant assistant) {
        int examples = assistant.knowledge().entries().size();
        int intents = assistant.knowledge().intents().size();
        double t = assistant.policy().threshold();
        return messages.get(assistant.policyChosen() ? "assistant.ws.status.trainedChosen"
                : "assistant.ws.status.trainedFixed", examples, intents, t, assistant.policy().margin());
    }

    /** The evaluation's figures in one line. */
    public String figures(AssistantRunRecord.Metrics m) {
        return messages.get("assistant.ws.eval.figures", m.questions(), m.accuracy(),
                Double.isNaN(m.inScopeAccuracy()) ? "\u2013" : messages.get("assistant.ws.percent",
                        m.inScopeAccuracy()),
                Double.isNaN(m.oosRecall()) ? "\u2013" : messages.get("assistant.ws.percent", m.oosRecall()));
    }

    /** The evaluation's counts in one line. */
    public String counts(AssistantRunRecord.Metrics m) {
        return messages.get("assistant.ws.eval.counts", m.answeredCorrectly(), m.handedOver(), m.answeredWrongly(),
                m.oosHandedOver(), m.outOfScope());
    }
}
