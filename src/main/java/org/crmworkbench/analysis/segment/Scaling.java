package org.crmworkbench.analysis.segment;

import java.util.Locale;
import org.crmworkbench.work.BadParameterException;

/** How each feature is put on a common scale before distances are taken. */
public enum Scaling {
    /** Values as they are. */
    NONE,
    /** (x - mean) / standard deviation. */
    ZSCORE,
    /** (x - min) / (max - min), into [0, 1]. */
    MINMAX,
    /** (x - median) / interquartile range: long tails and outliers pull less. */
    ROBUST;

    /** The name used on the command line and in saved runs. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code none|zscore|minmax|robust}. */
    public static Scaling fromKey(String key) {
        for (Scaling s : values()) {
            if (s.key().equalsIgnoreCase(key.trim())) {
                return s;
            }
        }
        throw new BadParameterException("scale", "segment.error.scale", "expected none, zscore, minmax or robust, got "
                + key, key);
    }
}
