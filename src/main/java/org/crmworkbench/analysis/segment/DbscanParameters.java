package org.crmworkbench.analysis.segment;

import org.crmworkbench.work.BadParameterException;

/**
 * The two settings of DBSCAN.
 *
 * @param eps     neighbourhood radius in the (scaled) feature space; two rows at distance {@code <= eps} are
 *                neighbours
 * @param minPts  rows a neighbourhood must hold, the row itself included (as scikit-learn's {@code min_samples} and
 *                R's {@code dbscan(minPts=)} count), for its centre to be a core row
 */
public record DbscanParameters(double eps, int minPts) {

    public DbscanParameters {
        if (!(eps > 0) || Double.isInfinite(eps)) {
            throw new BadParameterException("eps", "segment.density.bad.eps",
                    "eps must be a positive finite distance, not " + eps, eps);
        }
        if (minPts < 1) {
            throw new BadParameterException("min-pts", "segment.density.bad.minPts",
                    "min-pts must be at least 1 (the row itself counts), not " + minPts, minPts);
        }
    }
}
