package org.crmworkbench.present.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.AssistantRunRecord;
import org.crmworkbench.model.AssistantRunRecord.IntentRow;
import org.crmworkbench.present.chart.ChartText;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** What each Assistant chart draws (series, categories, the threshold marker), from the seven-question run. */
class AssistantChartsTest {
    private static final Messages EN = new Messages(Locale.ENGLISH);
    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final AssistantCharts en = new AssistantCharts(EN);
    private final AssistantCharts zh = new AssistantCharts(ZH);

    @Test
    void everyRunGivesTheThreeChartsByFileName() {
        assertEquals(List.of("tradeoff", "intents", "confusion"),
                List.copyOf(en.charts(AssistantFixture.smallRun()).keySet()));
        ValueMarker marker = (ValueMarker) marker(en.charts(AssistantFixture.smallRun()).get("tradeoff"));
        assertEquals(0.4, marker.getValue(), 0, "the run's own threshold is marked");
    }

    @Test
    void theTradeOffGivesTheSharesOfTheQuestionsAgainstTheThresholdWithTheMarkedOne() {
        JFreeChart chart = en.tradeOff(AssistantFixture.smallRun(), 0.6);
        XYPlot plot = assertInstanceOf(XYPlot.class, chart.getPlot());
        XYDataset data = plot.getDataset();
        assertEquals(3, data.getSeriesCount());
        assertEquals(List.of("Answered correctly", "Handed over", "Answered wrongly"),
                List.of(data.getSeriesKey(0), data.getSeriesKey(1), data.getSeriesKey(2)));
        assertEquals(4, data.getItemCount(0));
        // curve (0: 2, 2, 3), (0.4: 2, 2, 3), (0.6: 1, 1, 5), (1: 0, 0, 7) of 7 questions
        assertEquals(0.6, data.getXValue(0, 2), 0);
        assertEquals(1.0 / 7, data.getYValue(0, 2), 1e-15);
        assertEquals(5.0 / 7, data.getYValue(1, 2), 1e-15);
        assertEquals(1.0 / 7, data.getYValue(2, 2), 1e-15);
        assertEquals(2.0 / 7, data.getYValue(0, 0), 1e-15);
        assertEquals(1.0, data.getYValue(1, 3), 0);
        assertEquals(0, plot.getDomainAxis().getLowerBound());
        assertEquals(1, plot.getDomainAxis().getUpperBound());
        assertEquals(0, plot.getRangeAxis().getLowerBound());
        assertEquals(1, plot.getRangeAxis().getUpperBound(), 1e-3, "0% to 100%");
        ValueMarker marker = assertInstanceOf(ValueMarker.class, marker(chart));
        assertEquals(0.6, marker.getValue(), 0);
        assertEquals("Threshold 0.60", marker.getLabel());
        assertTrue(chart.getLegend() != null && chart.getLegend().isVisible());
        assertEquals(List.of("7 questions (3 out of scope), ambiguity margin 0.05; handed over includes out-of-scope "
                        + "questions rightly passed on",
                "At threshold 0.60: 14% answered correctly, 71% handed over, 14% answered wrongly"), notes(chart));
        JFreeChart chinese = zh.tradeOff(AssistantFixture.smallRun(), 0.4);
        assertEquals("阈值 0.40", marker(chinese).getLabel());
        assertEquals(List.of("回答正确", "转交人工", "回答错误"), List.of(((XYPlot) chinese.getPlot()).getDataset()
                .getSeriesKey(0), ((XYPlot) chinese.getPlot()).getDataset().getSeriesKey(1),
                ((XYPlot) chinese.getPlot()).getDataset().getSeriesKey(2)));
        assertTrue(ChartText.of(chinese).contains("阈值变化时"), "the Chinese title");
    }

