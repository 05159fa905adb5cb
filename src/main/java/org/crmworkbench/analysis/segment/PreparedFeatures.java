package org.crmworkbench.analysis.segment;

import java.util.List;

/**
 * Features ready for clustering, and what was done to get them there.
 *
 * @param scaled       the matrix the algorithms see (imputed, one-hot encoded, scaled)
 * @param original     the same columns before scaling, in the features' own units (for profiles and outliers)
 * @param scaling      how {@code scaled} was made from {@code original}
 * @param imputed      features that had missing values, with counts; empty when nothing was missing
 * @param constant     features with a single value everywhere (they cannot separate anyone)
 */
public record PreparedFeatures(FeatureMatrix scaled, FeatureMatrix original, Scaling scaling,
                               List<ImputedFeature> imputed, List<String> constant) {

    public PreparedFeatures {
        imputed = List.copyOf(imputed);
        constant = List.copyOf(constant);
    }

    /** Rows with at least one imputed value are counted per feature; this is the total over features. */
    public int imputedValues() {
        return imputed.stream().mapToInt(ImputedFeature::count).sum();
    }
}
