package org.crmworkbench.analysis.segment;

import org.crmworkbench.work.Progress;

/**
 * Density-based clustering (DBSCAN, Ester et al. 1996): a row with at least minPts rows within eps (itself
 * included) is a core row; core rows within eps of each other share a segment, rows within eps of a core row join
 * its segment as border rows, and the rest are {@link Clustering#NOISE}.
 *
 * <p>Labels match scikit-learn's {@code DBSCAN} exactly, numbering included: segments are numbered in the order of
 * their first core row, and a border row reachable from several segments joins the lowest-numbered one (the first
 * to reach it when rows are scanned in order).
 *
 * <p>Neighbours come from a spatial index: a uniform grid with cells of side eps for two or three features (only
 * the {@code 3^d} cells around a row are searched), a kd-tree otherwise. Memory stays linear in the row count: no
 * neighbour list is stored; each row's neighbourhood is counted once (stopping at minPts) and each core row's is
 * listed once more while segments grow.
 */
public final class Dbscan {

    /** Which spatial index answers the neighbour searches. */
    public enum IndexKind {
        /** Grid for two or three features when it fits, kd-tree otherwise. */
        AUTO,
        /** Uniform grid with cells of side eps (two or three features only). */
        GRID,
        /** kd-tree with range search (any number of features). */
        KD_TREE
    }

    private static final int CHECK_EVERY = 256;

    private final DbscanParameters parameters;
    private final IndexKind indexKind;

    public Dbscan(DbscanParameters parameters) {
        this(parameters, IndexKind.AUTO);
    }

    public Dbscan(DbscanParameters parameters, IndexKind indexKind) {
        this.parameters = java.util.Objects.requireNonNull(parameters, "parameters");
        this.indexKind = java.util.Objects.requireNonNull(indexKind, "indexKind");
    }

    public DbscanParameters parameters() {
        return parameters;
    }

    /** The index {@link #fit} will use for data of this shape. */
    public IndexKind indexFor(FeatureMatrix data) {
        if (indexKind != IndexKind.AUTO) {
            return indexKind;
        }
        return GridIndex.fits(data.values(), data.rows(), data.cols(), parameters.eps())
                ? IndexKind.GRID : IndexKind.KD_TREE;
    }

    /** Builds the index this run would use, for callers that reuse it. */
    NeighbourIndex indexOf(FeatureMatrix data) {
        if (indexFor(data) == IndexKind.GRID) {
            if (!GridIndex.fits(data.values(), data.rows(), data.cols(), parameters.eps())) {
                throw new IllegalArgumentException("a grid with cells of side " + parameters.eps()
                        + " does not fit " + data.cols() + " features of this spread");
            }
            return new GridIndex(data.values(), data.rows(), data.cols(), parameters.eps());
        }
        return new KdTree(data.values(), data.rows(), data.cols());
    }

    /**
     * Clusters the rows of {@code data} (usually scaled features).
     *
     * @return labels per row, segment count, centroids (means of the members), 0 iterations and the WCSS of the
     *         members (noise excluded)
     */
    public Clustering fit(FeatureMatrix data, Progress progress) {
        int n = data.rows();
        double eps2 = parameters.eps() * parameters.eps();
        int minPts = parameters.minPts();
        progress.stage("segment.dbscan.stage.index", n);
        progress.checkCancelled();
        NeighbourIndex index = indexOf(data);

        progress.stage("segment.dbscan.stage.core", n);
        boolean[] core = new boolean[n];
        long total = 2L * n;
        for (int i = 0; i < n; i++) {
            if (i % CHECK_EVERY == 0) {
                progress.checkCancelled();
                progress.worked(i, total);
            }
            core[i] = index.countWithin(i, eps2, minPts) >= minPts;
        }

        progress.stage("segment.dbscan.stage.grow");
        int[] labels = new int[n];
        java.util.Arrays.fill(labels, Clustering.NOISE);
        int[] stack = new int[n];
        int[] found = new int[n];
        int clusters = 0;
        long expanded = 0;
        for (int i = 0; i < n; i++) {
            if (!core[i] || labels[i] != Clustering.NOISE) {
                continue;
            }
            int label = clusters++;
            labels[i] = label;
            int sp = 0;
            stack[sp++] = i;
            while (sp > 0) {
                int p = stack[--sp];
                if (++expanded % CHECK_EVERY == 0) {
                    progress.checkCancelled();
                    progress.worked(n + Math.min(expanded, n), total);
                }
                int m = index.within(p, eps2, found);
                for (int t = 0; t < m; t++) {
                    int q = found[t];
                    if (labels[q] == Clustering.NOISE) {
                        labels[q] = label;
                        if (core[q]) {
                            stack[sp++] = q;
                        }
                    }
                }
            }
        }
        progress.worked(total, total);
        double[][] centroids = Clustering.meansOf(data, labels, clusters);
        return new Clustering("dbscan", labels, clusters, centroids, 0, Clustering.wcssOf(data, labels, centroids));
    }
}
