package org.crmworkbench.present.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.runs.ValueRunStore;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.model.ValueRunRecord;
import org.crmworkbench.model.ValueRunRecord.RfmRow;
import org.crmworkbench.model.ValueRunRecord.TopCustomer;
import org.crmworkbench.present.value.ValueCharts;
import org.crmworkbench.present.value.ValueWords;
import org.crmworkbench.work.Progress;

/**
 * A saved value analysis: the RFM segment table with the rules, the CLV distribution, the P(alive) map drawn again
 * from the model's parameters, the migration flow between lifecycle stages, the top customers and the model's
 * parameters with their standard errors.
 */
final class ValueRunItems extends RunItems {
    /** {@code analysis_runs.kind} of a value analysis (the command line's name too). */
    static final String KIND = ValueRunStore.KIND;
    private static final List<Entry> ENTRIES = List.of(new Entry("rfm-segments", false, true),
            new Entry("clv-distribution", true, true), new Entry("p-alive-map", true, true),
            new Entry("migration", true, true), new Entry("top-customers", false, false),
            new Entry("parameters", false, false));

    private final Database database;

    ValueRunItems(Database database, Messages messages, DataSetWords dataSet) {
        this(database, messages, dataSet, PersonalDataPolicy.masked());
    }

    /** As above, customer ids shown as {@code people} says. */
    ValueRunItems(Database database, Messages messages, DataSetWords dataSet, PersonalDataPolicy people) {
        super(messages, dataSet, people);
        this.database = database;
    }

    @Override
    String kind() {
        return KIND;
    }

    @Override
    List<Entry> entries() {
        return ENTRIES;
    }

    @Override
    ReportItem build(SavedRun saved, String key, Progress progress) {
        ValueRunRecord run = new ValueRunStore(database).load(saved.id()).orElseThrow();
        progress.checkCancelled();
        String source = dataSet.of(run.dataSource(), run.startedAt());
        Provenance provenance = provenance(saved, source, run.calibrationEnd()).withParameters(settings(run));
        String name = dataSet.shortName(source);
        String model = ValueWords.model(run.model());
        ValueCharts charts = new ValueCharts(messages);
        return switch (key) {
            case "rfm-segments" -> table(key, messages.get("value.report.rfmTitle", run.customers(), name,
                    run.calibrationEnd().toString()), provenance, rfmTable(run));
            case "clv-distribution" -> chart(key, messages.get("value.report.clvTitle", run.customers(), name),
                    provenance, charts.clvDistribution(run));
            case "p-alive-map" -> chart(key, messages.get("value.report.aliveTitle", model, name), provenance,
                    charts.aliveMap(run));
            case "migration" -> chart(key, messages.get("value.report.migrationTitle",
                    run.migration().from().toString(), run.migration().to().toString(), name), provenance,
                    charts.migration(run.migration()));
            case "top-customers" -> table(key, messages.get("value.report.topTitle", run.topCustomers().size(),
                    name), provenance, topTable(run));
            case "parameters" -> table(key, messages.get("value.report.parametersTitle", model, name), provenance,
                    parameterTable(run));
            default -> throw new IllegalArgumentException(key);
        };
    }

    /** The settings that reproduce the run, in one line. */
    static String settings(ValueRunRecord run) {
        StringBuilder line = new StringBuilder("model=").append(run.model()).append(" period=").append(run.unit())
                .append(" calibration_end=").append(run.calibrationEnd());
        if (run.holdoutEnd() != null) {
            line.append(" holdout_end=").append(run.holdoutEnd());
        }
        return line.append(" horizon=").append(run.horizon()).append(" discount_rate=")
                .append(ReportWords.plain(run.discountRate())).append(" margin=")
                .append(ReportWords.plain(run.margin())).toString();
    }

