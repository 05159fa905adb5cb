package org.crmworkbench.analysis.assistant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmworkbench.model.AssistantRunRecord;
import org.crmworkbench.model.KnowledgeEntry;
import org.crmworkbench.work.Progress;

/**
 * How well the assistant answers: in-scope accuracy, out-of-scope recall, per-intent precision and recall, the
 * confusion pairs that fail most, and the trade-off curve as the threshold moves.
 *
 * <p>The figures follow the CLINC150 paper (Larson et al. 2019): a question is in scope when its expected intent is not
 * the out-of-scope label; in-scope accuracy counts a handed-over in-scope question as wrong; out-of-scope recall counts
 * an out-of-scope question as caught when it is handed over, for whatever reason (its closest intent being the
 * out-of-scope label, low confidence or ambiguity); accuracy is over all questions with out of scope as one more class.
 * A test question whose intent the knowledge base does not know (and is not the out-of-scope label) counts as in scope:
 * it can only be answered wrongly or handed over; it appears in the confusion pairs but has no per-intent row.
 * Per intent, the intent answered is the prediction (a handed-over question predicts no intent); precision is NaN when
 * nothing was answered with the intent, recall NaN when no question expects it, F1 NaN when either is.
 */
public final class AssistantEvaluation {
    static final String CORRECT = "correct";
    static final String WRONG = "wrong";
    static final String HANDED_OVER = "handed-over";
    static final String OOS_HANDED_OVER = "oos-handed-over";

    /** The figures on a labelled test set (question and intent of each row; the out-of-scope label marks OOS rows). */
    public EvaluationResult evaluate(TrainedAssistant assistant, List<KnowledgeEntry> test, Progress progress) {
        progress.stage("assistant.stage.evaluate", test.size());
        List<List<IntentScore>> rankings = BlockScoring.score(test.stream().map(KnowledgeEntry::question).toList(),
                assistant::rank, progress, done -> progress.worked(done, test.size()));
        List<ScoredQuestion> scored = new ArrayList<>(test.size());
        for (int i = 0; i < test.size(); i++) {
            scored.add(new ScoredQuestion(test.get(i).question(), test.get(i).intent(), rankings.get(i)));
        }
        KnowledgeBase knowledge = assistant.knowledge();
        return evaluate(scored, knowledge.intents(), knowledge.oosLabel(), assistant.policy());
    }

    /** The cross-validated figures: the held-out predictions made while training, under the assistant's policy. */
    public EvaluationResult crossValidated(TrainedAssistant assistant) {
        KnowledgeBase knowledge = assistant.knowledge();
        return evaluate(assistant.heldOut(), knowledge.intents(), knowledge.oosLabel(), assistant.policy());
    }

