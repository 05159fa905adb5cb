package org.crmworkbench.analysis.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.crmworkbench.analysis.segment.OutlierFlag.OutlierRule;
import org.crmworkbench.work.Progress;

/**
 * Flags unusual values one feature at a time, on the features' own (unscaled) values:
 * <ul>
 *   <li>z-score rule: {@code |x - mean| / sd > zThreshold}, with the sample standard deviation ({@code n - 1}, as
 *       R's {@code sd}); score {@code |z|}; skipped for a constant feature;</li>
 *   <li>IQR rule: x below {@code Q1 - m·IQR} or above {@code Q3 + m·IQR}, quartiles by linear interpolation between
 *       order statistics (R's type 7, numpy's default); score = distance beyond the fence in IQRs; skipped when
 *       the IQR is 0 (the middle half is one value, so there is no spread to measure against).</li>
 * </ul>
 * A value may be flagged by both rules, and a row on several features.
 */
public final class OutlierFinder {
    private final OutlierRules rules;

    public OutlierFinder(OutlierRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public OutlierRules rules() {
        return rules;
    }

    public Outliers find(FeatureMatrix data, Progress progress) {
        int n = data.rows();
        int d = data.cols();
        List<OutlierFlag> flags = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            progress.checkCancelled();
            progress.worked(j, d);
            if (n < 2) {
                break;
            }
            String name = data.names().get(j);
            double[] x = data.column(j);
            double mean = 0;
            for (double value : x) {
                mean += value;
            }
            mean /= n;
            double ss = 0;
            for (double value : x) {
                ss += (value - mean) * (value - mean);
            }
            double sd = Math.sqrt(ss / (n - 1));
            if (sd > 0) {
                double lo = mean - rules.zThreshold() * sd;
                double hi = mean + rules.zThreshold() * sd;
                for (int i = 0; i < n; i++) {
                    double z = Math.abs(x[i] - mean) / sd;
                    if (z > rules.zThreshold()) {
                        flags.add(new OutlierFlag(i, name, x[i], OutlierRule.Z_SCORE, z, lo, hi));
                    }
                }
            }
            Quantiles quartiles = Quantiles.of(x);
            double q1 = quartiles.at(0.25);
            double q3 = quartiles.at(0.75);
            double iqr = q3 - q1;
            if (iqr > 0) {
                double lo = q1 - rules.iqrMultiplier() * iqr;
                double hi = q3 + rules.iqrMultiplier() * iqr;
                for (int i = 0; i < n; i++) {
                    if (x[i] < lo || x[i] > hi) {
                        double beyond = x[i] < lo ? lo - x[i] : x[i] - hi;
                        flags.add(new OutlierFlag(i, name, x[i], OutlierRule.IQR, beyond / iqr, lo, hi));
                    }
                }
            }
        }
        progress.worked(d, d);
        flags.sort(Comparator.comparingDouble(OutlierFlag::score).reversed()
                .thenComparingInt(OutlierFlag::row)
                .thenComparing(OutlierFlag::feature)
                .thenComparing(OutlierFlag::rule));
        return new Outliers(flags);
    }
}
