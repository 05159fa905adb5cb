package org.crmworkbench.analysis.predict;

import java.util.List;

/**
 * The rows held out of fitting, what they really were and what the model said.
 *
 * @param rowIds    the rows' ids
 * @param tableRows the rows' indexes in the source table
 * @param actual    the target (0 or 1 for a classification)
 * @param predicted the prediction (a probability for a classification)
 */
public record HeldOut(List<String> rowIds, int[] tableRows, double[] actual, double[] predicted) {
    public HeldOut {
        rowIds = List.copyOf(rowIds);
        if (rowIds.size() != actual.length || actual.length != predicted.length || tableRows.length != actual.length) {
            throw new IllegalArgumentException("one id, actual and prediction per row");
        }
    }

    public int size() {
        return actual.length;
    }
}
