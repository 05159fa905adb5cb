package org.crmworkbench.analysis.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Describes each segment against everyone: size, shares of customers and revenue, medians, and the features on
 * which it differs most from the average customer (the standardised mean difference, Cohen's d against the overall
 * spread).
 */
public final class SegmentProfiler {
    /** Differences smaller than this many standard deviations are not called a trait. */
    public static final double TRAIT_THRESHOLD = 0.3;
    /** At most this many traits per segment. */
    public static final int MAX_TRAITS = 3;

    private final FeatureMatrix original;
    private final double[] revenue;

    /**
     * @param original features in their own units (see {@link PreparedFeatures#original()})
     * @param revenue  revenue per row for the revenue share, or null when the data has none
     */
    public SegmentProfiler(FeatureMatrix original, double[] revenue) {
        this.original = Objects.requireNonNull(original, "original");
        if (revenue != null && revenue.length != original.rows()) {
            throw new IllegalArgumentException(revenue.length + " revenues for " + original.rows() + " rows");
        }
        this.revenue = revenue;
    }

    /** One profile per segment in segment order, then one for noise if any row is noise. */
    public List<SegmentProfile> profile(Clustering clustering) {
        int[] labels = clustering.labels();
        if (labels.length != original.rows()) {
            throw new IllegalArgumentException(labels.length + " labels for " + original.rows() + " rows");
        }
        int n = original.rows();
        int d = original.cols();
        double[] overallMean = new double[d];
        double[] overallSd = new double[d];
        double[] overallMedian = new double[d];
        for (int j = 0; j < d; j++) {
            double[] c = original.column(j);
            overallMean[j] = FeaturePreparation.mean(c);
            overallSd[j] = FeaturePreparation.standardDeviation(c, overallMean[j]);
            overallMedian[j] = Quantiles.of(c).median();
        }
        double totalRevenue = 0;
        if (revenue != null) {
            for (double r : revenue) {
                totalRevenue += Double.isNaN(r) ? 0 : r;
            }
        }
        List<SegmentProfile> profiles = new ArrayList<>();
        int segments = clustering.clusterCount();
        boolean anyNoise = clustering.noiseCount() > 0;
        for (int s = anyNoise ? -1 : 0; s < segments; s++) {
            int segment = s;
            int size = 0;
            double segmentRevenue = 0;
            for (int i = 0; i < n; i++) {
                if (labels[i] == segment) {
                    size++;
                    if (revenue != null && !Double.isNaN(revenue[i])) {
                        segmentRevenue += revenue[i];
                    }
                }
            }
            double[] medians = new double[d];
            double[] effects = new double[d];
            List<SegmentTrait> traits = new ArrayList<>();
            double[] member = new double[size];
            for (int j = 0; j < d; j++) {
                int m = 0;
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    if (labels[i] == segment) {
                        double v = original.get(i, j);
                        member[m++] = v;
                        sum += v;
                    }
                }
                medians[j] = size == 0 ? Double.NaN : Quantiles.of(member).median();
                double mean = size == 0 ? Double.NaN : sum / size;
                effects[j] = overallSd[j] > 0 && size > 0 ? (mean - overallMean[j]) / overallSd[j] : 0;
                if (Math.abs(effects[j]) >= TRAIT_THRESHOLD) {
                    traits.add(new SegmentTrait(original.names().get(j), effects[j] > 0, Math.abs(effects[j]),
                            medians[j], overallMedian[j]));
                }
            }
            traits.sort(Comparator.comparingDouble(SegmentTrait::effect).reversed());
            if (traits.size() > MAX_TRAITS) {
                traits = traits.subList(0, MAX_TRAITS);
            }
            double revenueShare = revenue == null ? Double.NaN
                    : totalRevenue > 0 ? segmentRevenue / totalRevenue : 0;
            profiles.add(new SegmentProfile(segment, size, n == 0 ? 0 : (double) size / n, revenueShare,
                    original.names(), medians, effects, traits));
        }
        if (anyNoise) {
            profiles.add(profiles.remove(0));
        }
        return profiles;
    }
}
