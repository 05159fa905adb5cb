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
import org.crmworkbench.model.ValueRunRecord;
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
        throw new UnsupportedOperationException("to be written");
    }

    /** The first and last order dates and counts of the stored orders; null when there are no orders. */
    public PurchaseSpan orderSpan() {
        throw new UnsupportedOperationException("to be written");
    }

    /** The purchases in a CSV/XLSX transaction file, from the named columns. */
    public List<Purchase> readFile(Path file, String customerColumn, String dateColumn, String amountColumn,
                                   Progress progress) throws IOException {
        throw new UnsupportedOperationException("to be written");
    }

    /** Runs the whole analysis. */
    public ValueResult analyse(List<Purchase> purchases, ValueSettings settings, Progress progress) {
        return new ValueAnalysis().run(purchases, settings, progress);
    }

    /** Recomputes per-customer values for new CLV settings without refitting. */
    public ValueResult revalue(ValueResult result, ClvSettings clv) {
        return new ValueAnalysis().revalue(result, clv);
    }

    /** Saves {@code result} as a value run begun at {@code startedAt}; returns the stored run with its id. */
    public ValueRunRecord save(ValueResult result, Instant startedAt) {
        throw new UnsupportedOperationException("to be written");
    }
}
