package org.crmworkbench.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A stored evaluation of the service assistant: how it was trained, the fallback it used, its figures, and every table
 * the charts, the files of {@code workbench assistant --evaluate} and the reports draw on. The window builds one from
 * its current evaluation too, so the same charts serve the window, the verb and the reports.
 *
 * @param id               the run's id in {@code analysis_runs} (0 before it is saved)
 * @param startedAt        when it started
 * @param appVersion       the version that made it
 * @param knowledgeSource  where the knowledge base came from (a file name or {@code database})
 * @param testSource       the labelled test file's name, or null when the figures are cross-validated on the
 *                         knowledge base itself
 * @param oosLabel         the reserved out-of-scope intent label
 * @param threshold        the confidence threshold used (below it: handed over)
 * @param margin           the ambiguity margin used (top-1 minus top-2 below it: handed over)
 * @param chosen           whether threshold and margin were chosen on held-out examples (false: given by the user)
 * @param examples         the knowledge base's examples trained on
 * @param intents          the knowledge base's in-scope intents
 * @param metrics          the figures
 * @param summary          {@code metrics.json} as text
 * @param intentScores     per in-scope intent, in the knowledge base's order
 * @param confusions       the confusion pairs, most frequent first
 * @param curve            the trade-off as the threshold moves (margin fixed), lowest threshold first
 * @param predictions      every evaluated question, in the order read
 */
public record AssistantRunRecord(long id, Instant startedAt, String appVersion, String knowledgeSource,
                                 String testSource, String oosLabel, double threshold, double margin, boolean chosen,
                                 int examples, int intents, Metrics metrics, String summary,
                                 List<IntentRow> intentScores, List<ConfusionRow> confusions, List<CurvePoint> curve,
                                 List<PredictionRow> predictions) {
    public AssistantRunRecord {
        Objects.requireNonNull(oosLabel, "oosLabel");
        Objects.requireNonNull(metrics, "metrics");
        summary = summary == null ? "{}" : summary;
        intentScores = List.copyOf(intentScores);
        confusions = List.copyOf(confusions);
        curve = List.copyOf(curve);
        predictions = List.copyOf(predictions);
    }

    public AssistantRunRecord withId(long newId) {
        return new AssistantRunRecord(newId, startedAt, appVersion, knowledgeSource, testSource, oosLabel, threshold,
                margin, chosen, examples, intents, metrics, summary, intentScores, confusions, curve, predictions);
    }

    /**
     * The figures of one evaluation. A question is in scope when its expected intent is not the out-of-scope label.
     *
     * @param questions         questions evaluated
     * @param inScope           of them in scope
     * @param outOfScope        of them out of scope
     * @param answeredCorrectly in-scope questions answered with their intent
     * @param answeredWrongly   questions answered with another intent (in scope) or answered at all (out of scope)
     * @param handedOver        questions handed over (in or out of scope)
     * @param oosHandedOver     out-of-scope questions handed over
     * @param accuracy          (answeredCorrectly + oosHandedOver) / questions: out of scope counts as one more class
     * @param inScopeAccuracy   answeredCorrectly / inScope (NaN when there are none)
     * @param oosRecall         oosHandedOver / outOfScope (NaN when there are none)
     */
    public record Metrics(int questions, int inScope, int outOfScope, int answeredCorrectly, int answeredWrongly,
                          int handedOver, int oosHandedOver, double accuracy, double inScopeAccuracy,
                          double oosRecall) {
    }

    /**
     * One intent's scores, the intent taken as the answer given (a handed-over question predicts no intent).
     *
     * @param support   test questions expecting it
     * @param predicted questions answered with it
     */
    public record IntentRow(String intent, int support, int predicted, double precision, double recall, double f1) {
    }

    /** {@code count} questions expecting {@code expected} were answered with {@code predicted}. */
    public record ConfusionRow(String expected, String predicted, int count) {
    }

    /** At {@code threshold}: how many questions would be answered correctly, answered wrongly, handed over. */
    public record CurvePoint(double threshold, int answeredCorrectly, int answeredWrongly, int handedOver) {
    }

    /**
     * One evaluated question.
     *
     * @param expected   the intent it should get (the out-of-scope label for an out-of-scope question)
     * @param topIntent  the closest intent
     * @param confidence its confidence
     * @param secondIntent the runner-up (null when there is none), {@code secondConfidence} its confidence
     * @param thirdIntent  the third (null when there is none), {@code thirdConfidence} its confidence
     * @param outcome    {@code correct}, {@code wrong}, {@code handed-over} (an in-scope question) or
     *                   {@code oos-handed-over}
     */
    public record PredictionRow(String question, String expected, String topIntent, double confidence,
                                String secondIntent, double secondConfidence, String thirdIntent,
                                double thirdConfidence, String outcome) {
    }
}
