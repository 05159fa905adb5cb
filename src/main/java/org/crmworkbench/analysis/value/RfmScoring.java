package org.crmworkbench.analysis.value;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * RFM scores and segments. The measures: recency = days from the last purchase to the calibration end, frequency =
 * purchase days up to it (x + 1), monetary = everything spent up to it.
 *
 * <p><b>Bins.</b> A measure with cut points c<sub>1</sub> &le; ... &le; c<sub>k-1</sub> (k = bins) falls in bin j when
 * c<sub>j-1</sub> &lt; value &le; c<sub>j</sub> (bin 1 takes everything up to c<sub>1</sub>, bin k everything above
 * c<sub>k-1</sub>). F and M scores are the bin; the R score is k + 1 - bin, so fewer days score higher. The analyst's
 * cut points ({@link RfmSettings}) are used as given; otherwise c<sub>j</sub> is the lower empirical quantile at j/k:
 * the ⌈j n / k⌉-th smallest value of the n customers. Since bins are ranges of values, customers with equal values
 * always get equal scores. When many customers share a value, quantile cuts coincide and the bins between them stay
 * empty: the scores skip those numbers rather than being renumbered, so a score still says where in the
 * distribution a customer lies (with 60% one-time buyers and quintiles, the one-time buyers score F = 1 and the
 * next frequency scores F = 4). When every customer has the same value, all cuts equal it and everyone scores 1 on
 * F or M, and 5 (k) on R.
 *
 * <p><b>Segments</b> ({@link #rules}): the first rule met names the segment. On five bins, with FM = (F + M) / 2:
 * champions R 4-5 and FM 4-5; loyal R 3-5 and FM 3-5; new R 4-5 and FM 1-1.5; potential R 3-5 (any FM left);
 * can't lose R 1-2 and FM 4-5; at risk R 1-2 and FM 3-5; hibernating R 2 (any FM left); lost everything else. For
 * k bins the rules cut the score ranges at the same places: an R range a-b of the five bins covers the R scores of
 * k bins whose centres lie in its part of the range (r with 0.5 + (a - 1) k / 5 &le; r &lt; 0.5 + b k / 5; with
 * fewer than five bins a narrow range such as hibernating's can be empty), and an FM bound t becomes
 * 1 + (t - 1)(k - 1) / 4.
 */
public final class RfmScoring {
    private final RfmSettings settings;

    public RfmScoring(RfmSettings settings) {
        this.settings = settings;
    }

    /** The segment rules for {@code bins} bins, in the order they are applied. */
    public static List<RfmRule> rules(int bins) {
        List<RfmRule> rules = new ArrayList<>();
        rules.add(rule(bins, RfmSegment.CHAMPIONS, 4, 5, 4, 5));
        rules.add(rule(bins, RfmSegment.LOYAL, 3, 5, 3, 5));
        rules.add(rule(bins, RfmSegment.NEW, 4, 5, 1, 1.5));
        rules.add(rule(bins, RfmSegment.POTENTIAL, 3, 5, 1, 5));
        rules.add(rule(bins, RfmSegment.CANT_LOSE, 1, 2, 4, 5));
        rules.add(rule(bins, RfmSegment.AT_RISK, 1, 2, 3, 5));
        rules.add(rule(bins, RfmSegment.HIBERNATING, 2, 2, 1, 5));
        rules.add(rule(bins, RfmSegment.LOST, 1, 5, 1, 5));
        return List.copyOf(rules);
    }

    /** The rules of these settings' bins. */
    public List<RfmRule> rules() {
        return rules(settings.bins());
    }

    /** The segment of scores {@code r}, {@code f}, {@code m} on {@code bins} bins. */
    public static RfmSegment segment(int bins, int r, int f, int m) {
        return firstMatch(rules(bins), r, (f + m) / 2.0);
    }

    /** Scores every customer of {@code summaries}, in their order. */
    public RfmTable score(CustomerSummaries summaries) {
        int n = summaries.size();
        double[] recency = new double[n];
        double[] frequency = new double[n];
        double[] monetary = new double[n];
        for (int i = 0; i < n; i++) {
            CustomerSummary summary = summaries.customers().get(i);
            recency[i] = ChronoUnit.DAYS.between(summary.lastPurchase(), summaries.calibrationEnd());
            frequency[i] = summary.frequency() + 1;
            monetary[i] = summary.calibrationSpend();
        }
        int bins = settings.bins();
        double[] recencyCuts = cuts(settings.recencyCuts(), recency, bins);
        double[] frequencyCuts = cuts(settings.frequencyCuts(), frequency, bins);
        double[] monetaryCuts = cuts(settings.monetaryCuts(), monetary, bins);
        List<RfmRule> rules = rules();
        List<RfmScore> scores = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int r = bins + 1 - bin(recency[i], recencyCuts);
            int f = bin(frequency[i], frequencyCuts);
            int m = bin(monetary[i], monetaryCuts);
            scores.add(new RfmScore(r, f, m, firstMatch(rules, r, (f + m) / 2.0)));
        }
        return new RfmTable(scores, recencyCuts, frequencyCuts, monetaryCuts, bins);
    }

    /**
     * The bins - 1 lower empirical quantiles at 1/bins, 2/bins, ...: cut j is the ⌈j n / bins⌉-th smallest value.
     * Empty values give zeros.
     */
    public static double[] quantileCuts(double[] values, int bins) {
        double[] cuts = new double[bins - 1];
        if (values.length == 0) {
            return cuts;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        for (int j = 1; j < bins; j++) {
            long rank = ((long) j * n + bins - 1) / bins;
            cuts[j - 1] = sorted[(int) Math.max(0, rank - 1)];
        }
        return cuts;
    }

    /** The bin 1..cuts.length + 1 of {@code value}: 1 + the number of cuts below it. */
    public static int bin(double value, double[] cuts) {
        int bin = 1;
        for (double cut : cuts) {
            if (value > cut) {
                bin++;
            }
        }
        return bin;
    }

    private static double[] cuts(double[] given, double[] values, int bins) {
        return given != null ? given : quantileCuts(values, bins);
    }

    private static RfmSegment firstMatch(List<RfmRule> rules, int r, double fm) {
        for (RfmRule rule : rules) {
            if (rule.matches(r, fm)) {
                return rule.segment();
            }
        }
        return RfmSegment.LOST;
    }

    private static RfmRule rule(int bins, RfmSegment segment, int rMin, int rMax, double fmMin, double fmMax) {
        double lower = 0.5 + (rMin - 1) * bins / 5.0;
        double upper = 0.5 + rMax * bins / 5.0;
        return new RfmRule(segment, Math.ceil(lower - 1e-9), Math.ceil(upper - 1e-9) - 1, scale(fmMin, bins),
                scale(fmMax, bins));
    }

    private static double scale(double onFive, int bins) {
        return 1 + (onFive - 1) * (bins - 1) / 4.0;
    }
}
