package org.crmworkbench.ui.value;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crmworkbench.analysis.value.CustomerValue;
import org.crmworkbench.analysis.value.GammaGammaModel;
import org.crmworkbench.analysis.value.LifecycleStage;
import org.crmworkbench.analysis.value.ModelComparison;
import org.crmworkbench.analysis.value.ModelParameter;
import org.crmworkbench.analysis.value.PurchaseModel;
import org.crmworkbench.analysis.value.RfmSegment;
import org.crmworkbench.analysis.value.SpendIndependence;
import org.crmworkbench.analysis.value.StageMigration;
import org.crmworkbench.analysis.value.ValueResult;
import org.crmworkbench.i18n.Messages;

/** The rows of the Value workspace's tables, made from a result; numbers stay numbers so the tables sort. */
public final class ValueRows {
    /** Customers the top-customers table lists. */
    static final int TOP = 25;

    private ValueRows() {
    }

    /** One RFM segment: its name, the rule that puts customers in it, its size and share of the customers. */
    public record SegmentRow(String segment, String rule, int customers, double share) {
    }

    /** One customer: RFM scores, segment, stage, P(alive), expected purchases over the horizon, CLV. */
    public record CustomerRow(String id, int r, int f, int m, String segment, String stage, double probabilityAlive,
                              double expectedPurchases, double expectedSpend, double clv) {
    }

    /** One fitted parameter (or the log-likelihood, without a standard error) of one of the models. */
    public record ParameterRow(String model, String name, double value, double standardError) {
    }

    /** One model of the comparison; the one that values the customers is marked. */
    public record ComparisonRow(String model, boolean chosen, double logLikelihood, int parameters, double holdoutMae,
                                double holdoutExpected, double holdoutActual) {
    }

    /** One row of the migration matrix: customers in stage {@code from} at the earlier date, by their later stage. */
    public record MigrationRow(String from, int[] counts, int total) {
    }

    static List<SegmentRow> segments(ValueResult result, ValueLabels labels) {
        Map<RfmSegment, Integer> sizes = result.rfm().segmentSizes();
        int all = result.rfm().scores().size();
        List<SegmentRow> rows = new ArrayList<>();
        for (RfmSegment segment : RfmSegment.values()) {
            int n = sizes.getOrDefault(segment, 0);
            rows.add(new SegmentRow(labels.segment(segment), labels.rule(segment, result.rfm().bins()), n,
                    all == 0 ? 0 : (double) n / all));
        }
        return rows;
    }

    static List<CustomerRow> customers(ValueResult result, ValueLabels labels) {
        List<CustomerRow> rows = new ArrayList<>(result.customers().size());
        for (CustomerValue c : result.customers()) {
            rows.add(row(c, labels));
        }
        return rows;
    }

    /** The {@link #TOP} customers by CLV, highest first. */
    static List<CustomerRow> top(ValueResult result, ValueLabels labels) {
        return result.customers().stream().sorted(Comparator.comparingDouble(CustomerValue::clv).reversed()
                .thenComparing(c -> c.summary().customerId())).limit(TOP).map(c -> row(c, labels)).toList();
    }

    private static CustomerRow row(CustomerValue c, ValueLabels labels) {
        return new CustomerRow(c.summary().customerId(), c.rfm().recency(), c.rfm().frequency(), c.rfm().monetary(),
                labels.segment(c.rfm().segment()), labels.stage(c.stage()), c.probabilityAlive(),
                c.expectedPurchases(), c.expectedSpend(), c.clv());
    }

    /** The purchase model's parameters and log-likelihood, then the Gamma-Gamma model's. */
    static List<ParameterRow> parameters(ValueResult result, Messages messages) {
        List<ParameterRow> rows = new ArrayList<>();
        PurchaseModel model = result.model();
        String name = model.kind().label();
        for (ModelParameter p : model.parameters()) {
            rows.add(new ParameterRow(name, p.name(), p.value(), p.standardError()));
        }
        rows.add(new ParameterRow(name, messages.get("value.ws.parameter.logLikelihood"), model.logLikelihood(),
                Double.NaN));
        GammaGammaModel spend = result.spend();
        if (spend != null) {
            String gg = messages.get("value.ws.parameter.gammaGamma");
            for (ModelParameter p : spend.parameters()) {
                rows.add(new ParameterRow(gg, p.name(), p.value(), p.standardError()));
            }
            rows.add(new ParameterRow(gg, messages.get("value.ws.parameter.logLikelihood"), spend.logLikelihood(),
                    Double.NaN));
        }
        return rows;
    }

    static List<ComparisonRow> comparison(ValueResult result) {
        List<ComparisonRow> rows = new ArrayList<>();
        if (result.comparison() == null) {
            return rows;
        }
        for (ModelComparison.Row r : result.comparison().rows()) {
            rows.add(new ComparisonRow(r.kind().label(), r.kind() == result.model().kind(), r.logLikelihood(),
                    r.parameters(), r.holdoutMae(), r.holdoutExpected(), r.holdoutActual()));
        }
        return rows;
    }

    /** One row per stage at the earlier date, then the customers who arrived after it. */
    static List<MigrationRow> migration(StageMigration migration, ValueLabels labels, Messages messages) {
        List<MigrationRow> rows = new ArrayList<>();
        if (migration == null) {
            return rows;
        }
        LifecycleStage[] stages = LifecycleStage.values();
        for (int a = 0; a < stages.length && a < migration.counts().length; a++) {
            int[] counts = migration.counts()[a].clone();
            rows.add(new MigrationRow(labels.stage(stages[a]), counts, sum(counts)));
        }
        if (migration.arrivals() != null) {
            rows.add(new MigrationRow(messages.get("value.ws.migration.arrivals", migration.from().toString()), migration.arrivals().clone(),
                    sum(migration.arrivals())));
        }
        return rows;
    }

    private static int sum(int[] counts) {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        return total;
    }

    /** The model line above the tables: which model, on how many customers, its log-likelihood. */
    static String modelSummary(ValueResult result, Messages messages) {
        PurchaseModel model = result.model();
        return messages.get("value.ws.model.summary", model.kind().label(), model.customers(),
                numberFormat(messages.locale(), 2).format(model.logLikelihood()),
                result.summaries().calibrationEnd().toString());
    }

    /** The frequency / spend correlation in words, with a warning when it is not weak. */
    static String independence(SpendIndependence independence, Messages messages) {
        if (independence == null || Double.isNaN(independence.correlation())) {
            return messages.get("value.ws.independence.unknown");
        }
        String r = numberFormat(messages.locale(), 3).format(independence.correlation());
        return independence.weak()
                ? messages.get("value.ws.independence.weak", r, independence.customers())
                : messages.get("value.ws.independence.strong", r, independence.customers());
    }

    /** Grouped digits with at most {@code decimals} decimals, in the reader's format. */
    static NumberFormat numberFormat(Locale locale, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(decimals);
        format.setMinimumFractionDigits(0);
        return format;
    }
}
