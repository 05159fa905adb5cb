package org.crmworkbench.data.sales;

import java.util.Objects;
import org.crmworkbench.data.Database;
import org.crmworkbench.model.RepOrders;
import org.crmworkbench.work.Progress;

/**
 * The stored orders that have a sales rep, with the factors a rep does not control: {@code region} (the customer's),
 * {@code channel} (the order's), {@code category} (the category with most of the order's amount) and
 * {@code value_tier} (the customer's tercile of total spend: low, mid, high).
 */
public final class RepOrderReader {
    private final Database database;

    public RepOrderReader(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    public RepOrders read(Progress progress) {
        throw new UnsupportedOperationException("not yet");
    }
}
