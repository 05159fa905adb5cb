package org.crmworkbench.analysis.sales;

import java.util.List;
import java.util.TreeSet;
import org.crmworkbench.model.RepOrder;
import org.crmworkbench.model.RepOrders;
import org.crmworkbench.model.RepQuota;
import org.crmworkbench.work.Progress;
import org.crmworkbench.work.UnsuitableDataException;

/**
 * Scorecards, the fair comparison (a random intercept per rep by REML, adjusted for the settings' factors and the
 * season) and each rep's trend, with progress and cancellation. Quotas naming reps or periods the orders do not have
 * are refused with their names ({@link org.crmworkbench.work.UnsuitableDataException}).
 *
 * <p>Stages: {@code sales.progress.scorecards}, {@code sales.progress.model}, {@code sales.progress.trend} (per rep).
 * See {@link RepScorecards}, {@link FairComparison} and {@link RepTrends} for the definitions; reps with under 24
 * months of history have no trend.
 */
public final class SalesTeamAnalysis {

    public SalesTeamResult run(RepOrders orders, List<RepQuota> quotas, RepSettings settings, Progress progress) {
        if (orders.orders().isEmpty()) {
            throw new UnsuitableDataException("sales.data.noOrders", "there are no orders with a rep");
        }
        List<String> reps = List.copyOf(new TreeSet<>(orders.orders().stream().map(RepOrder::repId).toList()));
        if (reps.size() < 2) {
            throw new UnsuitableDataException("sales.data.oneRep",
                    "comparing reps needs at least two; the orders have only " + reps.get(0), reps.get(0));
        }
        FairComparison.factorIndexes(orders.factorNames(), settings.adjustFor());
        progress.stage("sales.progress.scorecards", reps.size());
        List<RepScorecard> cards = new RepScorecards().make(orders, quotas, settings.period(),
                settings.churnWindowDays(), reps, progress);
        progress.checkCancelled();
        progress.stage("sales.progress.model", settings.outcome().cliName(), reps.size());
        FairComparison.Outcome fair = new FairComparison().run(orders, settings, reps, progress);
        List<String> inOrder = fair.effects().stream().map(RepEffect::repId).toList();
        List<RepTrend> trends = new RepTrends().make(orders, inOrder, settings.horizon(), progress);
        progress.worked(1, 1);
        return new SalesTeamResult(settings, cards, fair.effects(), fair.fit(), fair.fixedEffectNames(),
                fair.shifts(), trends);
    }
}
