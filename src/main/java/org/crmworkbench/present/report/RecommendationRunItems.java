package org.crmworkbench.present.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmworkbench.analysis.recommend.ColdStart;
import org.crmworkbench.analysis.recommend.RecommendationSource;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.runs.RecommendationRunStore;
import org.crmworkbench.data.runs.RunReferences;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.RecommendationRunRecord;
import org.crmworkbench.model.RecommendationRunRecord.RecommendedItem;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.present.chart.ChartFonts;
import org.crmworkbench.present.chart.ChartStyle;
import org.crmworkbench.present.recommend.RecommendationWording;
import org.crmworkbench.present.segment.SegmentPalette;
import org.crmworkbench.work.Progress;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A saved set of recommendations: the products recommended most often (with how often and at which rank on
 * average), and where the recommendations came from (the method behind each, and the cold-start fallbacks).
 */
final class RecommendationRunItems extends RunItems {
    /** Rows of the top-products table. */
    static final int TOP = 20;
    private static final List<Entry> ENTRIES = List.of(new Entry("top-products", false, true),
            new Entry("sources", true, false));

    private final Database database;

    RecommendationRunItems(Database database, Messages messages, DataSetWords dataSet) {
        super(messages, dataSet);
        this.database = database;
    }

    @Override
    String kind() {
        return RecommendationRunStore.KIND;
    }

    @Override
    List<Entry> entries() {
        return ENTRIES;
    }

    @Override
    ReportItem build(SavedRun saved, String key, Progress progress) {
        RecommendationRunRecord run = new RecommendationRunStore(database).load(saved.id()).orElseThrow();
        progress.checkCancelled();
        String source = dataSet.of(run.dataSource(), run.startedAt());
        String shortName = dataSet.shortName(source);
        Provenance provenance = provenance(saved, source, null);
        return switch (key) {
            case "top-products" -> table(key, messages.get("report.title.recommend.top", Math.min(TOP,
                    distinctProducts(run)), run.customers(), run.listLength(), shortName), provenance, top(run));
            case "sources" -> chart(key, messages.get("report.title.recommend.sources", run.items().size(),
                    run.customers(), shortName), provenance, sources(run));
            default -> throw new IllegalArgumentException(key);
        };
    }

    private static int distinctProducts(RecommendationRunRecord run) {
        return (int) run.items().stream().mapToLong(RecommendedItem::productId).distinct().count();
    }

    private ReportTable top(RecommendationRunRecord run) {
        Map<Long, long[]> counts = new LinkedHashMap<>(); // product -> {times, sum of ranks}
        for (RecommendedItem item : run.items()) {
            long[] c = counts.computeIfAbsent(item.productId(), p -> new long[2]);
            c[0]++;
            c[1] += item.rank();
        }
        List<Map.Entry<Long, long[]>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Comparator.<Map.Entry<Long, long[]>>comparingLong(e -> -e.getValue()[0])
                .thenComparingDouble(e -> (double) e.getValue()[1] / e.getValue()[0])
                .thenComparingLong(Map.Entry::getKey));
        List<Map.Entry<Long, long[]>> top = sorted.subList(0, Math.min(TOP, sorted.size()));
        Map<Long, RunReferences.Named> names = new RunReferences(database).products(
                top.stream().map(Map.Entry::getKey).toList());
        int customers = Math.max(1, run.customers());
        List<List<Object>> rows = new ArrayList<>();
        int rank = 1;
        for (Map.Entry<Long, long[]> e : top) {
            RunReferences.Named named = names.get(e.getKey());
            long times = e.getValue()[0];
            rows.add(Arrays.asList(rank++, named == null ? String.valueOf(e.getKey()) : named.name(),
                    named == null ? null : named.externalId(), times, 100.0 * times / customers,
                    (double) e.getValue()[1] / times));
        }
        return new ReportTable(List.of(messages.get("report.col.rank"), messages.get("report.col.product"),
                messages.get("report.col.productId"), messages.get("report.col.timesRecommended"),
                messages.get("report.col.customerShare"), messages.get("report.col.meanRank")), rows);
    }

    private JFreeChart sources(RecommendationRunRecord run) {
        RecommendationWording wording = new RecommendationWording(messages);
        Map<String, Integer> bySource = new LinkedHashMap<>();
        Map<String, Integer> byReason = new LinkedHashMap<>();
        for (RecommendedItem item : run.items()) {
            bySource.merge(sourceName(wording, item.source()), 1, Integer::sum);
            String reason = reasonName(wording, item.coldStart());
            if (!reason.isEmpty()) {
                byReason.merge(reason, 1, Integer::sum);
            }
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String sourceSeries = messages.get("report.chart.sources.source");
        String reasonSeries = messages.get("report.chart.sources.coldStart");
        bySource.forEach((name, count) -> data.addValue(count, sourceSeries, name));
        byReason.forEach((name, count) -> data.addValue(count, reasonSeries, name));
        BarRenderer bars = new BarRenderer();
        bars.setAutoPopulateSeriesPaint(false);
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0);
        SegmentPalette palette = new SegmentPalette();
        bars.setSeriesPaint(0, palette.colour(0));
        bars.setSeriesPaint(1, palette.colour(1));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(messages.get("report.chart.sources.category")),
                new NumberAxis(messages.get("report.chart.sources.axis")), bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(messages.get("report.chart.sources.title"), JFreeChart.DEFAULT_TITLE_FONT,
                plot, true);
        return new ChartStyle(new ChartFonts()).apply(chart);
    }

    private static String sourceName(RecommendationWording wording, String stored) {
        try {
            return wording.source(RecommendationSource.valueOf(stored));
        } catch (IllegalArgumentException e) {
            return stored;
        }
    }

    private static String reasonName(RecommendationWording wording, String stored) {
        try {
            return wording.coldStart(ColdStart.valueOf(stored));
        } catch (IllegalArgumentException e) {
            return stored;
        }
    }

}
