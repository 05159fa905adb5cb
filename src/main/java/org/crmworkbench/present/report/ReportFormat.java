package org.crmworkbench.present.report;

import java.util.Locale;
import java.util.Optional;

/** The file formats a whole report can be written in. */
public enum ReportFormat {
    /** One document: a title page with the provenance, then the charts (as vectors) and tables. */
    PDF("pdf"),
    /** One self-contained page: charts inline as SVG, styles inline, no external files. */
    HTML("html"),
    /** A workbook: the tables, one sheet each, and a sheet with the provenance. */
    XLSX("xlsx");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format its command-line name ({@code pdf}, {@code html}, {@code xlsx}; any case) names. */
    public static Optional<ReportFormat> of(String name) {
        for (ReportFormat f : values()) {
            if (f.extension.equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
