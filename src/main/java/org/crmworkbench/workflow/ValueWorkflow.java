package org.crmworkbench.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.crmworkbench.analysis.value.ClvSettings;
import org.crmworkbench.analysis.value.Purchase;
import org.crmworkbench.analysis.value.PurchaseSpan;
import org.crmworkbench.analysis.value.ValueAnalysis;
import org.crmworkbench.analysis.value.ValueResult;
import org.crmworkbench.analysis.value.ValueSettings;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.runs.ValueRunStore;
import org.crmworkbench.data.value.OrderPurchaseReader;
import org.crmworkbench.data.value.PurchaseFileReader;
import org.crmworkbench.model.ValueRunRecord;
import org.crmworkbench.present.value.ValueFiles;
import org.crmworkbench.work.AppVersion;
import org.crmworkbench.work.Progress;

/**
 * Valuing customers, for {@code workbench value} and the Value workspace: purchases are read from the stored orders
 * or from a transaction file, summarised, scored and modelled ({@link ValueAnalysis}), and can be saved as a run.
 */
public final class ValueWorkflow {
    private final Database database;

    /** A workflow over {@code database}; null when only files are read and nothing is saved. */
    public ValueWorkflow(Database database) {
        this.database = database;
    }

    /** The stored orders as purchases (customer external id, order date, order total). */
    public List<Purchase> readOrders(Progress progress) {
        return new OrderPurchaseReader(database()).read(progress);
    }

    /** The first and last order dates and counts of the stored orders; null when there are no orders. */
    public PurchaseSpan orderSpan() {
        return new OrderPurchaseReader(database()).span();
    }

    /** The purchases in a CSV/XLSX transaction file, from the named columns. */
    public List<Purchase> readFile(Path file, String customerColumn, String dateColumn, String amountColumn,
                                   Progress progress) throws IOException {
        return new PurchaseFileReader().read(file, customerColumn, dateColumn, amountColumn, progress);
    }

    /** Runs the whole analysis. */
    public ValueResult analyse(List<Purchase> purchases, ValueSettings settings, Progress progress) {
        return new ValueAnalysis().run(purchases, settings, progress);
    }

    /** Recomputes per-customer values for new CLV settings without refitting. */
    public ValueResult revalue(ValueResult result, ClvSettings clv) {
        return new ValueAnalysis().revalue(result, clv);
    }

    /** Saves {@code result}, made from the stored orders, as a value run begun at {@code startedAt}. */
    public ValueRunRecord save(ValueResult result, Instant startedAt) {
        return save(result, database().description(), startedAt);
    }

    /**
     * Saves {@code result} as a value run begun at {@code startedAt}, naming where its purchases came from; returns
     * the stored run with its id.
     */
    public ValueRunRecord save(ValueResult result, String dataSource, Instant startedAt) {
        return new ValueRunStore(database()).save(new ValueFiles().record(result, startedAt, AppVersion.current(),
                dataSource));
    }

    private Database database() {
        if (database == null) {
            throw new IllegalStateException("no database is open");
        }
        return database;
    }
}
