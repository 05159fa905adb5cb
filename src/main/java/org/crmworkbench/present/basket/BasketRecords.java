package org.crmworkbench.present.basket;

import java.time.Instant;
import org.crmworkbench.analysis.basket.BasketResult;
import org.crmworkbench.model.BasketRows;
import org.crmworkbench.model.BasketRunRecord;

/**
 * Turns a basket analysis into the record a run stores: the rules highest lift first, cut at
 * {@link BasketRunRecord#STORED_RULES}, items named by their ids with the rows' labels, the item counts most frequent
 * first (at most {@link BasketRunRecord#STORED_ITEMS} plus every item a stored rule names).
 */
public final class BasketRecords {
    // skeleton: the present helper implements it

    /** The record of {@code result}, mined from {@code rows}, begun at {@code startedAt}. */
    public BasketRunRecord of(BasketResult result, BasketRows rows, Instant startedAt, String appVersion) {
        throw new UnsupportedOperationException("not yet");
    }
}
