package org.crmworkbench.analysis.sales;

import java.util.Objects;

/**
 * One rep in the fair comparison: the raw figure managers see, and the rep's own effect once what they do not control
 * is accounted for, with its 95% interval and both ranks (1 = best).
 *
 * @param repId        the rep's id
 * @param name         the rep's name
 * @param region       the rep's region ("" when unknown)
 * @param observations orders (or customers, for the per-customer outcomes) behind the effect
 * @param rawValue     the raw figure the raw rank orders by (revenue for order value; mean orders per customer;
 *                     share of customers kept)
 * @param effect       the adjusted effect (0 = a typical rep; on the log scale for order value)
 * @param lower        lower end of its 95% interval
 * @param upper        upper end
 * @param rankRaw      rank by the raw figure
 * @param rankAdjusted rank by the adjusted effect
 */
public record RepEffect(String repId, String name, String region, int observations, double rawValue, double effect,
                        double lower, double upper, int rankRaw, int rankAdjusted) {
    public RepEffect {
        Objects.requireNonNull(repId, "repId");
        name = name == null ? repId : name;
        region = region == null ? "" : region;
    }

    /** Whether the interval lies wholly above (1), wholly below (-1) or across 0. */
    public int sign() {
        return lower > 0 ? 1 : upper < 0 ? -1 : 0;
    }
}
