package org.crmworkbench.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crmworkbench.analysis.sales.RepSettings;
import org.crmworkbench.analysis.sales.SalesTeamAnalysis;
import org.crmworkbench.analysis.sales.SalesTeamResult;
import org.crmworkbench.data.Database;
import org.crmworkbench.model.RepOrders;
import org.crmworkbench.model.RepQuota;
import org.crmworkbench.model.RepsRunRecord;
import org.crmworkbench.work.Progress;

/**
 * Comparing sales reps fairly, for {@code workbench reps} and the Sales team workspace: orders with a rep are read from
 * the database or a file, quotas from a file, analysed ({@link SalesTeamAnalysis}) and saved as a run.
 */
public final class SalesTeamWorkflow {
    private final Database database;

    /** A workflow over {@code database}; null when only files are read and nothing is saved. */
    public SalesTeamWorkflow(Database database) {
        this.database = database;
    }

    /** The stored orders that have a rep, with region, channel, category and value tier. */
    public RepOrders readOrders(Progress progress) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * The orders of a CSV/XLSX file: rep, amount and date columns, optionally a customer column, and any further
     * columns named as factors.
     */
    public RepOrders readFile(Path file, String repColumn, String amountColumn, String dateColumn,
                              String customerColumn, List<String> factorColumns, Progress progress)
            throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    /** A quota file: rep, period, quota columns. */
    public List<RepQuota> readQuotas(Path file, Progress progress) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    /** Scorecards, fair comparison and trends. */
    public SalesTeamResult analyse(RepOrders orders, List<RepQuota> quotas, RepSettings settings, Progress progress) {
        return new SalesTeamAnalysis().run(orders, quotas, settings, progress);
    }

    /** Saves {@code result} as a reps run begun at {@code startedAt}. */
    public RepsRunRecord save(SalesTeamResult result, RepOrders orders, Instant startedAt) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The newest saved reps run, if any. */
    public Optional<RepsRunRecord> latestRun() {
        throw new UnsupportedOperationException("not yet");
    }
}
