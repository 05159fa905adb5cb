package org.crmworkbench.ui.basket;

import java.util.LinkedHashMap;
import java.util.Map;
import org.crmworkbench.analysis.basket.BasketResult;
import org.crmworkbench.analysis.basket.BasketSettings;

/**
 * The last few analyses of the baskets shown, by their settings, so that moving a slider back to a value already
 * mined shows its rules at once. Least recently used ones go first; forgotten whole when the baskets change.
 */
final class MinedResults {
    /** How many analyses are kept. */
    static final int SIZE = 8;

    private final Map<BasketSettings, BasketResult> results = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<BasketSettings, BasketResult> eldest) {
            return size() > SIZE;
        }
    };

    BasketResult get(BasketSettings settings) {
        return results.get(settings);
    }

    void put(BasketSettings settings, BasketResult result) {
        results.put(settings, result);
    }

    void clear() {
        results.clear();
    }

    int size() {
        return results.size();
    }
}
