package org.crmworkbench.data.basket;

import java.util.Objects;
import org.crmworkbench.data.Database;
import org.crmworkbench.model.BasketBasis;
import org.crmworkbench.model.BasketRows;
import org.crmworkbench.work.Progress;

/** The stored order lines as baskets of product external ids, one per order or per customer, labelled by name. */
public final class OrderBasketReader {
    private final Database database;

    public OrderBasketReader(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    public BasketRows read(BasketBasis basis, Progress progress) {
        throw new UnsupportedOperationException("not yet");
    }
}
