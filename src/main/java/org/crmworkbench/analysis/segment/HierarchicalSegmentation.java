package org.crmworkbench.analysis.segment;

import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;
import smile.clustering.HierarchicalClustering;
import smile.clustering.linkage.WardLinkage;

/**
 * Agglomerative segmentation with Ward linkage (each merge adds the least to the within-segment sum of squares),
 * cut at k segments; done by Smile's {@code HierarchicalClustering} (pure Java). It keeps the full proximity matrix,
 * {@code n(n-1)/2} floats, so it refuses more than {@value #MAX_ROWS} rows. Segments are numbered in order of their
 * first row. Cancelling takes effect before and after the merging, not during it (Smile offers no hook).
 */
public final class HierarchicalSegmentation {
    /** Largest row count accepted (about 50 MB of proximities). */
    public static final int MAX_ROWS = 5_000;

    private final int k;

    public HierarchicalSegmentation(int k) {
        if (k < 1) {
            throw new BadParameterException("k", "segment.hierarchical.bad.k",
                    "the number of segments must be between 1 and the row count, not " + k, k);
        }
        this.k = k;
    }

    public int k() {
        return k;
    }

    public Clustering fit(FeatureMatrix data, Progress progress) {
        int n = data.rows();
        if (n > MAX_ROWS) {
            throw new BadParameterException("rows", "segment.hierarchical.tooManyRows",
                    "hierarchical segmentation handles at most " + MAX_ROWS + " rows; this data has " + n, n,
                    MAX_ROWS);
        }
        if (k > n) {
            throw new BadParameterException("k", "segment.hierarchical.bad.k",
                    "the number of segments must be between 1 and the row count, not " + k, k);
        }
        progress.stage("segment.hierarchical.stage", n);
        progress.checkCancelled();
        int[] labels;
        if (n == 1) {
            labels = new int[] {0};
        } else {
            HierarchicalClustering tree = HierarchicalClustering.fit(WardLinkage.of(data.toRows()));
            progress.checkCancelled();
            labels = tree.partition(k);
        }
        int[] renumber = new int[n + k + 1];
        java.util.Arrays.fill(renumber, -1);
        int segments = 0;
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int raw = labels[i];
            if (renumber[raw] < 0) {
                renumber[raw] = segments++;
            }
            out[i] = renumber[raw];
        }
        double[][] centroids = Clustering.meansOf(data, out, segments);
        progress.worked(1, 1);
        return new Clustering("ward", out, segments, centroids, 0, Clustering.wcssOf(data, out, centroids));
    }
}
