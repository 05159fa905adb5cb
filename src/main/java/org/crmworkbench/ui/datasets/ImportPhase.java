package org.crmworkbench.ui.datasets;

/** Where the check and the import of the wizard's file stand. */
public enum ImportPhase {
    /** Nothing checked yet (or the check was abandoned). */
    IDLE,
    /** The dry run is reading the file. */
    CHECKING,
    /** The dry run finished; its report says what an import would do. */
    CHECKED,
    /** The dry run could not run (the file vanished, the database failed...). */
    CHECK_FAILED,
    /** The import is running. */
    IMPORTING,
    /** The import stored its rows. */
    COMMITTED,
    /** The import found problems and stored nothing. */
    REFUSED,
    /** The import was cancelled and rolled back: nothing was stored. */
    CANCELLED,
    /** The import failed for another reason and stored nothing. */
    FAILED;

    /** True once an import has ended one way or another. */
    public boolean isImportEnd() {
        return this == COMMITTED || this == REFUSED || this == CANCELLED || this == FAILED;
    }
}
