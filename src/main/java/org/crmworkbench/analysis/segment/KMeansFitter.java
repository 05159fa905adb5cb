package org.crmworkbench.analysis.segment;

import org.crmworkbench.work.Progress;

/**
 * What fits k-means: {@link KMeans} in this process, or another engine's k-means giving the same kind of result
 * (labels in row order, centres, iterations, within-cluster sum of squares).
 */
public interface KMeansFitter {

    /**
     * Segments {@code data} into {@code parameters.k()} groups, keeping the best of {@code parameters.restarts()}
     * seeded starts.
     *
     * @throws org.crmworkbench.work.BadParameterException  on {@code k} when the data has fewer rows than segments
     * @throws org.crmworkbench.work.CancelledException when the progress is cancelled
     */
    Clustering fit(FeatureMatrix data, KMeansParameters parameters, Progress progress);
}
