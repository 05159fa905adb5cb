package org.crmworkbench.ui.datasets;

import java.util.Locale;

/** The steps of the import wizard, in order. */
public enum WizardStep {
    /** Choose the file and the table it goes into. */
    FILE,
    /** The first rows as read. */
    PREVIEW,
    /** Which column fills which field, and how values are read. */
    MAPPING,
    /** A dry run: every row checked as the import would, nothing stored. */
    CHECK,
    /** The import itself, with progress and Cancel. */
    IMPORT,
    /** What happened. */
    SUMMARY;

    /** Bundle key of the step's name: {@code import.step.file}, ... */
    public String titleKey() {
        return "import.step." + name().toLowerCase(Locale.ROOT);
    }
}
