package org.crmworkbench.workflow;

import java.util.List;
import java.util.Objects;
import org.crmworkbench.analysis.segment.DbscanParameters;
import org.crmworkbench.analysis.segment.KMeansParameters;
import org.crmworkbench.analysis.segment.OutlierRules;
import org.crmworkbench.analysis.segment.Scaling;
import org.crmworkbench.analysis.segment.SegmentAlgorithm;
import org.crmworkbench.analysis.segment.SegmentationSettings;
import org.crmworkbench.work.BadParameterException;

/**
 * What a segmentation is asked to do: which features, how they are scaled, the method and its parameters, the
 * outlier rules. The constructor checks k (against {@link KMeansParameters#K}), eps and the outlier rules; restarts
 * and min-pts are checked by the method's own parameters when it runs. The parameters' ranges are the constants of
 * {@link KMeansParameters}, {@link DbscanParameters} and {@link OutlierRules}.
 *
 * @param features      the features to segment on; empty for the source's default features
 * @param scaling       how the features are scaled
 * @param algorithm     the method
 * @param kFrom         the smallest k (k-means, GMM); with {@code kTo} above it, k-means scores every k in between and
 *                      uses the one the metrics suggest; 0 for DBSCAN
 * @param kTo           the largest k, {@code kFrom} for one k; 0 for DBSCAN
 * @param eps           DBSCAN's radius, or null to take the knee of the k-distance curve
 * @param minPts        DBSCAN's neighbourhood size
 * @param restarts      k-means restarts
 * @param seed          seed of every random choice
 * @param zThreshold    z-score outlier rule
 * @param iqrMultiplier IQR outlier rule
 */
public record SegmentRequest(List<String> features, Scaling scaling, SegmentAlgorithm algorithm, int kFrom, int kTo,
                             Double eps, int minPts, int restarts, long seed, double zThreshold,
                             double iqrMultiplier) {
    /** Resamples per k of the stability score. */
    public static final int STABILITY_RESAMPLES = 5;
    /** Rows the silhouettes of a k sweep are computed on. */
    public static final int SWEEP_SILHOUETTE_SAMPLE = 10_000;

    public SegmentRequest {
        features = features == null ? List.of() : features.stream().map(String::trim).toList();
        Objects.requireNonNull(scaling, "scaling");
        Objects.requireNonNull(algorithm, "algorithm");
        if (algorithm.takesK()) {
            KMeansParameters.requireK(kFrom);
            if (kTo < kFrom) {
                throw new BadParameterException(KMeansParameters.K.parameter(), "segment.sweep.kMax.belowKMin",
                        "the largest k (" + kTo + ") must not be below the smallest (" + kFrom + ")", kFrom, kTo);
            }
            if (algorithm != SegmentAlgorithm.KMEANS && kTo != kFrom) {
                throw new IllegalArgumentException(algorithm.key() + " takes one k; a range is scored with k-means");
            }
        } else {
            if (eps != null) {
                DbscanParameters.requireEps(eps);
            }
            kFrom = 0;
            kTo = 0;
        }
        new OutlierRules(zThreshold, iqrMultiplier);
    }

    /** True when no features were chosen and the source's defaults are used. */
    public boolean defaultFeatures() {
        return features.isEmpty();
    }

    /** True for a k-means run over a range of k. */
    public boolean sweepsK() {
        return kTo != kFrom;
    }

    public OutlierRules outlierRules() {
        return new OutlierRules(zThreshold, iqrMultiplier);
    }

    /** The settings of one run with {@code k} segments (k-means, GMM). */
    SegmentationSettings withK(int k) {
        return new SegmentationSettings(algorithm, k, 0, 0, restarts, seed);
    }

    /** Throws {@link BadParameterException} on {@code k} when the largest k asked for exceeds {@code rows}. */
    void requireFits(int rows) {
        if (algorithm.takesK()) {
            KMeansParameters.requireFits(KMeansParameters.K.parameter(), kTo, rows);
        }
    }
}
