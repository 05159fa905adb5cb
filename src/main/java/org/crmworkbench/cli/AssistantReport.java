package org.crmworkbench.cli;

import java.io.PrintStream;
import java.util.List;
import org.crmworkbench.analysis.assistant.Answer;
import org.crmworkbench.analysis.assistant.EvaluationResult;
import org.crmworkbench.analysis.assistant.IntentScore;
import org.crmworkbench.analysis.assistant.TrainedAssistant;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.AssistantRunRecord;

/** What {@code workbench assistant} prints: the training, each answer, an evaluation's figures. */
final class AssistantReport {
    private static final int CONFUSIONS_SHOWN = 5;
    private static final String INDENT = "   ";
    /** Intents below this confidence are no suggestion for the colleague who takes a handed-over question. */
    private static final double MIN_SUGGESTED = 0.01;

    private final Messages m;
    private final PrintStream out;

    AssistantReport(Messages m, PrintStream out) {
        this.m = m;
        this.out = out;
    }

    void printTraining(TrainedAssistant assistant, String source) {
        out.println(m.get("cli.assistant.trained", assistant.knowledge().entries().size(),
                assistant.knowledge().intents().size(), source));
        out.println(m.get(assistant.policyChosen() ? "cli.assistant.policyChosen" : "cli.assistant.policyGiven",
                assistant.policy().threshold(), assistant.policy().margin()));
    }

    void printAnswer(Answer answer, String oosLabel) {
        out.println(m.get("cli.assistant.question", answer.question()));
        if (answer.handedOver()) {
            out.println(m.get("cli.assistant.handedOver", m.get(answer.handOver().messageKey())));
            List<IntentScore> suggestions = answer.suggestions(oosLabel).stream()
                    .filter(s -> s.confidence() >= MIN_SUGGESTED).toList();
            if (!suggestions.isEmpty()) {
                out.println(INDENT + m.get("cli.assistant.suggestions", scores(suggestions)));
            }
        } else {
            out.println(m.get("cli.assistant.answer", answer.answer() == null
                    ? m.get("cli.assistant.noAnswerText") : answer.answer()));
            out.println(INDENT + m.get("cli.assistant.intent", answer.intent(), answer.confidence()));
            if (answer.ranked().size() > 1) {
                out.println(INDENT + m.get("cli.assistant.runnersUp", scores(answer.ranked().subList(1,
                        answer.ranked().size()))));
            }
        }
    }

    void printEvaluation(EvaluationResult result, String testSource) {
        AssistantRunRecord.Metrics x = result.metrics();
        out.println(testSource == null ? m.get("cli.assistant.crossValidated", x.questions())
                : m.get("cli.assistant.tested", x.questions(), testSource));
        out.println(m.get("cli.assistant.figures", x.accuracy(), x.inScopeAccuracy(), x.inScope()));
        if (x.outOfScope() > 0) {
            out.println(m.get("cli.assistant.oos", x.oosRecall(), x.outOfScope()));
        }
        out.println(m.get("cli.assistant.outcomes", x.answeredCorrectly(), x.handedOver(), x.answeredWrongly(),
                result.policy().threshold(), result.policy().margin()));
        List<AssistantRunRecord.ConfusionRow> confusions = result.confusions();
        if (!confusions.isEmpty()) {
            out.println(m.get("cli.assistant.confusions"));
            for (AssistantRunRecord.ConfusionRow c : confusions.subList(0, Math.min(CONFUSIONS_SHOWN,
                    confusions.size()))) {
                out.println(INDENT + m.get("cli.assistant.confusion", c.expected(), c.predicted(), c.count()));
            }
        }
    }

    private String scores(List<IntentScore> scores) {
        StringBuilder sb = new StringBuilder();
        for (IntentScore s : scores) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(m.get("cli.assistant.score", s.intent(), s.confidence()));
        }
        return sb.toString();
    }
}