    @Test
    void theIntentsChartPutsTheWorstF1FirstWithUnknownScoresLeftOut() {
        JFreeChart chart = en.intents(AssistantFixture.smallRun());
        CategoryPlot plot = assertInstanceOf(CategoryPlot.class, chart.getPlot());
        assertEquals(PlotOrientation.HORIZONTAL, plot.getOrientation());
        CategoryDataset data = plot.getDataset();
        assertEquals(List.of("Precision", "Recall"), data.getRowKeys());
        // warranty's F1 is unknown (never answered: counted as 0), delivery 0.5, returns 2/3
        assertEquals(List.of("warranty (1)", "delivery (2)", "returns (1)"), data.getColumnKeys());
        assertNull(data.getValue("Precision", "warranty (1)"), "no precision: no bar");
        assertEquals(0.0, data.getValue("Recall", "warranty (1)").doubleValue());
        assertEquals(1.0, data.getValue("Recall", "returns (1)").doubleValue());
        assertEquals(List.of("3 intents, lowest F1 first; test questions in brackets"), notes(chart));
        assertEquals(List.of("精确率", "召回率"), zh.intents(AssistantFixture.smallRun()).getCategoryPlot()
                .getDataset().getRowKeys());
    }

    @Test
    void theIntentsChartShowsAtMostTwentyFiveAndSaysSo() {
        AssistantRunRecord sample = AssistantFixture.sampleLike();
        JFreeChart chart = en.intents(sample);
        CategoryDataset data = chart.getCategoryPlot().getDataset();
        assertEquals(AssistantCharts.MAX_INTENTS, data.getColumnCount());
        assertEquals(List.of("Showing 25 of 40 intents, lowest F1 first; test questions in brackets"), notes(chart));
        List<IntentRow> worst = AssistantCharts.worstFirst(sample.intentScores());
        double last = -1;
        for (IntentRow r : worst.subList(0, 25)) {
            assertTrue(r.f1() >= last, "ascending F1");
            last = r.f1();
        }
        assertTrue(worst.subList(25, 40).stream().allMatch(r -> r.f1() >= worst.get(24).f1()),
                "the 15 left out score no worse than those shown");
        assertEquals(worst.get(0).intent() + " (" + worst.get(0).support() + ")", data.getColumnKey(0));
        assertEquals("显示 40 个意图中的 25 个，F1 最低的在前；括号内为测试问题数", notes(zh.intents(sample)).get(0));
        // an intent without test questions goes last, whatever its F1
        List<IntentRow> rows = new ArrayList<>(List.of(new IntentRow("a", 0, 3, 0.0, Double.NaN, Double.NaN),
                new IntentRow("b", 5, 5, 0.9, 0.9, 0.9), new IntentRow("c", 4, 0, Double.NaN, 0, Double.NaN)));
        assertEquals(List.of("c", "b", "a"), AssistantCharts.worstFirst(rows).stream().map(IntentRow::intent)
                .toList());
        assertEquals("international_shipping_customs_du\u2026",
                AssistantCharts.clip("international_shipping_customs_duties_and_taxes", AssistantCharts.NAME_WIDTH));
        assertEquals("退货流程", AssistantCharts.clip("退货流程", 8));
        assertEquals("退货\u2026", AssistantCharts.clip("退货流程说明", 6));
    }

