package org.crmworkbench.data.features;

import java.util.Map;
import java.util.Optional;
import org.crmworkbench.data.imports.ImportProblem;
import org.crmworkbench.model.FeatureTable;

/**
 * A table of features read from a CSV or XLSX file.
 *
 * @param table      the numeric columns (every column whose values are all numbers or empty), and as categories
 *                   the text columns with few distinct values
 * @param idColumn   the column the row ids came from, or null when rows are numbered 1, 2, ...
 * @param notNumeric for each other column, the first value that is not a number, located in the file
 */
public record FeatureFile(FeatureTable table, String idColumn, Map<String, ImportProblem> notNumeric) {

    public FeatureFile {
        notNumeric = Map.copyOf(notNumeric);
    }

    /** Why {@code column} cannot be a numeric feature, if it is a column of text. */
    public Optional<ImportProblem> whyNotNumeric(String column) {
        return Optional.ofNullable(notNumeric.get(column));
    }
}
