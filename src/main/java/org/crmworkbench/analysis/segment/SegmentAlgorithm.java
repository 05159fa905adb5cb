package org.crmworkbench.analysis.segment;

import java.util.Locale;
import org.crmworkbench.work.BadParameterException;

/** The segmentation methods the workbench offers. */
public enum SegmentAlgorithm {
    /** k-means with k-means++ starts and several restarts: k compact, round segments. */
    KMEANS,
    /** DBSCAN: dense groups of any shape, and the rows in no dense region left as noise. */
    DBSCAN,
    /** Gaussian mixture: k elliptical segments, each row in its most probable one. */
    GMM;

    /** {@code kmeans}, {@code dbscan}, {@code gmm}: the command-line and stored name. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the method needs k (DBSCAN finds its own number of segments). */
    public boolean takesK() {
        return this != DBSCAN;
    }

    public static SegmentAlgorithm fromKey(String key) {
        for (SegmentAlgorithm a : values()) {
            if (a.key().equalsIgnoreCase(key.trim())) {
                return a;
            }
        }
        throw new BadParameterException("algo", "segment.error.algorithm",
                "expected kmeans, dbscan or gmm, got " + key, key);
    }
}
