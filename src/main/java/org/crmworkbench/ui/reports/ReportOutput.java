package org.crmworkbench.ui.reports;

import java.io.IOException;
import java.nio.file.Path;
import org.crmworkbench.present.report.Report;
import org.crmworkbench.present.report.ReportFormat;
import org.crmworkbench.present.report.ReportItem;
import org.crmworkbench.work.Progress;

/**
 * Where the report builder writes: a whole report in one format, or one table as CSV. In the window this is the
 * {@link org.crmworkbench.present.report.ReportExporter}; tests may record what they are given. Called from
 * background jobs only.
 */
public interface ReportOutput {
    void export(Report report, ReportFormat format, Path file, Progress progress) throws IOException;

    void exportCsv(ReportItem.Table table, Path file) throws IOException;
}
