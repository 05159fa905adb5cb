package org.crmworkbench.data.imports;

/**
 * An import found problems in its files and stored nothing: the database is exactly as it was. The report
 * lists every file's problems with file, line, column, value and what was expected.
 */
public final class ImportFailedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient ImportReport report;

    public ImportFailedException(ImportReport report) {
        super(report.problemCount() + " problem(s) found; nothing was imported. First: "
                + (report.problems().isEmpty() ? "-" : report.problems().get(0)));
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