    @Test
    void theConfusionChartGivesTheCommonestPairsExpectedToAnswered() {
        JFreeChart chart = en.confusion(AssistantFixture.smallRun());
        CategoryPlot plot = chart.getCategoryPlot();
        assertEquals(PlotOrientation.HORIZONTAL, plot.getOrientation());
        CategoryDataset data = plot.getDataset();
        assertEquals(List.of("Questions"), data.getRowKeys());
        assertEquals(List.of("delivery \u2192 returns", "out_of_scope \u2192 delivery"), data.getColumnKeys());
        assertEquals(1, data.getValue(0, 0).intValue());
        assertEquals(List.of("2 pairs; 2 wrong answers in all"), notes(chart));

        AssistantRunRecord sample = AssistantFixture.sampleLike();
        CategoryDataset top = en.confusion(sample).getCategoryPlot().getDataset();
        assertEquals(AssistantCharts.MAX_CONFUSIONS, top.getColumnCount());
        int previous = Integer.MAX_VALUE;
        for (int c = 0; c < top.getColumnCount(); c++) {
            assertTrue(top.getValue(0, c).intValue() <= previous, "most frequent first");
            previous = top.getValue(0, c).intValue();
        }
        AssistantRunRecord.ConfusionRow first = AssistantCharts.mostFrequentFirst(sample.confusions()).get(0);
        assertEquals(first.expected() + " \u2192 " + first.predicted(), top.getColumnKey(0));
        int pairs = sample.confusions().size();
        int wrong = sample.confusions().stream().mapToInt(AssistantRunRecord.ConfusionRow::count).sum();
        assertEquals(wrong, sample.metrics().answeredWrongly(), "the fixture's pairs are its wrong answers");
        assertEquals("The 15 most frequent of " + pairs + " pairs; " + wrong + " wrong answers in all",
                notes(en.confusion(sample)).get(0));
    }

    @Test
    void aRunWithoutWrongAnswersGetsAnEmptyConfusionChartThatSaysSo() {
        AssistantRunRecord small = AssistantFixture.smallRun();
        AssistantRunRecord perfect = new AssistantRunRecord(0, null, "test", "kb.csv", null, small.oosLabel(), 0.4,
                0.05, true, 12, 3, small.metrics(), null, small.intentScores(), List.of(), small.curve(),
                small.predictions());
        JFreeChart chart = en.confusion(perfect);
        assertEquals(0, chart.getCategoryPlot().getDataset().getColumnCount());
        assertEquals("No wrong answers: no question was answered with another intent",
                chart.getCategoryPlot().getNoDataMessage());
        assertEquals(List.of("7 questions evaluated"), notes(chart));
        assertEquals("没有回答错误：没有问题被回答成其他意图", zh.confusion(perfect).getCategoryPlot().getNoDataMessage());
    }

    @Test
    void chineseChartsAreWordedInChineseAndDrawnWithAFontThatHasItsCharacters() {
        org.crmworkbench.present.chart.ChartStyle style = new org.crmworkbench.present.chart.ChartStyle(
                new org.crmworkbench.present.chart.ChartFonts());
        boolean cjkInstalled = new java.awt.Font("Noto Sans CJK SC", java.awt.Font.PLAIN, 12)
                .canDisplayUpTo("阈值意图") == -1;
        for (AssistantRunRecord run : List.of(AssistantFixture.smallRun(), AssistantFixture.sampleLike())) {
            for (JFreeChart chart : zh.charts(run).values()) {
                String text = ChartText.of(chart);
                assertFalse(text.contains("!assistant."), text);
                assertTrue(chart.getTitle().getText().codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                        chart.getTitle().getText());
                if (cjkInstalled) {
                    java.awt.Font font = new java.awt.Font(style.familyFor(chart), java.awt.Font.PLAIN, 12);
                    assertEquals(-1, font.canDisplayUpTo(text.replaceAll("\\s", "")), font.getFamily());
                }
            }
            for (JFreeChart chart : en.charts(run).values()) {
                assertFalse(ChartText.of(chart).contains("!assistant."));
            }
        }
        // the sample's Chinese intent names are drawn in a CJK font in the English charts too
        JFreeChart english = en.intents(AssistantFixture.sampleLike());
        if (cjkInstalled) {
            java.awt.Font font = english.getCategoryPlot().getDomainAxis().getTickLabelFont();
            assertEquals(-1, font.canDisplayUpTo("退货流程发票抬头"), font.getFamily());
        }
    }

    private static Marker marker(JFreeChart chart) {
        var markers = ((XYPlot) chart.getPlot()).getDomainMarkers(Layer.FOREGROUND);
        assertEquals(1, markers.size());
        return (Marker) markers.iterator().next();
    }

    private static List<String> notes(JFreeChart chart) {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t) {
                notes.add(t.getText());
            }
        }
        return notes;
    }
}
