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
import org.crmworkbench.data.runs.RepsRunStore;
import org.crmworkbench.data.sales.QuotaFileReader;
import org.crmworkbench.data.sales.RepFileReader;
import org.crmworkbench.data.sales.RepOrderReader;
import org.crmworkbench.model.RepOrders;
import org.crmworkbench.model.RepQuota;
import org.crmworkbench.model.RepsRunRecord;
import org.crmworkbench.present.sales.RepsRecords;
import org.crmworkbench.work.AppVersion;
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
        return new RepOrderReader(database()).read(progress);
    }

    /**
     * The orders of a CSV/XLSX file: rep, amount and date columns, optionally a customer column, and any further
     * columns named as factors.
     */
    public RepOrders readFile(Path file, String repColumn, String amountColumn, String dateColumn,
                              String customerColumn, List<String> factorColumns, Progress progress)
            throws IOException {
        return new RepFileReader().read(file, repColumn, amountColumn, dateColumn, customerColumn, factorColumns,
                progress);
    }

    /** A quota file: rep, period, quota columns. */
    public List<RepQuota> readQuotas(Path file, Progress progress) throws IOException {
        return new QuotaFileReader().read(file, progress);
    }

    /** Scorecards, fair comparison and trends. */
    public SalesTeamResult analyse(RepOrders orders, List<RepQuota> quotas, RepSettings settings, Progress progress) {
        return new SalesTeamAnalysis().run(orders, quotas, settings, progress);
    }

    /** Saves {@code result} as a reps run begun at {@code startedAt}. */
    public RepsRunRecord save(SalesTeamResult result, RepOrders orders, Instant startedAt) {
        return new RepsRunStore(database()).save(new RepsRecords().of(result, orders, startedAt,
                AppVersion.current()));
    }

    /** The newest saved reps run, if any. */
    public Optional<RepsRunRecord> latestRun() {
        return new RepsRunStore(database()).latest();
    }

    /** Every saved reps run, newest first, without league table and shifts (for a choice list). */
    public List<RepsRunRecord> savedRuns() {
        return new RepsRunStore(database()).list();
    }

    /** The saved reps run with id {@code runId}, if any. */
    public Optional<RepsRunRecord> findRun(long runId) {
        return new RepsRunStore(database()).find(runId);
    }

    private Database database() {
        if (database == null) {
            throw new IllegalStateException("no database is open");
        }
        return database;
    }
}
