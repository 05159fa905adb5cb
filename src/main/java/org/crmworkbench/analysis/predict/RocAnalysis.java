package org.crmworkbench.analysis.predict;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The held-out curves of scores against 0/1 outcomes: ROC, precision-recall and cumulative gains, and the threshold
 * with the best F1. Rows are sorted once by descending score and tied scores are always taken together, so the
 * figures equal scikit-learn's {@code roc_auc_score} and {@code average_precision_score}.
 */
public final class RocAnalysis {
    private final double[] sortedScores;
    private final double[] sortedActual;
    /** Index in the sorted order just past each group of tied scores. */
    private final int[] groupEnds;
    private final int positives;

    /**
     * @param actual 0/1 outcomes
     * @param scores scores, higher meaning more likely 1
     */
    public RocAnalysis(double[] actual, double[] scores) {
        if (actual.length != scores.length) {
            throw new IllegalArgumentException("one score per outcome");
        }
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        sortedScores = new double[scores.length];
        sortedActual = new double[scores.length];
        int pos = 0;
        for (int i = 0; i < order.length; i++) {
            sortedScores[i] = scores[order[i]];
            sortedActual[i] = actual[order[i]];
            if (sortedActual[i] == 1) {
                pos++;
            }
        }
        positives = pos;
        int[] ends = new int[scores.length];
        int groups = 0;
        for (int i = 0; i < scores.length; i++) {
            if (i == scores.length - 1 || sortedScores[i + 1] != sortedScores[i]) {
                ends[groups++] = i + 1;
            }
        }
        groupEnds = Arrays.copyOf(ends, groups);
    }

    /** AUC alone (ties count one half); NaN when one class is missing. */
    public static double auc(double[] actual, double[] scores) {
        return new RocAnalysis(actual, scores).roc().auc();
    }

    public int positives() {
        return positives;
    }

    /** The ROC: (0, 0) at +infinity, then one point per distinct score, descending. */
    public RocCurve roc() {
        int n = sortedScores.length;
        int negatives = n - positives;
        double[] fpr = new double[groupEnds.length + 1];
        double[] tpr = new double[groupEnds.length + 1];
        double[] thresholds = new double[groupEnds.length + 1];
        thresholds[0] = Double.POSITIVE_INFINITY;
        double tp = 0;
        double fp = 0;
        double area = 0;
        int start = 0;
        for (int g = 0; g < groupEnds.length; g++) {
            double groupTp = 0;
            for (int i = start; i < groupEnds[g]; i++) {
                groupTp += sortedActual[i];
            }
            double groupFp = groupEnds[g] - start - groupTp;
            area += groupFp * (tp + groupTp / 2);
            tp += groupTp;
            fp += groupFp;
            fpr[g + 1] = negatives == 0 ? Double.NaN : fp / negatives;
            tpr[g + 1] = positives == 0 ? Double.NaN : tp / positives;
            thresholds[g + 1] = sortedScores[start];
            start = groupEnds[g];
        }
        double auc = positives == 0 || negatives == 0 ? Double.NaN : area / ((double) positives * negatives);
        return new RocCurve(fpr, tpr, thresholds, auc);
    }

    /**
     * Precision and recall at each distinct score, descending (recall rising), with the average precision
     * {@code sum (R_k - R_k-1) P_k} over those points.
     */
    public PrecisionRecallCurve precisionRecall() {
        double[] recall = new double[groupEnds.length];
        double[] precision = new double[groupEnds.length];
        double[] thresholds = new double[groupEnds.length];
        double tp = 0;
        double previousRecall = 0;
        double ap = 0;
        int start = 0;
        for (int g = 0; g < groupEnds.length; g++) {
            for (int i = start; i < groupEnds[g]; i++) {
                tp += sortedActual[i];
            }
            recall[g] = positives == 0 ? Double.NaN : tp / positives;
            precision[g] = tp / groupEnds[g];
            thresholds[g] = sortedScores[start];
            ap += (recall[g] - previousRecall) * precision[g];
            previousRecall = recall[g];
            start = groupEnds[g];
        }
        double base = sortedScores.length == 0 ? Double.NaN : (double) positives / sortedScores.length;
        return new PrecisionRecallCurve(recall, precision, thresholds, positives == 0 ? Double.NaN : ap, base);
    }

    /**
     * Cumulative gains at 0, 1%, ..., 100% of the rows by descending score; a group of tied scores cut by a share
     * contributes its positives in proportion to the part of it inside.
     */
    public GainsCurve gains() {
        int n = sortedScores.length;
        double[] share = new double[101];
        double[] gained = new double[101];
        double[] cumulative = new double[groupEnds.length + 1];
        int start = 0;
        for (int g = 0; g < groupEnds.length; g++) {
            double groupTp = 0;
            for (int i = start; i < groupEnds[g]; i++) {
                groupTp += sortedActual[i];
            }
            cumulative[g + 1] = cumulative[g] + groupTp;
            start = groupEnds[g];
        }
        int g = 0;
        for (int s = 0; s <= 100; s++) {
            share[s] = s / 100.0;
            double rows = share[s] * n;
            while (g < groupEnds.length && groupEnds[g] <= rows) {
                g++;
            }
            double reached = cumulative[g];
            if (g < groupEnds.length) {
                int groupStart = g == 0 ? 0 : groupEnds[g - 1];
                double inside = rows - groupStart;
                reached += (cumulative[g + 1] - cumulative[g]) * inside / (groupEnds[g] - groupStart);
            }
            gained[s] = positives == 0 ? Double.NaN : reached / positives;
        }
        return new GainsCurve(share, gained);
    }

    /** The distinct score that, as a threshold (at or above is positive), gives the highest F1; the higher on ties. */
    public double bestF1Threshold() {
        double bestF1 = -1;
        double best = Double.NaN;
        double tp = 0;
        int start = 0;
        for (int end : groupEnds) {
            for (int i = start; i < end; i++) {
                tp += sortedActual[i];
            }
            double f1 = 2 * tp / (end + positives);
            if (f1 > bestF1) {
                bestF1 = f1;
                best = sortedScores[start];
            }
            start = end;
        }
        return best;
    }
}
