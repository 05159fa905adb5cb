package org.crmworkbench.present.basket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.BasketRunRecord;
import org.crmworkbench.present.chart.ChartText;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

/** The basket charts hold the run's numbers; the graph's layout and the matrix' groups are fixed and sensible. */
class BasketChartsTest {
    private static final Messages EN = new Messages(Locale.ENGLISH);

    @Test
    void itemFrequencyShowsTheTopItemsByRelativeSupport() {
        BasketRunRecord run = BasketFixture.small();
        JFreeChart chart = new BasketCharts(EN).itemFrequency(run, 3);
        CategoryDataset data = ((CategoryPlot) chart.getPlot()).getDataset();
        // bread, butter and milk are each in 4 of the 5 baskets, eggs in 2: the three ties by label
        assertEquals(List.of("Bread", "Butter", "Milk"), data.getColumnKeys());
        for (int i = 0; i < 3; i++) {
            assertEquals(0.8, data.getValue(0, i).doubleValue(), 1e-12);
        }
        JFreeChart all = new BasketCharts(EN).itemFrequency(run, 20);
        CategoryDataset four = ((CategoryPlot) all.getPlot()).getDataset();
        assertEquals("Eggs", four.getColumnKey(3));
        assertEquals(0.4, four.getValue(0, 3).doubleValue(), 1e-12);
        assertTrue(ChartText.of(all).contains("The 4 most frequent of 4 items in 5 transactions"),
                ChartText.of(all));
    }

    @Test
    void theScatterPlotsEveryRuleAtItsSupportAndConfidenceColouredByLift() {
        BasketRunRecord run = BasketFixture.planted();
        JFreeChart chart = new BasketCharts(EN).scatter(run);
        XYPlot plot = (XYPlot) chart.getPlot();
        XYZDataset data = (XYZDataset) plot.getDataset();
        assertEquals(run.rules().size(), data.getItemCount(0));
        double lastLift = Double.NEGATIVE_INFINITY;
        Set<String> points = run.rules().stream().map(r -> r.support() + "/" + r.confidence() + "/" + r.lift())
                .collect(Collectors.toSet());
        for (int i = 0; i < data.getItemCount(0); i++) {
            assertTrue(points.contains(data.getXValue(0, i) + "/" + data.getYValue(0, i) + "/"
                    + data.getZValue(0, i)));
            assertTrue(data.getZValue(0, i) >= lastLift, "the highest lift is drawn last");
            lastLift = data.getZValue(0, i);
        }
        LiftPaintScale scale = (LiftPaintScale) ((XYShapeRenderer) plot.getRenderer()).getPaintScale();
        assertEquals(run.rules().stream().mapToDouble(BasketRunRecord.Rule::lift).max().orElseThrow(),
                scale.getUpperBound(), 1e-12);
        assertTrue(chart.getSubtitles().stream().anyMatch(t -> t instanceof PaintScaleLegend));
        int last = data.getItemCount(0) - 1;
        String tip = plot.getRenderer().getDefaultToolTipGenerator().generateToolTip(data, 0, last);
        BasketRunRecord.Rule strongest = run.rules().get(0);
        assertTrue(tip.startsWith(new BasketWords(EN).rule(strongest, BasketWords.labels(run))), tip);
        assertTrue(tip.contains("lift " + String.format(Locale.ROOT, "%.2f", strongest.lift())), tip);
    }

    @Test
    void theGraphLayoutIsTheSameEveryTimeAndNoTwoNodesCoincide() {
        BasketRunRecord run = BasketFixture.planted();
        List<BasketRunRecord.Rule> top = BasketCharts.topByLift(run, 20);
        RuleGraphLayout.Graph one = new RuleGraphLayout().layout(top);
        RuleGraphLayout.Graph two = new RuleGraphLayout().layout(top);
        assertEquals(one, two);
        long items = top.stream().flatMap(r -> java.util.stream.Stream.concat(r.antecedent().stream(),
                r.consequent().stream())).distinct().count();
        assertEquals(items + 20, one.nodes().size());
        int edges = top.stream().mapToInt(BasketRunRecord.Rule::length).sum();
        assertEquals(edges, one.edges().size());
        double least = Double.POSITIVE_INFINITY;
        for (int i = 0; i < one.nodes().size(); i++) {
            RuleGraphLayout.Node a = one.nodes().get(i);
            assertTrue(a.x() >= 0 && a.x() <= 1 && a.y() >= 0 && a.y() <= 1);
            for (int j = i + 1; j < one.nodes().size(); j++) {
                RuleGraphLayout.Node b = one.nodes().get(j);
                least = Math.min(least, Math.hypot(a.x() - b.x(), a.y() - b.y()));
            }
        }
        assertTrue(least >= RuleGraphLayout.MIN_DISTANCE * 0.9, "closest nodes " + least);
        // every rule node is joined to its items: antecedent items in, the consequent out
        for (RuleGraphLayout.Edge e : one.edges()) {
            RuleGraphLayout.Node from = one.nodes().get(e.from());
            RuleGraphLayout.Node to = one.nodes().get(e.to());
            assertTrue(from.isRule() != to.isRule());
            BasketRunRecord.Rule rule = top.get(from.isRule() ? from.rule() : to.rule());
            assertTrue(from.isRule() ? rule.consequent().contains(to.item()) : rule.antecedent().contains(from.item()));
        }
        JFreeChart chart = new BasketCharts(EN).graph(run, 20);
        RuleGraphPlot plot = assertInstanceOf(RuleGraphPlot.class, chart.getPlot());
        assertEquals(one, plot.graph());
        assertTrue(ChartText.of(chart).contains("tomato sauce"), "item labels count among the chart's words");
    }