    /** The figures of questions already scored, under {@code policy}. */
    public EvaluationResult evaluate(List<ScoredQuestion> scored, List<String> intents, String oosLabel,
                                     FallbackPolicy policy) {
        Map<String, Integer> intentIndex = new HashMap<>();
        for (int i = 0; i < intents.size(); i++) {
            intentIndex.put(intents.get(i), i);
        }
        int[] support = new int[intents.size()];
        int[] predicted = new int[intents.size()];
        int[] truePositives = new int[intents.size()];
        Map<ConfusionKey, Integer> confusion = new HashMap<>();
        List<AssistantRunRecord.PredictionRow> predictions = new ArrayList<>(scored.size());
        int inScope = 0;
        int correct = 0;
        int wrong = 0;
        int handedOver = 0;
        int oosHandedOver = 0;
        for (ScoredQuestion question : scored) {
            String expected = question.expected();
            boolean outOfScope = expected.equals(oosLabel);
            Integer expectedIndex = intentIndex.get(expected);
            if (!outOfScope) {
                inScope++;
                if (expectedIndex != null) {
                    support[expectedIndex]++;
                }
            }
            HandOverReason reason = policy.decide(question.ranked(), oosLabel);
            String outcome;
            if (reason != null) {
                handedOver++;
                if (outOfScope) {
                    oosHandedOver++;
                    outcome = OOS_HANDED_OVER;
                } else {
                    outcome = HANDED_OVER;
                }
            } else {
                String answered = question.ranked().get(0).intent();
                Integer answeredIndex = intentIndex.get(answered);
                if (answeredIndex != null) {
                    predicted[answeredIndex]++;
                }
                if (!outOfScope && answered.equals(expected)) {
                    correct++;
                    if (answeredIndex != null) {
                        truePositives[answeredIndex]++;
                    }
                    outcome = CORRECT;
                } else {
                    wrong++;
                    confusion.merge(new ConfusionKey(expected, answered), 1, Integer::sum);
                    outcome = WRONG;
                }
            }
            predictions.add(predictionRow(question, outcome));
        }
        int questions = scored.size();
        int outOfScope = questions - inScope;
        AssistantRunRecord.Metrics metrics = new AssistantRunRecord.Metrics(questions, inScope, outOfScope, correct,
                wrong, handedOver, oosHandedOver, ratio(correct + oosHandedOver, questions), ratio(correct, inScope),
                ratio(oosHandedOver, outOfScope));
        List<AssistantRunRecord.IntentRow> intentRows = new ArrayList<>(intents.size());
        for (int i = 0; i < intents.size(); i++) {
            intentRows.add(intentRow(intents.get(i), support[i], predicted[i], truePositives[i]));
        }
        List<AssistantRunRecord.CurvePoint> curve = new ThresholdCurve(scored, oosLabel, policy.margin()).points();
        return new EvaluationResult(policy, oosLabel, intents, scored, metrics, intentRows, confusions(confusion),
                curve, predictions);
    }

    /** One intent's precision, recall and F1 from its counts. */
    static AssistantRunRecord.IntentRow intentRow(String intent, int support, int predicted, int truePositives) {
        double precision = ratio(truePositives, predicted);
        double recall = ratio(truePositives, support);
        double f1;
        if (Double.isNaN(precision) || Double.isNaN(recall)) {
            f1 = Double.NaN;
        } else if (precision + recall == 0) {
            f1 = 0;
        } else {
            f1 = 2 * precision * recall / (precision + recall);
        }
        return new AssistantRunRecord.IntentRow(intent, support, predicted, precision, recall, f1);
    }

    private static List<AssistantRunRecord.ConfusionRow> confusions(Map<ConfusionKey, Integer> counts) {
        List<AssistantRunRecord.ConfusionRow> rows = new ArrayList<>(counts.size());
        counts.forEach((key, count) -> rows.add(new AssistantRunRecord.ConfusionRow(key.expected, key.predicted,
                count)));
        rows.sort(Comparator.comparingInt(AssistantRunRecord.ConfusionRow::count).reversed()
                .thenComparing(AssistantRunRecord.ConfusionRow::expected)
                .thenComparing(AssistantRunRecord.ConfusionRow::predicted));
        return rows;
    }

    private static AssistantRunRecord.PredictionRow predictionRow(ScoredQuestion question, String outcome) {
        List<IntentScore> ranked = question.ranked();
        IntentScore first = ranked.isEmpty() ? null : ranked.get(0);
        IntentScore second = ranked.size() > 1 ? ranked.get(1) : null;
        IntentScore third = ranked.size() > 2 ? ranked.get(2) : null;
        return new AssistantRunRecord.PredictionRow(question.question(), question.expected(),
                first == null ? null : first.intent(), first == null ? 0 : first.confidence(),
                second == null ? null : second.intent(), second == null ? 0 : second.confidence(),
                third == null ? null : third.intent(), third == null ? 0 : third.confidence(), outcome);
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? Double.NaN : numerator / (double) denominator;
    }

    private record ConfusionKey(String expected, String predicted) {
    }
}
