package org.crmworkbench.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crmworkbench.analysis.basket.BasketAnalysis;
import org.crmworkbench.analysis.basket.BasketResult;
import org.crmworkbench.analysis.basket.BasketSettings;
import org.crmworkbench.analysis.basket.MiningEstimate;
import org.crmworkbench.analysis.basket.Transactions;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.basket.BasketFileReader;
import org.crmworkbench.data.basket.OrderBasketReader;
import org.crmworkbench.data.runs.BasketRunStore;
import org.crmworkbench.model.BasketBasis;
import org.crmworkbench.model.BasketFileFormat;
import org.crmworkbench.model.BasketRows;
import org.crmworkbench.model.BasketRunRecord;
import org.crmworkbench.present.basket.BasketRecords;
import org.crmworkbench.work.AppVersion;
import org.crmworkbench.work.Progress;

/**
 * Mining baskets, for {@code workbench rules} and the Baskets workspace: baskets are read from the stored orders (per
 * order or per customer) or from a basket file, numbered into {@link Transactions}, mined ({@link BasketAnalysis})
 * and can be saved as a run whose strongest rules feed the Recommend workspace's cross-sell source.
 */
public final class BasketWorkflow {
    private final Database database;

    /** A workflow over {@code database}; null when only files are read and nothing is saved. */
    public BasketWorkflow(Database database) {
        this.database = database;
    }

    /** The stored orders' lines as baskets, one per order or per customer. */
    public BasketRows readOrders(BasketBasis basis, Progress progress) {
        return new OrderBasketReader(database()).read(basis, progress);
    }

    /** The baskets of a file. */
    public BasketRows readFile(Path file, BasketFileFormat format, Progress progress) throws IOException {
        return new BasketFileReader().read(file, format, progress);
    }

    /** The rows numbered for mining. */
    public Transactions transactions(BasketRows rows) {
        return Transactions.of(rows.ids(), rows.customers(), rows.items());
    }

    /** How many itemsets the settings would likely give, before mining. */
    public MiningEstimate estimate(Transactions transactions, BasketSettings settings) {
        return MiningEstimate.of(transactions, settings);
    }

    /** Mines itemsets and rules. */
    public BasketResult mine(Transactions transactions, BasketSettings settings, Progress progress) {
        return new BasketAnalysis().run(transactions, settings, progress);
    }

    /** Saves {@code result} (items named by {@code rows}' labels) as a basket run begun at {@code startedAt}. */
    public BasketRunRecord save(BasketResult result, BasketRows rows, Instant startedAt) {
        return new BasketRunStore(database()).save(new BasketRecords().of(result, rows, startedAt,
                AppVersion.current()));
    }

    /** The newest saved basket run, for the cross-sell source; empty when there is none. */
    public Optional<BasketRunRecord> latestRun() {
        return new BasketRunStore(database()).latest();
    }

    /** Every saved basket run, newest first, without their rules (for a choice list). */
    public List<BasketRunRecord> savedRuns() {
        return new BasketRunStore(database()).list();
    }

    private Database database() {
        if (database == null) {
            throw new IllegalStateException("no database is open");
        }
        return database;
    }
}
