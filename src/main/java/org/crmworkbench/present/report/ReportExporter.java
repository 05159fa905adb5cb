package org.crmworkbench.present.report;

import java.io.IOException;
import java.nio.file.Path;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.Progress;

/**
 * Saves a report as PDF, HTML or XLSX, and one table as CSV. Files are written next to the target and moved into
 * place when complete, so a failed or cancelled export leaves the previous file (or none), never half a file.
 */
public final class ReportExporter {
    private final Messages messages;

    /** @param messages the language of the report's fixed words (provenance headings, page numbers, ...) */
    public ReportExporter(Messages messages) {
        this.messages = messages;
    }

    public void export(Report report, ReportFormat format, Path file, Progress progress) throws IOException {
        throw new UnsupportedOperationException("not yet built");
    }

    /** Writes one table as UTF-8 CSV with a header row (numbers unformatted, dates ISO). */
    public void exportCsv(ReportItem.Table table, Path file) throws IOException {
        throw new UnsupportedOperationException("not yet built");
    }
}
