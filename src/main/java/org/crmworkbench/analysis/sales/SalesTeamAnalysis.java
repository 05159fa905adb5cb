package org.crmworkbench.analysis.sales;

import java.util.List;
import org.crmworkbench.model.RepOrders;
import org.crmworkbench.model.RepQuota;
import org.crmworkbench.work.Progress;

/**
 * Scorecards, the fair comparison (a random intercept per rep by REML, adjusted for the settings' factors and the
 * season) and each rep's trend, with progress and cancellation. Quotas naming reps or periods the orders do not have
 * are refused with their names ({@link org.crmworkbench.work.UnsuitableDataException}).
 */
public final class SalesTeamAnalysis {
    // skeleton: the analysis helper implements it

    public SalesTeamResult run(RepOrders orders, List<RepQuota> quotas, RepSettings settings, Progress progress) {
        throw new UnsupportedOperationException("not yet");
    }
}
