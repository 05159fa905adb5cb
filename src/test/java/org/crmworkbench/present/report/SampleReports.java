package org.crmworkbench.present.report;

import java.awt.Color;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.crmworkbench.present.chart.ChartFonts;
import org.crmworkbench.present.chart.ChartStyle;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Hand-made reports for the writer tests: charts in known colours, tables with known cells, seeded data. */
final class SampleReports {
    /** The colour of the bars of {@link #barChart}, looked for on the rendered page. */
    static final Color BARS = new Color(0x00, 0x72, 0xB2);
    /** The colour of the points of {@link #scatter}. */
    static final Color POINTS = new Color(0xD5, 0x5E, 0x00);
    static final Instant BUILT = Instant.parse("2025-03-14T09:30:00Z");
    static final Instant RUN_AT = Instant.parse("2025-03-13T17:05:00Z");

    private final ChartStyle style = new ChartStyle(new ChartFonts());

    static Provenance provenance(long run, String kind) {
        return new Provenance(run, kind, "sample.db: 2,000 customers, 31,000 orders", LocalDate.of(2024, 12, 31),
                RUN_AT, "k = 4, features = recency, frequency, monetary; scaled", 42L, "0.1.0");
    }

    JFreeChart barChart(String title, String... categories) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < categories.length; i++) {
            data.addValue(10 + 7 * i, "revenue", categories[i]);
        }
        JFreeChart chart = style.apply(ChartFactory.createBarChart(title, "segment", "revenue (EUR)", data,
                PlotOrientation.VERTICAL, false, false, false));
        ((CategoryPlot) chart.getPlot()).getRenderer().setSeriesPaint(0, BARS);
        return chart;
    }

    JFreeChart scatter(String title, int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        XYSeries series = new XYSeries("customers", false, true);
        for (int i = 0; i < n; i++) {
            double x = random.nextGaussian();
            series.add(x, 0.6 * x + 0.4 * random.nextGaussian());
        }
        JFreeChart chart = style.apply(ChartFactory.createScatterPlot(title, "PC 1", "PC 2",
                new XYSeriesCollection(series), PlotOrientation.VERTICAL, false, false, false));
        ((XYPlot) chart.getPlot()).getRenderer().setSeriesPaint(0, POINTS);
        return chart;
    }

    /** {@code rows} rows: segment name, customers, revenue with cents, a share below 1, a date, a NaN in row 3. */
    static ReportTable table(int rows) {
        List<List<Object>> body = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Object> row = new ArrayList<>();
            row.add("Segment " + (r + 1));
            row.add(100 + r * 3);
            row.add(r == 2 ? Double.NaN : 12_345.678 + r);
            row.add(0.125 + r / 1000.0);
            row.add(LocalDate.of(2024, 1, 1).plusDays(r));
            body.add(row);
        }
        return new ReportTable(List.of("Segment", "Customers", "Revenue", "Share", "First order"), body);
    }

    /** Two charts, a table over several pages (150 rows), a short table. */
    Report english() {
        return new Report("Quarterly review <Q1> & outlook", "Segments grew in the north.\nThe forecast holds.",
                BUILT, "0.1.0", "sample.db: 2,000 customers", List.of(
                        new ReportItem.Chart("profiles", "Revenue by segment", "Champions lead.",
                                provenance(7, "segment"), barChart("x", "Champions", "Loyal", "At risk", "Lost")),
                        new ReportItem.Chart("scatter", "Segment scatter", "",
                                provenance(7, "segment"), scatter("y", 2_000, 5)),
                        new ReportItem.Table("segments", "Segments in detail", "Long table, header on every page.",
                                provenance(7, "segment"), table(150)),
                        new ReportItem.Table("metrics", "Metrics", "", provenance(9, "recommend-eval"), table(4))));
    }

    /** Title, notes, chart title and table cells in Chinese. */
    Report chinese() {
        List<List<Object>> rows = List.of(
                List.<Object>of("高价值客户", 120, 58_000.5),
                List.<Object>of("流失风险客户", 340, 12_000.25),
                List.<Object>of("新客户", 95, 3_100.0));
        ReportTable table = new ReportTable(List.of("客户群", "客户数", "收入"), rows);
        return new Report("季度客户分析报告", "北方地区的客户群增长最快。\n预测保持不变。", BUILT, "0.1.0",
                "示例数据库：2000 名客户", List.of(
                        new ReportItem.Chart("profiles", "各客户群收入", "高价值客户领先。",
                                provenance(7, "segment"), barChart("x", "高价值", "忠诚", "风险", "流失")),
                        new ReportItem.Table("segments", "客户群明细", "", provenance(7, "segment"), table)));
    }
}
