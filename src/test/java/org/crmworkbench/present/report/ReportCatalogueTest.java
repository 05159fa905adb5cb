package org.crmworkbench.present.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.crmworkbench.analysis.segment.FeatureMatrix;
import org.crmworkbench.analysis.segment.SegmentationResult;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.features.CustomerFeatureReader;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.Importer;
import org.crmworkbench.data.runs.EvaluationRunStore;
import org.crmworkbench.data.runs.ForecastRunStore;
import org.crmworkbench.data.runs.PredictionRunStore;
import org.crmworkbench.data.runs.RecommendationRunStore;
import org.crmworkbench.data.runs.SegmentRunStore;
import org.crmworkbench.data.sample.SampleDataGenerator;
import org.crmworkbench.data.sample.SampleDataSpec;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.CustomerFeatureSet;
import org.crmworkbench.model.ForecastRunRecord;
import org.crmworkbench.model.PredictionRunRecord;
import org.crmworkbench.model.RecommendationEvaluationRecord;
import org.crmworkbench.model.RecommendationEvaluationRecord.MethodScore;
import org.crmworkbench.model.RecommendationRunRecord;
import org.crmworkbench.model.RecommendationRunRecord.RecommendedItem;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.model.SegmentRunRecord;
import org.crmworkbench.model.SegmentRunRecord.NamedSegment;
import org.crmworkbench.model.SeriesFrequency;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue on a generated sample data set whose customers were imported in shuffled order, with one saved run
 * of every kind: a segmentation whose labels were planted (heavy buyers: orders per month above the median) and
 * stored for two thirds of the customers in shuffled order.
 */
class ReportCatalogueTest {
    private static final String FEATURE = "orders_per_month";
    private static final Messages EN = new Messages(Locale.ENGLISH);

    @TempDir
    static Path dir;
    static Database db;
    static long segmentRun;
    static long forecastRun;
    static long evaluationRun;
    static long recommendRun;
    static long predictRun;
    static double median;
    static int heavy;
    static int light;

    @BeforeAll
    static void savedRunsOfEveryKind() throws Exception {
        Path set = dir.resolve("set");
        new SampleDataGenerator(SampleDataSpec.defaults(300, 3)).writeTo(set, false, Progress.none());
        shuffleRows(set.resolve("customers.csv"), new SplittableRandom(5));
        db = Database.openFile(dir.resolve("db").resolve("crm"));
        new Importer(db, EN).importDirectory(set, ImportOptions.defaults(), Progress.none());

        CustomerFeatureSet features = new CustomerFeatureReader(db).read(Progress.none());
        double[] perMonth = features.table().numeric(FEATURE).orElseThrow().values();
        median = median(perMonth);
        long[] ids = features.customerIds();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            if (i % 3 != 2) {
                kept.add(i);
            }
        }
        java.util.Collections.shuffle(kept, new java.util.Random(11));
        long[] runIds = new long[kept.size()];
        int[] labels = new int[kept.size()];
        for (int j = 0; j < kept.size(); j++) {
            int row = kept.get(j);
            runIds[j] = ids[row];
            labels[j] = perMonth[row] > median ? 1 : 0;
            if (labels[j] == 1) {
                heavy++;
            } else {
                light++;
            }
        }
        Instant t = Instant.parse("2026-01-01T09:00:00Z");
        segmentRun = new SegmentRunStore(db).save(new SegmentRunRecord(0, "kmeans", 2, null, null, 10, 7L, "zscore",
                CustomerFeatureReader.DEFAULT_FEATURES, features.asOf(), 0.4, t, "test",
                List.of(new NamedSegment(0, "Light buyers", light, 0.3), new NamedSegment(1, "Heavy buyers", heavy,
                        0.7)), runIds, labels)).id();

