package org.crmworkbench.analysis.segment;

import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.DoubleRange;
import org.crmworkbench.work.IntRange;

/**
 * The two settings of DBSCAN.
 *
 * @param eps     neighbourhood radius in the (scaled) feature space; two rows at distance {@code <= eps} are
 *                neighbours
 * @param minPts  rows a neighbourhood must hold, the row itself included (as scikit-learn's {@code min_samples} and
 *                R's {@code dbscan(minPts=)} count), for its centre to be a core row
 */
public record DbscanParameters(double eps, int minPts) {
    /** Every positive finite distance. */
    public static final DoubleRange EPS = new DoubleRange("eps", Double.MIN_VALUE, Double.MAX_VALUE, 0.05);
    /** At least the row itself. */
    public static final IntRange MIN_PTS = new IntRange("min-pts", 1, Integer.MAX_VALUE);

    public DbscanParameters {
        requireEps(eps);
        if (!MIN_PTS.contains(minPts)) {
            throw new BadParameterException(MIN_PTS.parameter(), "segment.density.bad.minPts",
                    "min-pts must be at least 1 (the row itself counts), not " + minPts, minPts);
        }
    }

    /** {@code eps} when it lies in {@link #EPS}; otherwise a {@link BadParameterException} on {@code eps}. */
    public static double requireEps(double eps) {
        if (!EPS.contains(eps)) {
            throw new BadParameterException(EPS.parameter(), "segment.density.bad.eps",
                    "eps must be a positive finite distance, not " + eps, eps);
        }
        return eps;
    }
}