    @Test
    void theGroupedMatrixGroupsAntecedentsWithTheSameLiftProfile() {
        List<BasketRunRecord.Rule> rules = List.of(
                BasketFixture.rule(List.of("a"), "x", 0.10, 5.0),
                BasketFixture.rule(List.of("a", "b"), "x", 0.04, 5.2),
                BasketFixture.rule(List.of("b"), "x", 0.08, 4.8),
                BasketFixture.rule(List.of("c"), "y", 0.06, 2.0),
                BasketFixture.rule(List.of("c", "d"), "y", 0.02, 2.2),
                BasketFixture.rule(List.of("e"), "x", 0.03, 1.1),
                BasketFixture.rule(List.of("e"), "y", 0.05, 1.2));
        Map<String, String> names = Map.of("a", "A", "b", "B", "c", "C", "d", "D", "e", "E", "x", "X", "y", "Y");
        GroupedRuleMatrix.Matrix m = new GroupedRuleMatrix().of(rules, names::get, 3, 20);
        assertEquals(List.of(List.of("X"), List.of("Y")), m.rows(), "X's median lift 4.9 above Y's 2");
        assertEquals(3, m.groups().size());
        assertEquals(List.of("A", "B"), m.groups().get(0).topItems());
        assertEquals(3, m.groups().get(0).rules());
        assertEquals(5.0, m.groups().get(0).medianLift(), 1e-12);
        assertEquals(List.of("C", "D"), m.groups().get(1).topItems());
        assertEquals(2.1, m.groups().get(1).medianLift(), 1e-12);
        assertEquals(List.of("E"), m.groups().get(2).topItems());
        assertEquals(3, m.rules()[0][0]);
        assertEquals(0.08, m.support()[0][0], 1e-12, "median of 0.10, 0.04, 0.08");
        assertEquals(5.0, m.lift()[0][0], 1e-12);
        assertEquals(0, m.rules()[1][0]);
        assertTrue(Double.isNaN(m.lift()[1][0]));
        assertEquals(2, m.rules()[1][1]);
        assertEquals(0.04, m.support()[1][1], 1e-12, "median of 0.06 and 0.02");
        assertEquals(1.1, m.lift()[0][2], 1e-12);
        assertEquals(1.2, m.lift()[1][2], 1e-12);
        GroupedRuleMatrix.Matrix again = new GroupedRuleMatrix().of(rules, names::get, 3, 20);
        assertEquals(m.groups(), again.groups());
        assertTrue(java.util.Arrays.deepEquals(m.support(), again.support()));
    }

    @Test
    void groupsAreNamedByTheirMostFrequentItems() {
        BasketCharts charts = new BasketCharts(EN);
        assertEquals("12 rules: {whole milk, yogurt, +3 items}",
                charts.groupName(new GroupedRuleMatrix.Group(List.of("whole milk", "yogurt"), 3, 5, 12, 2.0)));
        assertEquals("2 rules: {flour}", charts.groupName(new GroupedRuleMatrix.Group(List.of("flour"), 0, 1, 2,
                2.0)));
        assertEquals("9 rules: {fruit/vegetable juice, +4 items}", charts.groupName(new GroupedRuleMatrix.Group(
                List.of("fruit/vegetable juice", "other vegetables"), 3, 4, 9, 2.0)), "one item when two are long");
        Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);
        assertEquals("12 条规则：{牛奶、酸奶、另 3 项}", new BasketCharts(zh).groupName(
                new GroupedRuleMatrix.Group(List.of("牛奶", "酸奶"), 3, 5, 12, 2.0)));
    }

    @Test
    void theGroupedChartOfThePlantedRunPutsTheStrongestGroupFirst() {
        BasketRunRecord run = BasketFixture.planted();
        JFreeChart chart = new BasketCharts(EN).grouped(run);
        GroupedMatrixPlot plot = assertInstanceOf(GroupedMatrixPlot.class, chart.getPlot());
        GroupedRuleMatrix.Matrix m = plot.matrix();
        assertTrue(m.groups().size() <= BasketCharts.GROUPS && m.groups().size() > 1);
        List<Double> lifts = new ArrayList<>();
        m.groups().forEach(g -> lifts.add(g.medianLift()));
        for (int i = 1; i < lifts.size(); i++) {
            assertTrue(lifts.get(i) <= lifts.get(i - 1), lifts.toString());
        }
        int shown = m.groups().stream().mapToInt(GroupedRuleMatrix.Group::rules).sum();
        int cells = 0;
        for (int[] row : m.rules()) {
            for (int n : row) {
                cells += n;
            }
        }
        assertEquals(shown, cells, "every rule of a group is in one of its cells");
        assertNotNull(plot.columnLabels().get(0));
    }
}
