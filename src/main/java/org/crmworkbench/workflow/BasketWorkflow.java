package org.crmworkbench.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crmworkbench.analysis.basket.BasketAnalysis;
import org.crmworkbench.analysis.basket.MiningAlgorithm;
import org.crmworkbench.analysis.engine.EngineChoice;
import org.crmworkbench.analysis.engine.EngineKind;
import org.crmworkbench.analysis.engine.FitEngine;
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
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;

/**
 * Mining baskets, for {@code workbench rules} and the Baskets workspace: baskets are read from the stored orders (per
 * order or per customer) or from a basket file, numbered into {@link Transactions}, mined ({@link BasketAnalysis})
 * and can be saved as a run whose strongest rules feed the Recommend workspace's cross-sell source.
 */
public final class BasketWorkflow {
    private final Database database;
    private final FitEngine engine;

    /** A workflow over {@code database}; null when only files are read and nothing is saved. */
    public BasketWorkflow(Database database) {
        this(database, null);
    }

    /**
     * A workflow over {@code database} (null when only files are read) whose FP-growth runs on {@code engine}
     * (null: this process's miners, Apriori and Eclat included).
     */
    public BasketWorkflow(Database database, FitEngine engine) {
        this.database = database;
        this.engine = engine;
    }

    /**
     * Refuses what Spark does not mine: Apriori and Eclat (FP-growth only).
     *
     * @throws BadParameterException on {@code engine}
     */
    public void checkEngine(BasketSettings settings) {
        if (engine != null) {
            checkEngine(engine.choice(), settings);
        }
    }

    /** {@link #checkEngine(BasketSettings)} before an engine is opened (the options alone). */
    public static void checkEngine(EngineChoice engine, BasketSettings settings) {
        if (engine.kind() != EngineKind.LOCAL && settings.algorithm() != MiningAlgorithm.FPGROWTH) {
            throw new BadParameterException("engine", "basket.engine.fpGrowthOnly", "the Spark engine mines with"
                    + " FP-growth only; use --algo fpgrowth, or " + settings.algorithm().cliName()
                    + " on the local engine (--engine local)", settings.algorithm().cliName());
        }
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
        checkEngine(settings);
        BasketAnalysis analysis = engine == null || engine.choice().kind() == EngineKind.LOCAL
                ? new BasketAnalysis() : new BasketAnalysis(engine.itemsets());
        return analysis.run(transactions, settings, progress);
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
