package org.crmworkbench.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A stored sales-team analysis: settings, the mixed model in words (the CLI's {@code model.json}), the league table and
 * the rank shifts, enough for a report's league table and caterpillar plot.
 *
 * @param id              the run's id in {@code analysis_runs} (0 before it is saved)
 * @param startedAt       when it started
 * @param appVersion      the version that made it
 * @param dataSource      where the orders came from
 * @param outcome         the outcome's command-line name
 * @param adjustFor       the factors adjusted for
 * @param season          whether the month of the year was adjusted for
 * @param period          the scorecards' period's command-line name
 * @param churnWindowDays the churn window
 * @param observations    observations behind the model
 * @param model           {@code model.json} as text
 * @param effects         the league table, best adjusted rank first
 * @param shifts          reps whose ranks disagree, largest shift first
 */
public record RepsRunRecord(long id, Instant startedAt, String appVersion, String dataSource, String outcome,
                            List<String> adjustFor, boolean season, String period, int churnWindowDays,
                            int observations, String model, List<Effect> effects, List<Shift> shifts) {
    public RepsRunRecord {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(period, "period");
        adjustFor = List.copyOf(adjustFor);
        model = model == null ? "{}" : model;
        effects = List.copyOf(effects);
        shifts = List.copyOf(shifts);
    }

    public RepsRunRecord withId(long newId) {
        return new RepsRunRecord(newId, startedAt, appVersion, dataSource, outcome, adjustFor, season, period,
                churnWindowDays, observations, model, effects, shifts);
    }

    /** One rep of the league table (see {@code analysis.sales.RepEffect}). */
    public record Effect(String repId, String name, String region, int observations, double rawValue, double effect,
                         double lower, double upper, int rankRaw, int rankAdjusted) {
    }

    /** A rep whose raw and adjusted ranks disagree. */
    public record Shift(String repId, String name, int rankRaw, int rankAdjusted, int reps) {
    }
}