        List<ForecastRunRecord.HistoryPoint> history = new ArrayList<>();
        for (int m = 0; m < 24; m++) {
            history.add(new ForecastRunRecord.HistoryPoint(LocalDate.of(2024, 1, 1).plusMonths(m), 100 + m,
                    m == 0 ? Double.NaN : 99 + m));
        }
        List<ForecastRunRecord.ForecastPoint> ahead = new ArrayList<>();
        for (int h = 0; h < 6; h++) {
            ahead.add(new ForecastRunRecord.ForecastPoint(LocalDate.of(2026, 1, 1).plusMonths(h), 124 + h,
                    new int[] {80, 95}, new double[] {120 + h, 118 + h}, new double[] {128 + h, 130 + h}));
        }
        forecastRun = new ForecastRunStore(db).save(new ForecastRunRecord(0, "revenue/month", "revenue",
                SeriesFrequency.MONTH, "hw-add", "auto", "{\"alpha\":0.3,\"beta\":0.1,\"states\":{\"level\":100}}",
                12.5, "{\"mae\":1.5,\"rmse\":2.0,\"mase\":0.8}", 1L, db.description(), t.plusSeconds(1), "test",
                history, ahead)).id();

        evaluationRun = new EvaluationRunStore(db).save(new RecommendationEvaluationRecord(0, "random test-share=0.2",
                10, 4.0, 3L, db.description(), t.plusSeconds(2), "test", List.of(
                new MethodScore("itemknn", "k=20", 0.9, 0.7, 0.12, 0.3, 0.25, 0.18, 0.55, 0.4, 0.5, 0.1, 120),
                new MethodScore("itemknn", "k=40", 0.88, 0.69, 0.13, 0.31, 0.26, 0.19, 0.56, 0.35, 0.6, 0.1, 120),
                new MethodScore("popular", "", Double.NaN, Double.NaN, 0.08, 0.2, 0.15, 0.1, 0.4, 0.05, 0.01, 0.02,
                        120)))).id();

