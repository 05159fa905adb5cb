package org.crmworkbench.analysis.predict;

import java.util.List;
import java.util.Objects;
import org.crmworkbench.model.FeatureTable;

/**
 * Rows ready for a model: the target and the encoded features of every usable row, and the recipe that encodes any
 * other table with the same columns in the same way (to score today's customers with a model fitted on the past).
 *
 * @param source      where the rows came from, for provenance
 * @param target      the target column
 * @param rowIds      the id of each usable row
 * @param tableRows   each usable row's index in the table it came from
 * @param x           encoded features, one array per row, columns as {@link PredictorEncoding#columns()}
 * @param y           the target per row
 * @param encoding    how {@code x} was made from the table
 * @param droppedRows rows left out because their target was missing
 */
public record PredictorData(String source, String target, List<String> rowIds, int[] tableRows, double[][] x,
                            double[] y, PredictorEncoding encoding, int droppedRows) {

    public PredictorData {
        Objects.requireNonNull(target, "target");
        rowIds = List.copyOf(rowIds);
        if (rowIds.size() != x.length || x.length != y.length || tableRows.length != y.length) {
            throw new IllegalArgumentException("one id, table row, feature row and target per row");
        }
    }

    public int rows() {
        return y.length;
    }

    /**
     * Prepares {@code table} for predicting {@code target} from {@code features}: numeric features are used as they
     * are with missing values set to the median, categorical features become one 0/1 column per level but the
     * first (treatment coding, {@code region[North]}), and rows with a missing target are dropped.
     *
     * @throws org.crmworkbench.work.BadParameterException naming {@code target} or {@code features} when a column
     *         is unknown, the target is not numeric or is itself a feature, a feature is constant, or there are
     *         fewer rows than the model would have parameters
     */
    public static PredictorData prepare(FeatureTable table, String target, List<String> features) {
        return PredictorPreparation.prepare(table, target, features);
    }
}
