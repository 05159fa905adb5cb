package org.crmworkbench.ui.sales;

import org.crmworkbench.analysis.sales.RepEffect;

/**
 * One line of the league table: the rep's raw figure and rank, the adjusted effect with its 95% interval and rank,
 * and whether the two ranks disagree enough to say so (the analysis's rank shifts).
 */
public record RepRow(String repId, String name, String region, int observations, double rawValue, double effect,
                     double lower, double upper, int rankRaw, int rankAdjusted, boolean shifted) {
    static RepRow of(RepEffect e, boolean shifted) {
        return new RepRow(e.repId(), e.name(), e.region(), e.observations(), e.rawValue(), e.effect(), e.lower(),
                e.upper(), e.rankRaw(), e.rankAdjusted(), shifted);
    }

    /** The rep as the table and the choices read: "R017 Ana Lee". */
    public String label() {
        return name.equals(repId) ? repId : repId + " " + name;
    }
}