        List<RecommendedItem> items = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            items.add(new RecommendedItem(ids[c], 1, 1, 4.5, true, "ITEM_KNN", "NONE", "because"));
            items.add(new RecommendedItem(ids[c], 2, 2 + c % 2, 4.0, true, c < 3 ? "POPULARITY" : "ITEM_KNN",
                    c < 3 ? "NEW_CUSTOMER" : "NONE", "because"));
        }
        recommendRun = new RecommendationRunStore(db).save(new RecommendationRunRecord(0, "itemknn", "k=20", 4L, 2,
                db.description(), t.plusSeconds(3), "test", items), Progress.none()).id();

        double[] probability = new double[ids.length];
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < ids.length; i++) {
            probability[i] = random.nextDouble();
        }
        probability[4] = 0.999;
        predictRun = new PredictionRunStore(db).save(new PredictionRunRecord(0, PredictionRunRecord.CLASSIFICATION,
                "logistic", "churned", List.of("recency_days"), "{}", "{\"auc\":0.81,\"confusion\":{\"tp\":3}}", 2L,
                LocalDate.of(2026, 1, 1), 180, db.description(), t.plusSeconds(4), "test", ids, probability)).id();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void listsTheRunsNewestFirstWithTheirItemsAndDefaults() {
        ReportCatalogue catalogue = new ReportCatalogue(db, EN);
        assertEquals(List.of(predictRun, recommendRun, evaluationRun, forecastRun, segmentRun),
                catalogue.runs().stream().map(SavedRun::id).toList());
        assertEquals(evaluationRun, catalogue.latest("evaluation").orElseThrow().id());
        assertEquals(evaluationRun, catalogue.latest("recommend-eval").orElseThrow().id());
        assertEquals(segmentRun, catalogue.latest("segment").orElseThrow().id());
        assertEquals(List.of("scatter", "profiles", "segments", "radar"), keys(catalogue.items(segmentRun)));
        assertEquals(List.of("scatter", "profiles", "segments"), keys(catalogue.defaultItems(segmentRun)));
        assertEquals(List.of("forecast", "forecast-table"), keys(catalogue.defaultItems(forecastRun)));
        assertEquals(List.of("comparison", "metrics"), keys(catalogue.defaultItems(evaluationRun)));
        assertEquals(List.of("top-products"), keys(catalogue.defaultItems(recommendRun)));
        assertEquals(List.of("scores", "metrics"), keys(catalogue.defaultItems(predictRun)));
        assertEquals("Segment scatter (PCA)", catalogue.items(segmentRun).get(0).label());
        assertTrue(catalogue.dataSet().matches("crm\\.mv\\.db: 300 customers, [0-9,]+ orders "
                + "\\d{4}-\\d\\d-\\d\\d\\.\\.\\d{4}-\\d\\d-\\d\\d, last import .*"), catalogue.dataSet());
    }

    @Test
    void everyItemOfEveryKindBuildsWithItsProvenance() {
        ReportCatalogue catalogue = new ReportCatalogue(db, EN);
        for (long run : List.of(segmentRun, forecastRun, evaluationRun, recommendRun, predictRun)) {
            for (ItemChoice choice : catalogue.items(run)) {
                ReportItem item = catalogue.build(run, choice.key(), Progress.none());
                assertEquals(choice.key(), item.key());
                assertEquals(choice.chart(), item instanceof ReportItem.Chart, choice.toString());
                assertFalse(item.title().isBlank());
                Provenance p = item.provenance();
                assertEquals(run, p.runId());
                assertEquals("test", p.appVersion());
                assertNotNull(p.runAt());
                assertTrue(p.dataSet().startsWith("crm.mv.db: 300 customers"), p.dataSet());
                if (item instanceof ReportItem.Table table) {
                    assertFalse(table.table().rows().isEmpty(), choice.toString());
                }
            }
        }
    }

    @Test
    void theScatterHasOnePointPerStoredCustomerColouredByTheStoredLabel() {
        ReportCatalogue catalogue = new ReportCatalogue(db, EN);
        ReportItem.Chart scatter = assertInstanceOf(ReportItem.Chart.class,
                catalogue.build(segmentRun, "scatter", Progress.none()));
        XYDataset points = ((XYPlot) scatter.chart().getPlot()).getDataset(0);
        assertEquals(2, points.getSeriesCount());
        assertEquals("Light buyers", points.getSeriesKey(0));
        assertEquals("Heavy buyers", points.getSeriesKey(1));
        assertEquals(light, points.getItemCount(0));
        assertEquals(heavy, points.getItemCount(1));
        assertTrue(scatter.title().contains(String.format(Locale.ENGLISH, "%d customers", light + heavy)),
                scatter.title());
        assertEquals(new CustomerFeatureReader(db).read(Progress.none()).asOf(), scatter.provenance().dataAsOf());

        // each label sits on its own customer's row: the planted rule holds row by row
        SegmentRunItems items = new SegmentRunItems(db, EN, new DataSetWords(db, EN));
        SegmentationResult result = items.describe(segmentRun, Progress.none()).result();
        FeatureMatrix original = result.features().original();
        double[] perMonth = original.column(original.names().indexOf(FEATURE));
        int[] labels = result.clustering().labels();
        assertEquals(light + heavy, labels.length);
        for (int i = 0; i < labels.length; i++) {
            assertEquals(perMonth[i] > median ? 1 : 0, labels[i], "row " + i);
        }

        ReportItem.Table table = assertInstanceOf(ReportItem.Table.class,
                catalogue.build(segmentRun, "segments", Progress.none()));
        assertEquals(List.of("Light buyers", light), table.table().rows().get(0).subList(0, 2));
        assertEquals(List.of("Heavy buyers", heavy), table.table().rows().get(1).subList(0, 2));
    }

    @Test
    void tablesCarryTheStoredNumbers() {
        ReportCatalogue catalogue = new ReportCatalogue(db, EN);
        ReportTable forecast = ((ReportItem.Table) catalogue.build(forecastRun, "forecast-table", Progress.none()))
                .table();
        assertEquals(List.of("Period", "Forecast (revenue)", "Lower 80%", "Upper 80%", "Lower 95%", "Upper 95%"),
                forecast.columns().stream().map(c -> c.replace("Revenue", "revenue")).toList());
        assertEquals(6, forecast.rows().size());
        assertEquals(Arrays.asList(124.0, 120.0, 128.0, 118.0, 130.0), forecast.rows().get(0).subList(1, 6));
        ReportTable parameters = ((ReportItem.Table) catalogue.build(forecastRun, "parameters", Progress.none()))
                .table();
        assertTrue(parameters.rows().contains(Arrays.asList("alpha (level smoothing)", 0.3)), parameters.rows().toString());
        assertTrue(parameters.rows().contains(Arrays.asList("states · level", 100.0)), parameters.rows().toString());
        assertTrue(parameters.rows().contains(Arrays.asList("backtest MASE", 0.8)), parameters.rows().toString());

        ReportItem.Chart comparison = (ReportItem.Chart) catalogue.build(evaluationRun, "comparison", Progress.none());
        org.jfree.chart.plot.CategoryPlot ranking = (org.jfree.chart.plot.CategoryPlot)
                ((org.jfree.chart.plot.CombinedDomainCategoryPlot) comparison.chart().getPlot()).getSubplots().get(0);
        assertEquals(List.of("Item-based kNN (k = 20)", "Item-based kNN (k = 40)", "Popularity"),
                ranking.getDataset().getColumnKeys(), "stored variants told apart by k, as on screen");
        ReportTable metrics = ((ReportItem.Table) catalogue.build(evaluationRun, "metrics", Progress.none())).table();
        assertEquals(3, metrics.rows().size());
        assertEquals(null, metrics.rows().get(2).get(8), "a missing RMSE is an empty cell");

        ReportTable top = ((ReportItem.Table) catalogue.build(recommendRun, "top-products", Progress.none())).table();
        assertEquals(10L, top.rows().get(0).get(3), "product 1 is first in every list");
        assertEquals(1.0, top.rows().get(0).get(5));
        assertEquals(3, top.rows().size());

        ReportTable customers = ((ReportItem.Table) catalogue.build(predictRun, "top-customers", Progress.none()))
                .table();
        assertEquals(0.999, customers.rows().get(0).get(3));
        ReportTable predictMetrics = ((ReportItem.Table) catalogue.build(predictRun, "metrics", Progress.none()))
                .table();
        assertTrue(predictMetrics.rows().contains(Arrays.asList("confusion matrix · true positives", 3.0)), predictMetrics.rows().toString());
    }

    @Test
    void unknownRunsAndItemsAreNamed() {
        ReportCatalogue catalogue = new ReportCatalogue(db, EN);
        BadParameterException noRun = assertThrows(BadParameterException.class, () -> catalogue.items(987_654));
        assertEquals("runs", noRun.parameter());
        assertTrue(EN.get(noRun.messageKey(), noRun.args()).contains("987654"));
        BadParameterException noItem = assertThrows(BadParameterException.class,
                () -> catalogue.build(segmentRun, "pie", Progress.none()));
        assertEquals("chart", noItem.parameter());
        String message = EN.get(noItem.messageKey(), noItem.args());
        assertTrue(message.contains("'pie'") && message.contains("scatter, profiles, segments, radar"), message);
    }

    private static List<String> keys(List<ItemChoice> items) {
        return items.stream().map(ItemChoice::key).toList();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static void shuffleRows(Path csv, SplittableRandom random) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(csv));
        List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
        for (int i = rows.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String tmp = rows.get(i);
            rows.set(i, rows.get(j));
            rows.set(j, tmp);
        }
        List<String> out = new ArrayList<>();
        out.add(lines.get(0));
        out.addAll(rows);
        Files.write(csv, out);
    }

    /** A progress that counts what is reported to it. */
    private static final class CountingProgress implements Progress {
        final java.util.concurrent.atomic.AtomicInteger reports = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public void worked(long done, long total) {
            reports.incrementAndGet();
        }

        @Override
        public void stage(String messageKey, Object... args) {
            reports.incrementAndGet();
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }

    @Test
    void twoBuildsOfOneSegmentRunShareOneDescriptionAndACancelledOneIsNotKept() throws Exception {
        SegmentRunItems items = new SegmentRunItems(db, EN, new DataSetWords(db, EN));
        assertThrows(org.crmworkbench.work.CancelledException.class,
                () -> items.describe(segmentRun, new org.crmworkbench.work.CancelledProgress()));

        CountingProgress a = new CountingProgress();
        CountingProgress b = new CountingProgress();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<SegmentRunItems.Described> first = pool.submit(() -> {
                start.await();
                return items.describe(segmentRun, a);
            });
            java.util.concurrent.Future<SegmentRunItems.Described> second = pool.submit(() -> {
                start.await();
                return items.describe(segmentRun, b);
            });
            start.countDown();
            SegmentRunItems.Described one = first.get();
            assertTrue(one == second.get(), "both builds get the one description");
            assertTrue(a.reports.get() == 0 || b.reports.get() == 0,
                    "only one build read and described the run: " + a.reports + " and " + b.reports);
            assertTrue(one == items.describe(segmentRun, Progress.none()), "later builds reuse it");
        } finally {
            pool.shutdownNow();
        }
    }
}