    /** One row per segment, in the segments' order: its rule, size, share, means and summed CLV. */
    ReportTable rfmTable(ValueRunRecord run) {
        ValueWords words = new ValueWords(messages);
        List<List<Object>> rows = new ArrayList<>();
        int all = Math.max(1, run.customers());
        for (RfmRow row : run.rfmSegments()) {
            rows.add(Arrays.asList(words.segment(row.segment()), words.segmentRule(row.segment()), row.customers(),
                    cell(100.0 * row.customers() / all), cell(row.meanRecencyDays()), cell(row.meanPurchases()),
                    cell(row.meanSpend()), cell(row.totalClv())));
        }
        return new ReportTable(List.of(messages.get("report.col.segment"), messages.get("value.report.col.rule"),
                messages.get("report.col.customers"), messages.get("value.report.col.share"),
                messages.get("value.report.col.recencyDays"), messages.get("value.report.col.purchases"),
                messages.get("value.report.col.spend"), messages.get("value.report.col.totalClv")), rows);
    }

    ReportTable topTable(ValueRunRecord run) {
        ValueWords words = new ValueWords(messages);
        List<List<Object>> rows = new ArrayList<>();
        for (TopCustomer c : run.topCustomers()) {
            rows.add(Arrays.asList(people.id(c.customerId()), cell(c.clv()), cell(c.probabilityAlive()),
                    cell(c.expectedPurchases()), c.segment().isEmpty() ? null : words.segment(c.segment()),
                    c.stage().isEmpty() ? null : words.stage(c.stage())));
        }
        return new ReportTable(List.of(messages.get("value.report.col.customer"),
                messages.get("value.report.col.clv", run.horizon(), words.unit(run.unit())),
                messages.get("value.report.col.pAlive"), messages.get("value.report.col.expectedPurchases",
                        run.horizon(), words.unit(run.unit())),
                messages.get("report.col.segment"), messages.get("value.report.col.stage")), rows);
    }

    /**
     * The purchase model's and the spend model's estimates with their standard errors and log-likelihoods, the
     * frequency/spend correlation the spend model assumes away, and each compared model's log-likelihood.
     */
    ReportTable parameterTable(ValueRunRecord run) {
        Map<String, Object> json = JsonFields.of(run.parameters());
        List<List<Object>> rows = new ArrayList<>();
        String model = ValueWords.model(run.model());
        for (String name : List.of("r", "alpha", "a", "b", "s", "beta")) {
            if (json.get(name) instanceof Number) {
                rows.add(Arrays.asList(model + " " + name, json.get(name), number(json, "standard_errors." + name)));
            }
        }
        addRow(rows, messages.get("value.report.param.logLikelihood", model), json.get("log_likelihood"));
        addRow(rows, messages.get("value.report.param.customers", model), json.get("customers"));
        for (String name : List.of("p", "q", "gamma")) {
            if (json.get("gamma_gamma." + name) instanceof Number) {
                rows.add(Arrays.asList("Gamma-Gamma " + name, json.get("gamma_gamma." + name),
                        number(json, "gamma_gamma.standard_errors." + name)));
            }
        }
        addRow(rows, messages.get("value.report.param.logLikelihood", "Gamma-Gamma"),
                json.get("gamma_gamma.log_likelihood"));
        addRow(rows, messages.get("value.report.param.correlation"),
                json.get("spend_frequency_correlation.correlation"));
        if (json.get("comparison") instanceof JsonList comparison) {
            rows.add(Arrays.asList(messages.get("value.report.param.comparison"), comparison.toString(), null));
        }
        return new ReportTable(List.of(messages.get("report.col.name"), messages.get("report.col.value"),
                messages.get("value.report.col.standardError")), rows);
    }

    private static void addRow(List<List<Object>> rows, String name, Object value) {
        if (value != null) {
            rows.add(Arrays.asList(name, value, null));
        }
    }

    private static Object number(Map<String, Object> json, String key) {
        return json.get(key) instanceof Number n ? n : null;
    }
}
