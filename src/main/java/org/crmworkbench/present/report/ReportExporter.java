package org.crmworkbench.present.report;

import org.crmworkbench.present.AtomicFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.chart.ChartFonts;
import org.crmworkbench.work.Progress;

/**
 * Saves a report as PDF, HTML or XLSX, and one table as CSV. Files are written next to the target and moved into
 * place when complete, so a failed or cancelled export leaves the previous file (or none), never half a file.
 */
public final class ReportExporter {
    private final Messages messages;
    private final ZoneId zone;
    private ChartFonts fonts;

    /** @param messages the language of the report's fixed words (provenance headings, page numbers, ...) */
    public ReportExporter(Messages messages) {
        this(messages, ZoneId.systemDefault());
    }

    /** With the time zone times are shown in (for tests; the window and CLI use the system's). */
    public ReportExporter(Messages messages, ZoneId zone) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Writes {@code report} to {@code file} in {@code format}, one progress step per item.
     *
     * @throws org.crmworkbench.work.CancelledException when {@code progress} is cancelled (the file is unchanged)
     */
    public void export(Report report, ReportFormat format, Path file, Progress progress) throws IOException {
        Objects.requireNonNull(report, "report");
        ReportWriter writer = writer(format);
        AtomicFile.write(file, out -> writer.write(report, out, progress));
    }

    /** Writes one table as UTF-8 CSV with a header row (numbers unformatted, dates ISO). */
    public void exportCsv(ReportItem.Table table, Path file) throws IOException {
        Objects.requireNonNull(table, "table");
        AtomicFile.write(file, out -> new CsvTableWriter().write(table.table(), out, Progress.none()));
    }

    /** The writer of one format (the exporter keeps the fonts it looked up for the next PDF). */
    ReportWriter writer(ReportFormat format) {
        ReportWords words = new ReportWords(messages, zone);
        return switch (Objects.requireNonNull(format, "format")) {
            case PDF -> new PdfReportWriter(words, fonts());
            case HTML -> new HtmlReportWriter(words);
            case XLSX -> new XlsxReportWriter(words);
        };
    }

    private synchronized ChartFonts fonts() {
        if (fonts == null) {
            fonts = new ChartFonts();
        }
        return fonts;
    }
}
