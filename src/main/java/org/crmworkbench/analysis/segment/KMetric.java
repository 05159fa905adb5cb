package org.crmworkbench.analysis.segment;

/** A rule for choosing the number of segments from a sweep over k. */
public enum KMetric {
    /** The knee of the within-cluster sum of squares curve: the k farthest below the chord from first to last k. */
    ELBOW,
    /** The k of the highest mean silhouette width. */
    SILHOUETTE,
    /** The k of the lowest Davies-Bouldin index. */
    DAVIES_BOULDIN,
    /** The k of the highest Calinski-Harabasz index. */
    CALINSKI_HARABASZ,
    /** The most stable k among those with good stability (see {@link KChoice#GOOD_STABILITY}). */
    STABILITY;

    /** Resource-bundle key of the metric's name. */
    public String messageKey() {
        return "segment.metric." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
