package org.crmworkbench.analysis.predict;

import java.util.Locale;
import org.crmworkbench.work.BadParameterException;

/** How a classifier makes up for one class being much rarer than the other. */
public enum ClassBalance {
    /** Every row counts the same. */
    NONE,
    /** Rows are weighted inversely to their class's frequency, so both classes weigh the same in total. */
    WEIGHTS;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ClassBalance fromKey(String key) {
        for (ClassBalance b : values()) {
            if (b.key().equalsIgnoreCase(key.trim())) {
                return b;
            }
        }
        throw new BadParameterException("balance", "predict.error.balance", "expected none or weights, got " + key,
                key);
    }
}
