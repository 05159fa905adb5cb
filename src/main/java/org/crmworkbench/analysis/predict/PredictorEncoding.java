package org.crmworkbench.analysis.predict;

import java.util.List;
import org.crmworkbench.model.FeatureTable;

/**
 * How the chosen features of a table become the columns a model sees.
 *
 * @param features the features as chosen, in order
 * @param columns  the encoded columns' names ({@code recency_days}, {@code region[North]}, ...)
 * @param fill     per encoded column, the value a missing entry gets (the training median; 0 for a level column)
 * @param levels   per feature, the category levels that have a column (empty for numeric features)
 */
public record PredictorEncoding(List<String> features, List<String> columns, double[] fill,
                                List<List<String>> levels) {

    public PredictorEncoding {
        features = List.copyOf(features);
        columns = List.copyOf(columns);
        levels = levels.stream().map(List::copyOf).toList();
        if (fill.length != columns.size() || levels.size() != features.size()) {
            throw new IllegalArgumentException("one fill value per column and one level list per feature");
        }
    }

    /** Encodes every row of {@code table} (which must have the features) the way the training rows were. */
    public double[][] encode(FeatureTable table) {
        return PredictorPreparation.encode(this, table);
    }
}
