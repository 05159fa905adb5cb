package org.crmworkbench.analysis.sales;

/**
 * A rep whose raw and adjusted ranks disagree enough to say so ("R017 ranks 3rd on revenue but 14th once territory is
 * accounted for"): the ranks differ by at least a quarter of the team (and at least 3 places).
 */
public record RankShift(String repId, String name, int rankRaw, int rankAdjusted, int reps) {
}
