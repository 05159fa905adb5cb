package org.crmworkbench.present.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.util.List;
import java.util.Locale;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.FeedbackRunRecord;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.present.chart.ChartFonts;
import org.crmworkbench.present.chart.ChartStyle;
import org.crmworkbench.present.chart.ChartText;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

/** What each Feedback chart draws (its datasets, axes and colours), from the five-text run and the sample-like run. */
class FeedbackChartsTest {
    private static final Messages EN = new Messages(Locale.ENGLISH);
    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final FeedbackCharts en = new FeedbackCharts(EN);
    private final FeedbackCharts zh = new FeedbackCharts(ZH);

    @Test
    void chartsComeInAFixedOrderAndOnlyWhereTheRunHasData() {
        assertEquals(List.of("timeline", "labels-by-language", "channel", "aspects", "topics"),
                List.copyOf(en.charts(FeedbackFixture.smallRun()).keySet()));
        // the sample-like run has no category breakdown
        assertEquals(List.of("timeline", "labels-by-language", "channel", "product", "region", "segment",
                "sales-rep", "aspects", "topics"), List.copyOf(en.charts(FeedbackFixture.sampleLike()).keySet()));
        FeedbackRunRecord bare = new FeedbackRunRecord(0, null, "test", "x.csv", "en", "month", 0, null, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        assertTrue(en.charts(bare).isEmpty());
    }

    @Test
    void theTimelineStacksTheLabelsPerPeriodUnderTheMeanScoreOnAFixedAxis() {
        CategoryPlot plot = plot(en.timeline(FeedbackFixture.smallRun()));
        CategoryDataset volumes = plot.getDataset(0);
        assertEquals(List.of("Positive", "Neutral", "Negative"), volumes.getRowKeys());
        assertEquals(List.of("2026-01", "2026-02"), volumes.getColumnKeys());
        assertEquals(List.of(1, 0, 1), column(volumes, 0));
        assertEquals(List.of(0, 1, 1), column(volumes, 1));
        CategoryDataset mean = plot.getDataset(1);
        assertEquals(List.of("Mean score"), mean.getRowKeys());
        assertEquals(0.05, mean.getValue(0, 0).doubleValue(), 1e-12);
        assertEquals(-0.45, mean.getValue(0, 1).doubleValue(), 1e-12);
        ValueAxis score = plot.getRangeAxis(1);
        assertEquals(-1, score.getLowerBound());
        assertEquals(1, score.getUpperBound());
        assertEquals(1, plot.getRangeAxisIndex(score));
        assertEquals(plot.getRangeAxis(1), plot.getRangeAxisForDataset(1));
        StackedBarRenderer bars = assertInstanceOf(StackedBarRenderer.class, plot.getRenderer(0));
        assertEquals(SentimentColours.POSITIVE, bars.getSeriesPaint(0));
        assertEquals(SentimentColours.NEUTRAL, bars.getSeriesPaint(1));
        assertEquals(SentimentColours.NEGATIVE, bars.getSeriesPaint(2));
        assertEquals("Period (month)", plot.getDomainAxis().getLabel());
        // the year without a thousands separator in either language
        assertEquals("2026-01", new FeedbackWords(ZH).periodStart(LocalDateOf(2026, 1), "month"));
        assertEquals("2026 年第 1 季度", new FeedbackWords(ZH).periodStart(LocalDateOf(2026, 1), "quarter"));
        assertEquals("2026 Q2", new FeedbackWords(EN).periodStart(LocalDateOf(2026, 4), "quarter"));
    }

    private static java.time.LocalDate LocalDateOf(int year, int month) {
        return java.time.LocalDate.of(year, month, 1);
    }

    @Test
    void aLongTimelineNamesOnlyEveryFewPeriods() {
        FeedbackRunRecord weekly = FeedbackChartPicturesTest.weekly(FeedbackFixture.sampleLike());
        CategoryPlot plot = plot(en.timeline(weekly));
        assertEquals(156, plot.getDataset(0).getColumnCount());
        assertEquals("2023-10-02", plot.getDataset(0).getColumnKey(0));
        SparseCategoryAxis axis = assertInstanceOf(SparseCategoryAxis.class, plot.getDomainAxis());
        // 156 weeks over 24 names: every 7th
        assertTrue(axis.names("2023-10-02"));
        assertFalse(axis.names("2023-10-09"));
        assertTrue(axis.names("2023-11-20"));
        // an empty period has no mean: a gap in the line, not a point at 0
        FeedbackRunRecord gap = new FeedbackRunRecord(0, null, "t", "x", "auto", "month", 0, null, List.of(
                new FeedbackRunRecord.Period(LocalDateOf(2026, 1), new FeedbackRunRecord.Counts(0, 0, 0, Double.NaN))),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        assertEquals(null, plot(en.timeline(gap)).getDataset(1).getValue(0, 0));
    }

    @Test
    void theSalesRepBreakdownNamesRepsAsThePolicySaysAndTellsAlikeInitialsApartByNumber() {
        FeedbackRunRecord.Counts ten = new FeedbackRunRecord.Counts(5, 3, 2, 0.1);
        FeedbackRunRecord run = new FeedbackRunRecord(0, null, "t", "x", "auto", "month", 0, null, List.of(),
                List.of(new FeedbackRunRecord.Group("sales-rep", "Ada Lee", ten),
                        new FeedbackRunRecord.Group("sales-rep", "Al Lo", ten),
                        new FeedbackRunRecord.Group("sales-rep", "王芳", ten),
                        new FeedbackRunRecord.Group("channel", "online", ten)),
                List.of(), List.of(), List.of(), List.of(), List.of());
        FeedbackCharts masked = new FeedbackCharts(EN, PersonalDataPolicy.masked());
        assertEquals(List.of("A. L. (10)", "A. L. (10) \u00b7 2", "王* (10)"),
                plot(masked.breakdown(run, "sales-rep")).getDataset().getColumnKeys());
        assertEquals(List.of("Online (10)"), plot(masked.breakdown(run, "channel")).getDataset().getColumnKeys(),
                "other breakdowns are not people");
        assertEquals(List.of("Ada Lee (10)", "Al Lo (10)", "王芳 (10)"), plot(new FeedbackCharts(EN,
                PersonalDataPolicy.withNames()).breakdown(run, "sales-rep")).getDataset().getColumnKeys());
    }

    @Test
    void aBreakdownCountsEachLabelPerValueMostTextsFirstAsHundredPercentBars() {
        CategoryPlot plot = plot(en.breakdown(FeedbackFixture.smallRun(), "channel"));
        CategoryDataset data = plot.getDataset();
        assertEquals(List.of("Online (2)", "Store (1)", "Phone (1)"), data.getColumnKeys());
        assertEquals(List.of(1, 0, 1), column(data, 0));
        assertEquals(List.of(0, 0, 1), column(data, 1));
        assertEquals(List.of(0, 1, 0), column(data, 2));
        assertTrue(((StackedBarRenderer) plot.getRenderer()).getRenderAsPercentages());
        assertEquals("Sentiment by channel", en.breakdown(FeedbackFixture.smallRun(), "channel").getTitle()
                .getText());
        assertEquals("Online (2): Positive 1 of 2 (50%)", plot.getRenderer().getDefaultToolTipGenerator()
                .generateToolTip(data, 0, 0));
        assertEquals("50%", plot.getRenderer().getDefaultItemLabelGenerator().generateLabel(data, 0, 0));
        assertEquals(List.of("线上（2）", "门店（1）", "电话（1）"), plot(zh.breakdown(FeedbackFixture.smallRun(),
                "channel")).getDataset().getColumnKeys());
        assertEquals(List.of("English (3)", "Chinese (2)"), plot(en.breakdown(FeedbackFixture.smallRun(),
                "language")).getDataset().getColumnKeys());
        // values worded alike keep a bar each
        FeedbackRunRecord.Counts two = new FeedbackRunRecord.Counts(1, 1, 0, 0.4);
        FeedbackRunRecord alike = new FeedbackRunRecord(0, null, "t", "x", "auto", "month", 0, null, List.of(),
                List.of(new FeedbackRunRecord.Group("channel", "online", two),
                        new FeedbackRunRecord.Group("channel", "Online", two)), List.of(), List.of(), List.of(),
                List.of(), List.of());
        assertEquals(List.of("Online (2)", "Online (2) · Online"), plot(en.breakdown(alike, "channel")).getDataset()
                .getColumnKeys());
        // a long name is cut short so the number of texts stays in sight
        assertEquals("Pixelon Compact Noise-Cancelling He\u2026", FeedbackCharts.clip(
                "Pixelon Compact Noise-Cancelling Headphones PX-200", FeedbackCharts.NAME_WIDTH));
        assertEquals("Mixed nuts", FeedbackCharts.clip("Mixed nuts", FeedbackCharts.NAME_WIDTH));
        assertEquals("降噪耳机降噪耳机降噪耳机降噪耳机降\u2026", FeedbackCharts.clip("降噪耳机".repeat(6),
                FeedbackCharts.NAME_WIDTH));
        // 20 products: the 15 with most texts
        CategoryDataset products = plot(en.breakdown(FeedbackFixture.sampleLike(), "product")).getDataset();
        assertEquals(FeedbackCharts.MAX_BARS, products.getColumnCount());
        assertEquals("Mixed nuts (120)", products.getColumnKey(0));
        assertEquals("Cashews (50)", products.getColumnKey(14));
    }

    @Test
    void aspectsDivergeFromZeroPerLanguageWhenBothAreThere() {
        CategoryDataset data = plot(en.aspects(FeedbackFixture.smallRun())).getDataset();
        assertEquals(List.of("Negative", "Positive"), data.getRowKeys());
        assertEquals(List.of("Delivery · English (1)", "Delivery · Chinese (1)", "Price · English (1)",
                "Service · English (1)"), data.getColumnKeys());
        assertEquals(List.of(0.0, -1.0, 0.0, -1.0), row(data, 0));
        assertEquals(List.of(1.0, 0.0, 0.0, 0.0), row(data, 1));
        // English only: the rows over all languages, without a language in the name
        FeedbackRunRecord small = FeedbackFixture.smallRun();
        FeedbackRunRecord english = new FeedbackRunRecord(0, null, "t", "x", "auto", "month", 0, null,
                small.timeline(), small.groups(), small.topics(), small.keywords(), small.aspects().stream()
                .filter(a -> !"zh".equals(a.language())).toList(), small.changes(), small.texts());
        CategoryDataset one = plot(en.aspects(english)).getDataset();
        assertEquals(List.of("Delivery (2)", "Price (1)", "Service (1)"), one.getColumnKeys());
        assertEquals(List.of(-0.5, 0.0, -1.0), row(one, 0));
        assertEquals(List.of(0.5, 0.0, 0.0), row(one, 1));
        assertEquals(List.of("物流配送 · 英文（1）", "物流配送 · 中文（1）", "价格 · 英文（1）", "服务 · 英文（1）"),
                plot(zh.aspects(small)).getDataset().getColumnKeys());
    }

    @Test
    void topicsAreSizedByTextsAndColouredByMeanScore() {
        CategoryPlot plot = plot(en.topics(FeedbackFixture.smallRun()));
        CategoryDataset data = plot.getDataset();
        assertEquals(List.of("EN 1 · delivery · nuts · fast", "EN 2 · price · service", "ZH 1 · 物流 · 质量"),
                data.getColumnKeys());
        assertEquals(List.of(1.0, 2.0, 1.0), row(data, 0).stream().map(Number::doubleValue).toList());
        assertEquals(SentimentColours.POSITIVE, plot.getRenderer().getItemPaint(0, 0));
        assertEquals(SentimentColours.ofScore(-0.45), plot.getRenderer().getItemPaint(0, 1));
        assertEquals(SentimentColours.NEGATIVE, plot.getRenderer().getItemPaint(0, 2));
        assertEquals("2 · mean -0.45", plot.getRenderer().getDefaultItemLabelGenerator().generateLabel(data, 0, 1));
        assertEquals(3, plot.getFixedLegendItems().getItemCount());
    }

    @Test
    void sentimentColoursBlendThroughGreyAndAreTheSameForEveryChart() {
        assertEquals(SentimentColours.NEUTRAL, SentimentColours.ofScore(0));
        assertEquals(SentimentColours.POSITIVE, SentimentColours.ofScore(0.5));
        assertEquals(SentimentColours.NEGATIVE, SentimentColours.ofScore(-0.9));
        assertEquals(SentimentColours.NEUTRAL, SentimentColours.ofScore(Double.NaN));
        assertEquals(SentimentColours.POSITIVE, SentimentColours.of("positive"));
        for (String dimension : List.of("channel", "language")) {
            StackedBarRenderer bars = (StackedBarRenderer) plot(en.breakdown(FeedbackFixture.smallRun(), dimension))
                    .getRenderer();
            assertEquals(SentimentColours.NEGATIVE, bars.getSeriesPaint(2));
        }
        StackedBarRenderer aspects = (StackedBarRenderer) plot(en.aspects(FeedbackFixture.smallRun())).getRenderer();
        assertEquals(SentimentColours.NEGATIVE, aspects.getSeriesPaint(0));
        assertEquals(SentimentColours.POSITIVE, aspects.getSeriesPaint(1));
    }

    @Test
    void chineseChartsAreWordedInChineseAndDrawnInAFontThatHasTheGlyphs() {
        ChartStyle style = new ChartStyle(new ChartFonts());
        for (JFreeChart chart : zh.charts(FeedbackFixture.sampleLike()).values()) {
            String text = ChartText.of(chart);
            assertFalse(text.contains("!feedback."), text);
            assertTrue(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    chart.getTitle().getText());
            Font font = new Font(style.familyFor(chart), Font.PLAIN, 12);
            if (new Font("Noto Sans CJK SC", Font.PLAIN, 12).canDisplayUpTo("情感") == -1) {
                assertEquals(-1, font.canDisplayUpTo(chart.getTitle().getText()), font.getFamily());
            }
        }
        for (JFreeChart chart : en.charts(FeedbackFixture.sampleLike()).values()) {
            assertFalse(ChartText.of(chart).contains("!feedback."));
        }
    }

    @Test
    void everyChartCopiesForAFileInTheDarkLookWithItsSentimentColoursKept() throws Exception {
        org.crmworkbench.present.chart.ChartCopy copier = new org.crmworkbench.present.chart.ChartCopy(
                new ChartStyle(new ChartFonts()), new org.crmworkbench.present.chart.ChartDecimation(EN));
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("feedback-copies");
        for (var e : en.charts(FeedbackFixture.sampleLike()).entrySet()) {
            JFreeChart copy = copier.forExport(e.getValue(), null, org.crmworkbench.present.chart.ChartTheme.DARK,
                    org.crmworkbench.present.chart.ChartFormat.SVG);
            java.nio.file.Path svg = dir.resolve(e.getKey() + ".svg");
            new org.crmworkbench.present.chart.ChartExporter().export(copy,
                    org.crmworkbench.present.chart.ChartFormat.SVG, svg, 720, 480, 96);
            assertTrue(java.nio.file.Files.size(svg) > 5_000, e.getKey());
            if (e.getKey().equals("channel")) {
                assertEquals(SentimentColours.POSITIVE, ((CategoryPlot) copy.getPlot()).getRenderer()
                        .getSeriesPaint(0));
            }
        }
    }

    private static CategoryPlot plot(JFreeChart chart) {
        return assertInstanceOf(CategoryPlot.class, chart.getPlot());
    }

    private static List<Integer> column(CategoryDataset data, int column) {
        return java.util.stream.IntStream.range(0, data.getRowCount())
                .mapToObj(r -> data.getValue(r, column).intValue()).toList();
    }

    private static List<Double> row(CategoryDataset data, int row) {
        return java.util.stream.IntStream.range(0, data.getColumnCount())
                .mapToObj(c -> data.getValue(row, c).doubleValue()).toList();
    }
}
