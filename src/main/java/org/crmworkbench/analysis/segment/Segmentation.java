package org.crmworkbench.analysis.segment;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.crmworkbench.work.Progress;

/**
 * Segments one set of prepared features, as often as the analyst asks with different settings: the work that does
 * not depend on the settings (the projection, the outliers) is done once and shared. Safe to use from several
 * threads; each run is independent.
 */
public final class Segmentation {
    private final PreparedFeatures features;
    private final double[] revenue;
    private final OutlierRules outlierRules;
    private final KMeansFitter kMeans;
    private final int silhouetteExactLimit;
    private final int silhouetteSample;
    private Projection projection;
    private Outliers outliers;

    /**
     * @param features     the features to segment
     * @param revenue      revenue per row for revenue shares, or null
     * @param outlierRules thresholds of the outlier rules
     */
    public Segmentation(PreparedFeatures features, double[] revenue, OutlierRules outlierRules) {
        this(features, revenue, outlierRules, ClusterQuality.DEFAULT_EXACT_LIMIT, ClusterQuality.DEFAULT_SAMPLE_SIZE);
    }

    /**
     * @param silhouetteExactLimit the silhouette is exact up to this many rows
     * @param silhouetteSample     and computed on a seeded sample of this many rows beyond
     */
    public Segmentation(PreparedFeatures features, double[] revenue, OutlierRules outlierRules,
                        int silhouetteExactLimit, int silhouetteSample) {
        this(features, revenue, outlierRules, silhouetteExactLimit, silhouetteSample, new KMeans());
    }

    /**
     * @param kMeans what fits k-means (this process's {@link KMeans}, or another engine's)
     */
    public Segmentation(PreparedFeatures features, double[] revenue, OutlierRules outlierRules,
                        int silhouetteExactLimit, int silhouetteSample, KMeansFitter kMeans) {
        this.silhouetteExactLimit = silhouetteExactLimit;
        this.silhouetteSample = silhouetteSample;
        this.features = Objects.requireNonNull(features, "features");
        this.revenue = revenue;
        this.outlierRules = Objects.requireNonNull(outlierRules, "outlierRules");
        this.kMeans = java.util.Objects.requireNonNull(kMeans, "kMeans");
    }

    public PreparedFeatures features() {
        return features;
    }

    /** Runs the method of {@code settings} and describes its segments. */
    public SegmentationResult run(SegmentationSettings settings, Progress progress) {
        FeatureMatrix data = features.scaled();
        settings.requireFits(data.rows());
        progress.stage("segment.stage.cluster", settings.algorithm().key());
        Clustering clustering = switch (settings.algorithm()) {
            case KMEANS -> kMeans.fit(data, new KMeansParameters(settings.k(), settings.restarts(),
                    KMeansParameters.DEFAULT_MAX_ITERATIONS, KMeansParameters.DEFAULT_TOLERANCE, settings.seed()),
                    progress);
            case DBSCAN -> new Dbscan(new DbscanParameters(settings.eps(), settings.minPts())).fit(data, progress);
            case GMM -> new GaussianMixtureClustering(settings.k(), settings.seed()).fit(data, progress);
        };
        return describe(settings, clustering, progress);
    }

    /**
     * Describes segments found before (a saved run's labels, in row order), without clustering again.
     */
    public SegmentationResult describe(SegmentationSettings settings, int[] labels, Progress progress) {
        FeatureMatrix data = features.scaled();
        if (labels.length != data.rows()) {
            throw new IllegalArgumentException(labels.length + " labels for " + data.rows() + " rows");
        }
        int count = Arrays.stream(labels).max().orElse(-1) + 1;
        double[][] centres = Clustering.meansOf(data, labels, count);
        return describe(settings, new Clustering(settings.algorithm().key(), labels.clone(), count, centres, 0,
                Clustering.wcssOf(data, labels, centres)), progress);
    }

    private SegmentationResult describe(SegmentationSettings settings, Clustering clustering, Progress progress) {
        FeatureMatrix data = features.scaled();
        progress.checkCancelled();
        progress.stage("segment.stage.quality");
        QualityScores quality = new ClusterQuality(silhouetteExactLimit, silhouetteSample, settings.seed())
                .score(data, clustering, progress);
        progress.checkCancelled();
        List<SegmentProfile> profiles = new SegmentProfiler(features.original(), revenue).profile(clustering);
        return new SegmentationResult(settings, features, clustering, quality, projection(progress), profiles,
                outliers(progress));
    }

    /** The rows on the plane of the first two principal components (computed once). */
    public synchronized Projection projection(Progress progress) {
        if (projection == null) {
            progress.stage("segment.stage.projection");
            projection = PcaProjection.fit(features.scaled(), progress);
        }
        return projection;
    }

    /** Rows with unusual values, judged on the features in their own units (computed once). */
    public synchronized Outliers outliers(Progress progress) {
        if (outliers == null) {
            outliers = new OutlierFinder(outlierRules).find(measuredColumns(features.original()), progress);
        }
        return outliers;
    }

    /** The columns that are measurements: one-hot 0/1 columns would make every rare category an outlier. */
    private static FeatureMatrix measuredColumns(FeatureMatrix original) {
        List<Integer> keep = new java.util.ArrayList<>();
        for (int j = 0; j < original.cols(); j++) {
            if (!original.names().get(j).contains(FeaturePreparation.ONE_HOT)) {
                keep.add(j);
            }
        }
        if (keep.size() == original.cols()) {
            return original;
        }
        if (keep.isEmpty()) {
            return new FeatureMatrix(new double[original.rows()], original.rows(), List.of("-"));
        }
        int n = original.rows();
        double[] values = new double[n * keep.size()];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < keep.size(); c++) {
                values[i * keep.size() + c] = original.get(i, keep.get(c));
            }
        }
        return new FeatureMatrix(values, n, keep.stream().map(original.names()::get).toList());
    }
}
