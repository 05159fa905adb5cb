package org.crmworkbench.analysis.assistant;

import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.model.AssistantRunRecord;

/**
 * What labelled questions come to at every threshold 0, 0.01 ... 1 under one margin, counted in one pass: a question is
 * answered at threshold {@code t} exactly when {@link FallbackPolicy#decide} answers it under
 * {@code FallbackPolicy(t, margin)}, so each question is answered up to its last threshold and handed over above it.
 */
final class ThresholdCurve {
    /** Thresholds are {@code k / STEPS} for k = 0 ... STEPS. */
    static final int STEPS = 100;

    private final int questions;
    private final int outOfScope;
    private final int[] correct = new int[STEPS + 1];
    private final int[] wrongInScope = new int[STEPS + 1];
    private final int[] wrongOutOfScope = new int[STEPS + 1];

    ThresholdCurve(List<ScoredQuestion> scored, String oosLabel, double margin) {
        int[] lastCorrect = new int[STEPS + 1];
        int[] lastWrongIn = new int[STEPS + 1];
        int[] lastWrongOut = new int[STEPS + 1];
        int oos = 0;
        for (ScoredQuestion question : scored) {
            boolean outOfScopeQuestion = question.expected().equals(oosLabel);
            if (outOfScopeQuestion) {
                oos++;
            }
            List<IntentScore> ranked = question.ranked();
            if (ranked.isEmpty() || ranked.get(0).intent().equals(oosLabel)) {
                continue;
            }
            IntentScore top = ranked.get(0);
            double second = ranked.size() > 1 ? ranked.get(1).confidence() : 0;
            if (top.confidence() - second < margin) {
                continue;
            }
            int last = lastThreshold(top.confidence());
            if (last < 0) {
                continue;
            }
            if (outOfScopeQuestion) {
                lastWrongOut[last]++;
            } else if (top.intent().equals(question.expected())) {
                lastCorrect[last]++;
            } else {
                lastWrongIn[last]++;
            }
        }
        this.questions = scored.size();
        this.outOfScope = oos;
        int c = 0;
        int wi = 0;
        int wo = 0;
        for (int k = STEPS; k >= 0; k--) {
            c += lastCorrect[k];
            wi += lastWrongIn[k];
            wo += lastWrongOut[k];
            correct[k] = c;
            wrongInScope[k] = wi;
            wrongOutOfScope[k] = wo;
        }
    }

    /** The threshold of step {@code k}. */
    static double threshold(int k) {
        return k / (double) STEPS;
    }

    /** The last step whose threshold {@code confidence} reaches (-1 when none: a negative or NaN confidence). */
    static int lastThreshold(double confidence) {
        if (!(confidence >= 0)) {
            return -1;
        }
        int k = (int) Math.min(STEPS, Math.floor(confidence * STEPS));
        while (k < STEPS && threshold(k + 1) <= confidence) {
            k++;
        }
        while (k >= 0 && threshold(k) > confidence) {
            k--;
        }
        return k;
    }

    int correct(int k) {
        return correct[k];
    }

    /** In-scope questions answered with another intent plus out-of-scope questions answered. */
    int wrong(int k) {
        return wrongInScope[k] + wrongOutOfScope[k];
    }

    int handedOver(int k) {
        return questions - correct[k] - wrong(k);
    }

    int outOfScopeHandedOver(int k) {
        return outOfScope - wrongOutOfScope[k];
    }

    /** The points at thresholds 0, 0.01 ... 1. */
    List<AssistantRunRecord.CurvePoint> points() {
        List<AssistantRunRecord.CurvePoint> points = new ArrayList<>(STEPS + 1);
        for (int k = 0; k <= STEPS; k++) {
            points.add(new AssistantRunRecord.CurvePoint(threshold(k), correct(k), wrong(k), handedOver(k)));
        }
        return points;
    }
}
