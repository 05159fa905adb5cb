package org.crmworkbench.present.report;

import java.io.IOException;
import java.io.OutputStream;
import org.crmworkbench.work.Progress;

/** Writes a whole report in one format. */
public interface ReportWriter {
    /**
     * Writes {@code report} to {@code out} (left open), reporting one step per item and stopping with
     * {@link org.crmworkbench.work.CancelledException} when {@code progress} is cancelled.
     */
    void write(Report report, OutputStream out, Progress progress) throws IOException;
}
