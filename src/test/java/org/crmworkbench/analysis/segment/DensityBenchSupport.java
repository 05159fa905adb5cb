package org.crmworkbench.analysis.segment;

/** Figures the density benchmark reports that the public API does not expose (test code only). */
public final class DensityBenchSupport {
    private DensityBenchSupport() {
    }

    /** Bytes of the spatial index a DBSCAN run builds for this data. */
    public static long indexBytes(Dbscan dbscan, FeatureMatrix data) {
        return dbscan.indexOf(data).bytes();
    }

    /** Sum of all neighbourhood sizes: the entries a method keeping every neighbour list at once would hold. */
    public static long neighbourEntries(Dbscan dbscan, FeatureMatrix data) {
        NeighbourIndex index = dbscan.indexOf(data);
        double eps2 = dbscan.parameters().eps() * dbscan.parameters().eps();
        long total = 0;
        for (int i = 0; i < data.rows(); i++) {
            total += index.countWithin(i, eps2, Integer.MAX_VALUE);
        }
        return total;
    }
}
