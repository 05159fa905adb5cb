package org.crmworkbench.present.sales;

import static org.crmworkbench.present.OutputFiles.cell;
import static org.crmworkbench.present.OutputFiles.number;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmworkbench.analysis.sales.RandomInterceptFit;
import org.crmworkbench.analysis.sales.RepEffect;
import org.crmworkbench.analysis.sales.RepScorecard;
import org.crmworkbench.analysis.sales.RepSettings;
import org.crmworkbench.analysis.sales.SalesTeamResult;
import org.crmworkbench.model.RepOrders;
import org.crmworkbench.present.OutputFiles;
import org.crmworkbench.present.PersonalDataPolicy;

/**
 * The {@code reps} verb's output files: {@code scorecards.csv} (one row per rep and period, columns
 * {@link #SCORECARD_COLUMNS}, the rep's fair-comparison figures repeated on each of their rows) and {@code model.json}
 * (the mixed model: outcome, adjustments, fixed effects with standard errors by name, variance components, REML
 * criterion). Every file is written atomically.
 *
 * <p>Conventions, as the other workspaces' files: column names and JSON keys are fixed English identifiers; numbers
 * are written the same on every machine (full precision, the shortest text that reads back as the same double, whole
 * numbers without a fraction, never localised); an unknown number (NaN: no quota, a churn window running past the
 * data, an aliased fixed effect) is an empty CSV cell or a JSON {@code null}; a rep left out of the model has empty
 * effect and rank cells. For order value the effect and its interval are on the log scale (0 the typical rep).
 */
public final class RepsFiles {
    /** The columns of {@code scorecards.csv}, in order. */
    public static final List<String> SCORECARD_COLUMNS = List.of("rep_id", "name", "region", "period", "orders",
            "customers", "new_customers", "revenue", "average_order_value", "repeat_rate", "lost_share", "quota",
            "attainment", "adjusted_effect", "lower95", "upper95", "rank_raw", "rank_adjusted");

    /** Writes {@code scorecards.csv} and {@code model.json} into {@code dir}, reps shown as {@code people} says. */
    public void write(Path dir, SalesTeamResult result, RepOrders orders, PersonalDataPolicy people)
            throws IOException {
        writeScorecards(dir.resolve("scorecards.csv"), result, orders, people);
        OutputFiles.writeText(dir.resolve("model.json"), model(result, orders));
    }

    /**
     * {@code scorecards.csv}: the scorecards in the result's order (by rep, then period); {@code rep_id} and
     * {@code name} as {@code people} says (by default the id as stored and the name as initials).
     */
    public void writeScorecards(Path file, SalesTeamResult result, RepOrders orders, PersonalDataPolicy people)
            throws IOException {
        Map<String, RepEffect> effects = new HashMap<>();
        for (RepEffect e : result.effects()) {
            effects.put(e.repId(), e);
        }
        OutputFiles.writeCsv(file, csv -> {
            csv.writeRecord(SCORECARD_COLUMNS);
            for (RepScorecard s : result.scorecards()) {
                RepEffect e = effects.get(s.repId());
                csv.writeRecord(people.id(s.repId()), repName(s.repId(), orders, people), orders.repRegions().getOrDefault(s.repId(), ""),
                        s.period(), Integer.toString(s.orders()), Integer.toString(s.customers()),
                        Integer.toString(s.newCustomers()), cell(s.revenue()), cell(s.averageOrderValue()),
                        cell(s.repeatRate()), cell(s.lostShare()), cell(s.quota()), cell(s.attainment()),
                        e == null ? "" : cell(e.effect()), e == null ? "" : cell(e.lower()),
                        e == null ? "" : cell(e.upper()), e == null ? "" : Integer.toString(e.rankRaw()),
                        e == null ? "" : Integer.toString(e.rankAdjusted()));
            }
        });
    }

    /** A rep's name as {@code people} says; the id (as {@code people} shows ids) when the rep has no name. */
    private static String repName(String repId, RepOrders orders, PersonalDataPolicy people) {
        String name = orders.name(repId);
        return name == null || name.equals(repId) ? people.id(name) : people.name(name);
    }

    /**
     * {@code model.json}: {@code source, outcome} (its command-line name){@code , adjust_for} (factor names)
     * {@code , season, period, churn_window_days, fixed_effects} (name to {@code estimate, std_error}, in the design's
     * order){@code , group_sd, residual_sd, intraclass_correlation, reml_criterion, observations, reps} (groups in
     * the model).
     */
    public String model(SalesTeamResult result, RepOrders orders) {
        RepSettings s = result.settings();
        RandomInterceptFit fit = result.fit();
        List<String> names = result.fixedEffectNames();
        return OutputFiles.json(json -> {
            json.writeStartObject();
            json.writeStringField("source", orders.source());
            json.writeStringField("outcome", s.outcome().cliName());
            OutputFiles.strings(json, "adjust_for", s.adjustFor());
            json.writeBooleanField("season", s.season());
            json.writeStringField("period", s.period().cliName());
            json.writeNumberField("churn_window_days", s.churnWindowDays());
            json.writeObjectFieldStart("fixed_effects");
            for (int j = 0; j < fit.beta().length; j++) {
                json.writeObjectFieldStart(j < names.size() ? names.get(j) : "x" + j);
                number(json, "estimate", fit.beta()[j]);
                number(json, "std_error", j < fit.betaStdErrors().length ? fit.betaStdErrors()[j] : Double.NaN);
                json.writeEndObject();
            }
            json.writeEndObject();
            number(json, "group_sd", fit.groupSd());
            number(json, "residual_sd", fit.residualSd());
            number(json, "intraclass_correlation", fit.intraclassCorrelation());
            number(json, "reml_criterion", fit.remlCriterion());
            json.writeNumberField("observations", fit.observations());
            json.writeNumberField("reps", fit.groupSizes().length);
            json.writeEndObject();
        });
    }
}
