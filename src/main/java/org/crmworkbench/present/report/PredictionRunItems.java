package org.crmworkbench.present.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.runs.PredictionRunStore;
import org.crmworkbench.data.runs.RunReferences;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.model.PredictionRunRecord;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.present.chart.ChartFonts;
import org.crmworkbench.present.chart.ChartStyle;
import org.crmworkbench.present.predict.TermLabels;
import org.crmworkbench.present.segment.SegmentPalette;
import org.crmworkbench.work.Progress;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.statistics.HistogramDataset;

/**
 * A saved prediction run: how the customers' scores are spread (a histogram of predicted values or probabilities),
 * the model's evaluation, and the customers with the highest scores.
 */
final class PredictionRunItems extends RunItems {
    /** Bars of the score histogram. */
    static final int BINS = 30;
    /** Rows of the top-customers table. */
    static final int TOP = 20;
    private static final List<Entry> ENTRIES = List.of(new Entry("scores", true, true),
            new Entry("metrics", false, true), new Entry("top-customers", false, false));

    private final Database database;

    PredictionRunItems(Database database, Messages messages, DataSetWords dataSet, PersonalDataPolicy people) {
        super(messages, dataSet, people);
        this.database = database;
    }

    @Override
    String kind() {
        return PredictionRunStore.KIND;
    }

    @Override
    List<Entry> entries() {
        return ENTRIES;
    }

    @Override
    ReportItem build(SavedRun saved, String key, Progress progress) {
        PredictionRunRecord run = new PredictionRunStore(database).load(saved.id()).orElseThrow();
        progress.checkCancelled();
        String source = dataSet.of(run.dataSource(), run.startedAt());
        String shortName = dataSet.shortName(source);
        Provenance provenance = provenance(saved, source, run.cutoff());
        String target = new TermLabels(messages).label(run.target());
        boolean classification = PredictionRunRecord.CLASSIFICATION.equals(run.task());
        return switch (key) {
            case "scores" -> chart(key, messages.get(classification ? "report.title.predict.probabilities"
                    : "report.title.predict.values", target, run.model(), run.customerIds().length, shortName),
                    provenance, histogram(run, target, classification));
            case "metrics" -> table(key, messages.get("report.title.predict.metrics", target, run.model(),
                    shortName), provenance, metrics(run));
            case "top-customers" -> table(key, messages.get("report.title.predict.top", Math.min(TOP,
                    run.customerIds().length), target, shortName), provenance, top(run, target, classification));
            default -> throw new IllegalArgumentException(key);
        };
    }

    private JFreeChart histogram(PredictionRunRecord run, String target, boolean classification) {
        double[] values = Arrays.stream(run.values()).filter(Double::isFinite).toArray();
        HistogramDataset data = new HistogramDataset();
        String series = messages.get("report.chart.scores.customers");
        if (values.length > 0) {
            double lo = classification ? 0 : Arrays.stream(values).min().getAsDouble();
            double hi = classification ? 1 : Arrays.stream(values).max().getAsDouble();
            if (hi <= lo) {
                hi = lo + 1;
            }
            data.addSeries(series, values, BINS, lo, hi);
        }
        XYBarRenderer bars = new XYBarRenderer(0.05);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setAutoPopulateSeriesPaint(false);
        bars.setSeriesPaint(0, new SegmentPalette().colour(0));
        NumberAxis x = new NumberAxis(classification
                ? messages.get("report.chart.scores.probability", target)
                : messages.get("report.chart.scores.value", target, run.target()));
        x.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, new NumberAxis(messages.get("report.chart.scores.count")), bars);
        JFreeChart chart = new JFreeChart(target, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        return new ChartStyle(new ChartFonts()).apply(chart);
    }

    private ReportTable metrics(PredictionRunRecord run) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList(messages.get("report.param.model"), run.model()));
        rows.add(Arrays.asList(messages.get("report.param.target"), run.target()));
        rows.add(Arrays.asList(messages.get("report.param.features"), String.join(", ", run.features())));
        for (Map.Entry<String, Object> e : JsonFields.of(run.metrics()).entrySet()) {
            rows.add(Arrays.asList(fieldLabel(e.getKey()), e.getValue()));
        }
        return new ReportTable(List.of(messages.get("report.col.name"), messages.get("report.col.value")), rows);
    }

    private ReportTable top(PredictionRunRecord run, String target, boolean classification) {
        Integer[] order = new Integer[run.customerIds().length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        double[] v = run.values();
        Arrays.sort(order, (a, b) -> {
            double x = Double.isNaN(v[a]) ? Double.NEGATIVE_INFINITY : v[a];
            double y = Double.isNaN(v[b]) ? Double.NEGATIVE_INFINITY : v[b];
            int c = Double.compare(y, x);
            return c != 0 ? c : Long.compare(run.customerIds()[a], run.customerIds()[b]);
        });
        int count = Math.min(TOP, order.length);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(run.customerIds()[order[i]]);
        }
        Map<Long, RunReferences.Named> names = new RunReferences(database).customers(ids);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = run.customerIds()[order[i]];
            RunReferences.Named named = names.get(id);
            rows.add(Arrays.asList(i + 1, named == null ? String.valueOf(id) : people.id(named.externalId()),
                    named == null ? null : people.name(named.name()), cell(v[order[i]])));
        }
        return new ReportTable(List.of(messages.get("report.col.rank"), messages.get("report.col.customerId"),
                messages.get("report.col.customerName"), messages.get(classification
                        ? "report.col.probability" : "report.col.predicted", target)), rows);
    }
}
