package org.crmworkbench.ui.sales;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Two reps side by side: their league lines (effects and ranks) and their scorecards period by period.
 *
 * @param a the first rep's card
 * @param b the second rep's card
 */
public record RepComparison(RepCard a, RepCard b) {
    /** One period of both reps' scorecards; a side is null when that rep sold nothing in the period. */
    public record Line(String period, ScorecardRow a, ScorecardRow b) {
    }

    /** Every period either rep has a scorecard for, oldest first. */
    public List<Line> lines() {
        TreeSet<String> periods = new TreeSet<>();
        a.scorecards().forEach(s -> periods.add(s.period()));
        b.scorecards().forEach(s -> periods.add(s.period()));
        List<Line> lines = new ArrayList<>();
        for (String p : periods) {
            lines.add(new Line(p, a.scorecard(p), b.scorecard(p)));
        }
        return lines;
    }
}
