package org.crmworkbench.ui.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.report.Report;
import org.crmworkbench.present.report.ReportFormat;
import org.crmworkbench.present.report.ReportItem;
import org.crmworkbench.work.Progress;
import org.crmworkbench.workflow.ReportWorkflow;

/** The window's {@link ReportOutput}: the {@link ReportWorkflow}'s writers, the fixed words in the current language. */
final class ExporterOutput implements ReportOutput {
    private final Supplier<Messages> messages;

    ExporterOutput(Supplier<Messages> messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public void export(Report report, ReportFormat format, Path file, Progress progress) throws IOException {
        new ReportWorkflow(messages.get()).export(report, format, file, progress);
    }

    @Override
    public void exportCsv(ReportItem.Table table, Path file) throws IOException {
        new ReportWorkflow(messages.get()).exportCsv(table, file);
    }
}
