package org.crmworkbench.analysis.assistant;

import java.util.ArrayList;
import java.util.List;

/**
 * The threshold and margin chosen on held-out questions: among thresholds 0, 0.01 ... 1 and margins 0, 0.02 ... 0.30
 * (or the one margin given), the pair that maximises correct answers + out-of-scope questions handed over
 * - cost x wrong answers (an answered out-of-scope question is a wrong answer); ties go to the lower threshold, then
 * the lower margin.
 */
final class FallbackChoice {
    /** Margins tried: {@code j * 0.02} for j = 0 ... MARGIN_STEPS. */
    static final int MARGIN_STEPS = 15;

    private FallbackChoice() {
    }

    /**
     * @param margin the margin to keep, or NaN to choose it too
     * @param cost   what a wrong answer costs against a correct one
     */
    static FallbackPolicy choose(List<ScoredQuestion> heldOut, String oosLabel, double margin, double cost) {
        List<Double> margins = new ArrayList<>();
        if (Double.isNaN(margin)) {
            for (int j = 0; j <= MARGIN_STEPS; j++) {
                margins.add(j * 2 / 100.0);
            }
        } else {
            margins.add(margin);
        }
        List<ThresholdCurve> curves = new ArrayList<>();
        for (double m : margins) {
            curves.add(new ThresholdCurve(heldOut, oosLabel, m));
        }
        double best = Double.NEGATIVE_INFINITY;
        int bestK = 0;
        int bestMargin = 0;
        for (int k = 0; k <= ThresholdCurve.STEPS; k++) {
            for (int j = 0; j < curves.size(); j++) {
                ThresholdCurve curve = curves.get(j);
                double value = curve.correct(k) + curve.outOfScopeHandedOver(k) - cost * curve.wrong(k);
                if (value > best + 1e-9) {
                    best = value;
                    bestK = k;
                    bestMargin = j;
                }
            }
        }
        return new FallbackPolicy(ThresholdCurve.threshold(bestK), margins.get(bestMargin));
    }
}
