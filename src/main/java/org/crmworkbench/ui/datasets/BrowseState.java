package org.crmworkbench.ui.datasets;

/** What the table browser is showing. */
public enum BrowseState {
    /** No database yet (it is still opening, or could not be opened). */
    NO_DATABASE,
    /** The first rows of a table, filter or sort are being read. */
    LOADING,
    /** Rows are shown. */
    ROWS,
    /** The table has no rows at all. */
    EMPTY_TABLE,
    /** The table has rows, but none contains the filter text. */
    NO_MATCH,
    /** Reading failed; the browser's failure notice says why. */
    FAILED
}
