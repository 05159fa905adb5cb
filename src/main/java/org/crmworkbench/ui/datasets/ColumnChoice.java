package org.crmworkbench.ui.datasets;

/**
 * A column of the file offered for a field, or {@link #NONE}. The importer is told columns by number
 * ({@code #3}), which stays right when headers repeat or are blank.
 *
 * @param index  0-based column, or -1 for none
 * @param header the column's header as read
 */
public record ColumnChoice(int index, String header) {
    public static final ColumnChoice NONE = new ColumnChoice(-1, "");

    public boolean isNone() {
        return index < 0;
    }

    /** The value for {@code ImportOptions.withMapping}: {@code #n}, or empty for none. */
    String mappingValue() {
        return isNone() ? "" : "#" + (index + 1);
    }
}
