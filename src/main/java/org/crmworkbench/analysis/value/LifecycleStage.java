package org.crmworkbench.analysis.value;

import java.util.Locale;

/**
 * Where a customer is in their life with the business at a date; {@link LifecycleRules} assigns them. Texts in the
 * bundles under {@code value.stage.<key>}.
 */
public enum LifecycleStage {
    NEW,
    ACTIVE,
    REACTIVATED,
    AT_RISK,
    LAPSED,
    LOST;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
