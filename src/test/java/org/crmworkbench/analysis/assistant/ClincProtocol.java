package org.crmworkbench.analysis.assistant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crmworkbench.model.AssistantRunRecord;
import org.crmworkbench.model.KnowledgeEntry;

/**
 * The CLINC150 protocol of Larson et al. (2019) on the shipped assistant, shared by {@link AssistantClincBenchmark} and
 * {@link AssistantClincTest}: questions are scored once by a trained assistant; a threshold is chosen on the scored
 * validation split (out-of-scope questions included) to maximise correct answers + out-of-scope questions handed over
 * - cost x wrong answers, where cost 0 is the paper's rule (accuracy with out of scope as a 151st class) and cost 1 the
 * product's default; the test split is then re-scored under that threshold (margin 0: the paper has no margin).
 */
final class ClincProtocol {
    private ClincProtocol() {
    }

    /** Every row of {@code rows} with the assistant's full ranking of intents, in order (scored in parallel). */
    static List<ScoredQuestion> score(TrainedAssistant assistant, List<KnowledgeEntry> rows) {
        return rows.parallelStream()
                .map(row -> new ScoredQuestion(row.question(), row.intent(), assistant.rank(row.question())))
                .toList();
    }

    /**
     * The threshold that maximises correct + out-of-scope handed over - cost x wrong on {@code validation}: every
     * distinct top confidence is tried (a question is answered when its confidence is at least the threshold), and 0;
     * ties go to the lowest threshold.
     */
    static double chooseThreshold(List<ScoredQuestion> validation, String oosLabel, double cost) {
        List<ScoredQuestion> byConfidence = new ArrayList<>(validation);
        byConfidence.sort(Comparator.comparingDouble(ClincProtocol::confidence));
        // At threshold 0 every question whose closest intent is in scope is answered.
        int correct = 0;
        int wrong = 0;
        int oosHandedOver = 0;
        for (ScoredQuestion q : validation) {
            Outcome o = outcome(q, oosLabel);
            correct += o == Outcome.CORRECT ? 1 : 0;
            wrong += o == Outcome.WRONG ? 1 : 0;
            oosHandedOver += o == Outcome.OOS_HANDED_OVER ? 1 : 0;
        }
        double bestThreshold = 0;
        double best = correct + oosHandedOver - cost * wrong;
        // Raising the threshold just above question i's confidence hands it (and every one tied with it) over.
        int i = 0;
        while (i < byConfidence.size()) {
            double c = confidence(byConfidence.get(i));
            while (i < byConfidence.size() && confidence(byConfidence.get(i)) == c) {
                ScoredQuestion q = byConfidence.get(i);
                Outcome o = outcome(q, oosLabel);
                if (o == Outcome.CORRECT) {
                    correct--;
                } else if (o == Outcome.WRONG) {
                    wrong--;
                    if (q.expected().equals(oosLabel)) {
                        oosHandedOver++;
                    }
                }
                i++;
            }
            double value = correct + oosHandedOver - cost * wrong;
            if (value > best + 1e-9) {
                best = value;
                bestThreshold = i < byConfidence.size()
                        ? (c + confidence(byConfidence.get(i))) / 2 : Math.min(1, c + 1e-6);
            }
        }
        return bestThreshold;
    }

    /** The figures of already scored questions under {@code policy}. */
    static AssistantRunRecord.Metrics metrics(List<ScoredQuestion> scored, TrainedAssistant assistant,
                                              FallbackPolicy policy) {
        return new AssistantEvaluation().evaluate(scored, assistant.knowledge().intents(),
                assistant.knowledge().oosLabel(), policy).metrics();
    }

    private enum Outcome { CORRECT, WRONG, IN_SCOPE_HANDED_OVER, OOS_HANDED_OVER }

    /** What happens to {@code q} at threshold 0, margin 0. */
    private static Outcome outcome(ScoredQuestion q, String oosLabel) {
        boolean oos = q.expected().equals(oosLabel);
        if (q.ranked().isEmpty() || q.ranked().get(0).intent().equals(oosLabel)) {
            return oos ? Outcome.OOS_HANDED_OVER : Outcome.IN_SCOPE_HANDED_OVER;
        }
        return q.ranked().get(0).intent().equals(q.expected()) ? Outcome.CORRECT : Outcome.WRONG;
    }

    /** The confidence a threshold is compared with: the closest intent's (one ranked OOS first is never answered). */
    private static double confidence(ScoredQuestion q) {
        return q.ranked().isEmpty() ? 0 : q.ranked().get(0).confidence();
    }
}
