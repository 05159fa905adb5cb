package org.crmworkbench.cli;

import static org.crmworkbench.cli.PredictionReport.g;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.crmworkbench.analysis.value.ClvSettings;
import org.crmworkbench.analysis.value.CustomerValue;
import org.crmworkbench.analysis.value.GammaGammaModel;
import org.crmworkbench.analysis.value.LifecycleStage;
import org.crmworkbench.analysis.value.ModelComparison;
import org.crmworkbench.analysis.value.ModelParameter;
import org.crmworkbench.analysis.value.PurchaseModel;
import org.crmworkbench.analysis.value.RfmSegment;
import org.crmworkbench.analysis.value.SpendIndependence;
import org.crmworkbench.analysis.value.ValueResult;
import org.crmworkbench.analysis.value.ValueSettings;
import org.crmworkbench.i18n.Messages;

/** What {@code workbench value} prints: the data, the fitted models, CLV, RFM segments and lifecycle stages. */
final class ValueReport {
    private final Messages m;
    private final PrintStream out;

    ValueReport(Messages messages, PrintStream out) {
        this.m = messages;
        this.out = out;
    }

    void print(int purchases, String source, ValueResult r) {
        ValueSettings s = r.settings();
        String unit = m.get("value.period." + s.unit().key());
        long repeat = r.summaries().customers().stream().filter(c -> c.frequency() > 0).count();
        out.println(m.get("cli.value.purchases", purchases, source));
        out.println(m.get("cli.value.calibration", s.calibrationEnd().toString(), unit, r.summaries().size(),
                repeat));
        if (s.holdoutEnd() != null) {
            out.println(m.get("cli.value.holdout", s.holdoutEnd().toString(), g(r.summaries().holdoutLength()),
                    unit));
        }
        out.println(m.get("cli.value.model", r.model().kind().label(), parameters(r.model().parameters().toArray(
                ModelParameter[]::new)), g(r.model().logLikelihood())));
        for (PurchaseModel other : r.others()) {
            out.println(m.get("cli.value.other", other.kind().label(), parameters(other.parameters().toArray(
                    ModelParameter[]::new)), g(other.logLikelihood())));
        }
        if (s.holdoutEnd() != null) {
            for (ModelComparison.Row row : r.comparison().rows()) {
                out.println(m.get("cli.value.holdoutLine", row.kind().label(), g(row.holdoutExpected()),
                        g(row.holdoutActual()), g(row.holdoutMae())));
            }
        }
        GammaGammaModel spend = r.spend();
        out.println(m.get("cli.value.spend", spend.customers(), parameters(spend.parameters().toArray(
                ModelParameter[]::new)), g(spend.logLikelihood())));
        SpendIndependence independence = r.independence();
        out.println(m.get(independence.weak() ? "cli.value.independent" : "cli.value.dependent",
                g(independence.correlation())));
        ClvSettings clv = s.clv();
        double[] values = r.customers().stream().mapToDouble(CustomerValue::clv).sorted().toArray();
        double total = Arrays.stream(values).sum();
        out.println(m.get("cli.value.clv", clv.horizon(), unit, g(clv.annualDiscountRate() * 100),
                g(clv.margin() * 100), g(total), g(total / values.length), g(median(values))));
        out.println(m.get("cli.value.rfm", r.rfm().bins()));
        for (Map.Entry<RfmSegment, Integer> e : r.rfm().segmentSizes().entrySet()) {
            out.println("  " + m.get("cli.value.count", m.get("value.rfm.segment." + e.getKey().key()),
                    e.getValue()));
        }
        out.println(m.get("cli.value.stages", s.calibrationEnd().toString()));
        Map<LifecycleStage, Long> stages = r.customers().stream().collect(Collectors.groupingBy(CustomerValue::stage,
                () -> new java.util.EnumMap<>(LifecycleStage.class), Collectors.counting()));
        for (LifecycleStage stage : LifecycleStage.values()) {
            out.println("  " + m.get("cli.value.count", m.get("value.stage." + stage.key()),
                    stages.getOrDefault(stage, 0L)));
        }
    }

    private String parameters(ModelParameter... parameters) {
        StringBuilder text = new StringBuilder();
        for (ModelParameter p : parameters) {
            text.append(text.length() == 0 ? "" : ", ").append(m.get("cli.value.parameter", p.name(), g(p.value()),
                    g(p.standardError())));
        }
        return text.toString();
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
