package org.crmworkbench.present.sales;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crmworkbench.analysis.sales.RankShift;
import org.crmworkbench.analysis.sales.RepEffect;
import org.crmworkbench.analysis.sales.RepSettings;
import org.crmworkbench.analysis.sales.SalesTeamResult;
import org.crmworkbench.model.RepOrders;
import org.crmworkbench.model.RepsRunRecord;

/**
 * Turns a sales-team analysis into the record a run stores: the league table in league order (best adjusted rank
 * first, ties by raw rank then id), the rank shifts as the analysis listed them (largest first) and
 * {@link RepsFiles#model} as the model's text.
 */
public final class RepsRecords {
    /** The record of {@code result}, analysed from {@code orders}, begun at {@code startedAt}. */
    public RepsRunRecord of(SalesTeamResult result, RepOrders orders, Instant startedAt, String appVersion) {
        RepSettings s = result.settings();
        List<RepEffect> sorted = new ArrayList<>(result.effects());
        sorted.sort(Comparator.comparingInt(RepEffect::rankAdjusted).thenComparingInt(RepEffect::rankRaw)
                .thenComparing(RepEffect::repId));
        List<RepsRunRecord.Effect> effects = new ArrayList<>(sorted.size());
        for (RepEffect e : sorted) {
            effects.add(new RepsRunRecord.Effect(e.repId(), e.name(), e.region(), e.observations(), e.rawValue(),
                    e.effect(), e.lower(), e.upper(), e.rankRaw(), e.rankAdjusted()));
        }
        List<RepsRunRecord.Shift> shifts = new ArrayList<>(result.shifts().size());
        for (RankShift r : result.shifts()) {
            shifts.add(new RepsRunRecord.Shift(r.repId(), r.name(), r.rankRaw(), r.rankAdjusted(), r.reps()));
        }
        return new RepsRunRecord(0, startedAt, appVersion, orders.source(), s.outcome().cliName(), s.adjustFor(),
                s.season(), s.period().cliName(), s.churnWindowDays(), result.fit().observations(),
                new RepsFiles().model(result, orders), effects, shifts);
    }
}
