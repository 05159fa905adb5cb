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
 * @param x           encoded features, one array per row, columns as {@link PredictorEncoding#columns()}; a missing
 *                    number is NaN here, so that each training part can fill it with its own median (the
 *                    hold-out's and folds' figures then owe nothing to the rows they are tested on)
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

    /** {@code x} with every missing number set to the median of all rows ({@link PredictorEncoding#fill()}). */
    public double[][] filled() {
        return TrainingFill.withValues(x, null, encoding.fill());
    }

    /**
     * Prepares {@code table} for predicting {@code target} from {@code features}: numeric features are used as they
     * are (missing values stay NaN in {@code x}; the encoding's fill is their median over all rows), categorical features become one 0/1 column per level but the
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
