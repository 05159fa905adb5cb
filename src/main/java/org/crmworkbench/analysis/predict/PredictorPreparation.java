package org.crmworkbench.analysis.predict;

import java.util.List;
import org.crmworkbench.model.FeatureTable;

/** Validates and encodes a table for a model (see {@link PredictorData#prepare}). */
final class PredictorPreparation {

    private PredictorPreparation() {
    }

    static PredictorData prepare(FeatureTable table, String target, List<String> features) {
        throw new UnsupportedOperationException("not yet built");
    }

    static double[][] encode(PredictorEncoding encoding, FeatureTable table) {
        throw new UnsupportedOperationException("not yet built");
    }
}
