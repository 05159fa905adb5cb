package org.crmworkbench.analysis.sales;

import java.util.List;
import java.util.Objects;

/**
 * One sales-team analysis.
 *
 * @param settings        what was asked
 * @param scorecards      every rep's figures per period, by rep then period
 * @param effects         the fair comparison, best adjusted rank first
 * @param fit             the mixed model behind it
 * @param fixedEffectNames the names of {@code fit.beta()}'s columns ({@code (intercept)}, {@code region=Europe}, ...)
 * @param shifts          reps whose raw and adjusted ranks disagree, the largest shift first
 * @param trends          each rep's monthly revenue and forecast, in the effects' order (reps with too short a history
 *                        are left out)
 */
public record SalesTeamResult(RepSettings settings, List<RepScorecard> scorecards, List<RepEffect> effects,
                              RandomInterceptFit fit, List<String> fixedEffectNames, List<RankShift> shifts,
                              List<RepTrend> trends) {
    public SalesTeamResult {
        Objects.requireNonNull(settings, "settings");
        scorecards = List.copyOf(scorecards);
        effects = List.copyOf(effects);
        Objects.requireNonNull(fit, "fit");
        fixedEffectNames = List.copyOf(fixedEffectNames);
        shifts = List.copyOf(shifts);
        trends = List.copyOf(trends);
    }
}
