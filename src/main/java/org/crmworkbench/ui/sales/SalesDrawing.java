package org.crmworkbench.ui.sales;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;
import org.crmworkbench.analysis.sales.RepEffect;
import org.crmworkbench.analysis.sales.RepTrend;
import org.crmworkbench.analysis.sales.SalesTeamResult;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.chart.ChartFonts;
import org.crmworkbench.present.chart.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * What the Sales team view draws: the caterpillar plot (each rep's adjusted effect with its 95% interval, best at the
 * top), raw rank against adjusted rank (off the diagonal: ranks that disagree), and a rep's revenue trend with its
 * forecast and 95% band. Charts are made new for each view that asks, in the language of the view.
 * <p>
 * Stands in for {@code present.sales.RepsCharts} until that lands on this branch.
 */
public final class SalesDrawing {
    static final Color ABOVE = new Color(0x009E73);
    static final Color BELOW = new Color(0xD55E00);
    static final Color ACROSS = new Color(0x777777);
    static final Color REVENUE = new Color(0x222222);
    static final Color FORECAST = new Color(0x0072B2);
    static final Color BAND = new Color(0x56B4E9);

    private final SalesTeamResult result;
    private final Messages messages;
    private final ChartStyle style = new ChartStyle(new ChartFonts());

    SalesDrawing(SalesTeamResult result, Messages messages) {
        this.result = Objects.requireNonNull(result, "result");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The same analysis in another language. */
    SalesDrawing in(Messages other) {
        return new SalesDrawing(result, other);
    }

    /** The analysis drawn. */
    SalesTeamResult result() {
        return result;
    }

    /** Each rep's effect and 95% interval, best adjusted rank at the top; green above 0, orange below. */
    public JFreeChart caterpillar() {
        List<RepEffect> effects = result.effects();
        int n = effects.size();
        String[] names = new String[n];
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        YIntervalSeries above = new YIntervalSeries(messages.get("sales.ws.chart.above"), false, true);
        YIntervalSeries across = new YIntervalSeries(messages.get("sales.ws.chart.across"), false, true);
        YIntervalSeries below = new YIntervalSeries(messages.get("sales.ws.chart.below"), false, true);
        for (int i = 0; i < n; i++) {
            RepEffect e = effects.get(i);
            int y = n - 1 - i; // the best at the top
            names[y] = e.name().equals(e.repId()) ? e.repId() : e.repId() + " " + e.name();
            (e.sign() > 0 ? above : e.sign() < 0 ? below : across).add(y, e.effect(), e.lower(), e.upper());
        }
        data.addSeries(above);
        data.addSeries(across);
        data.addSeries(below);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesVisible(true);
        renderer.setErrorPaint(null);
        renderer.setCapLength(3);
        Color[] colors = {ABOVE, ACROSS, BELOW};
        for (int s = 0; s < colors.length; s++) {
            renderer.setSeriesPaint(s, colors[s]);
            renderer.setSeriesShape(s, new Ellipse2D.Double(-3, -3, 6, 6));
        }
        SymbolAxis reps = new SymbolAxis(messages.get("sales.ws.chart.rep"), names);
        reps.setGridBandsVisible(false);
        NumberAxis value = new NumberAxis(messages.get("sales.ws.chart.effect." + outcomeKey()));
        value.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, reps, value, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.AXIS, new BasicStroke(1f)));
        return style.apply(new JFreeChart(messages.get("sales.ws.chart.caterpillar.title"),
                JFreeChart.DEFAULT_TITLE_FONT, plot, true));
    }

    /** Raw rank against adjusted rank, one dot a rep; the diagonal is agreement. */
    public JFreeChart ranks() {
        XYSeries agree = new XYSeries(messages.get("sales.ws.chart.ranks.agree"), false, true);
        XYSeries shifted = new XYSeries(messages.get("sales.ws.chart.ranks.shifted"), false, true);
        java.util.Set<String> shiftIds = new java.util.HashSet<>();
        result.shifts().forEach(s -> shiftIds.add(s.repId()));
        for (RepEffect e : result.effects()) {
            (shiftIds.contains(e.repId()) ? shifted : agree).add(e.rankRaw(), e.rankAdjusted());
        }
        int n = Math.max(1, result.effects().size());
        XYSeries diagonal = new XYSeries(messages.get("sales.ws.chart.ranks.diagonal"), false, true);
        diagonal.add(1, 1);
        diagonal.add(n, n);
        XYSeriesCollection points = new XYSeriesCollection();
        points.addSeries(agree);
        points.addSeries(shifted);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, ACROSS);
        dots.setSeriesPaint(1, BELOW);
        dots.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        dots.setSeriesShape(1, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        NumberAxis raw = new NumberAxis(messages.get("sales.ws.chart.ranks.raw"));
        NumberAxis adjusted = new NumberAxis(messages.get("sales.ws.chart.ranks.adjusted"));
        for (NumberAxis axis : new NumberAxis[] {raw, adjusted}) {
            axis.setRange(0.5, n + 0.5);
            axis.setInverted(true); // rank 1 (the best) at the top and on the left
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        raw.setInverted(false);
        XYPlot plot = new XYPlot(points, raw, adjusted, dots);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, ChartStyle.AXIS);
        line.setSeriesStroke(0, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {4f, 3f}, 0f));
        plot.setDataset(1, new XYSeriesCollection(diagonal));
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return style.apply(new JFreeChart(messages.get("sales.ws.chart.ranks.title"), JFreeChart.DEFAULT_TITLE_FONT,
                plot, true));
    }

    /** A rep's monthly revenue, the forecast and its 95% band; null without a trend. */
    public JFreeChart trend(RepTrend trend, String repLabel) {
        if (trend == null) {
            return null;
        }
        XYSeries revenue = new XYSeries(messages.get("sales.ws.chart.trend.revenue"), false, true);
        for (int i = 0; i < trend.months().size(); i++) {
            revenue.add(x(trend.months().get(i)), trend.revenue()[i]);
        }
        XYSeries forecast = new XYSeries(messages.get("sales.ws.chart.trend.forecast", trend.model()), false, true);
        YIntervalSeries band = new YIntervalSeries(messages.get("sales.ws.chart.trend.band"), false, true);
        if (!trend.months().isEmpty()) {
            int last = trend.months().size() - 1;
            double lx = x(trend.months().get(last));
            double ly = trend.revenue()[last];
            forecast.add(lx, ly);
            band.add(lx, ly, ly, ly);
        }
        for (int i = 0; i < trend.ahead().size(); i++) {
            double ax = x(trend.ahead().get(i));
            forecast.add(ax, trend.forecast()[i]);
            band.add(ax, trend.forecast()[i], trend.lower95()[i], trend.upper95()[i]);
        }
        DateAxis time = new DateAxis(messages.get("sales.ws.chart.trend.month"));
        time.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        NumberAxis value = new NumberAxis(messages.get("sales.ws.chart.trend.value"));
        DeviationRenderer bandRenderer = new DeviationRenderer(false, false);
        bandRenderer.setSeriesFillPaint(0, new Color(BAND.getRed(), BAND.getGreen(), BAND.getBlue(), 90));
        bandRenderer.setSeriesPaint(0, new Color(BAND.getRed(), BAND.getGreen(), BAND.getBlue(), 90));
        bandRenderer.setAlpha(1f);
        XYPlot plot = new XYPlot(new YIntervalSeriesCollection(), time, value, bandRenderer);
        ((YIntervalSeriesCollection) plot.getDataset()).addSeries(band);
        XYSeriesCollection lines = new XYSeriesCollection();
        lines.addSeries(revenue);
        lines.addSeries(forecast);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        lineRenderer.setSeriesPaint(0, REVENUE);
        lineRenderer.setSeriesStroke(0, new BasicStroke(1.6f));
        lineRenderer.setSeriesPaint(1, FORECAST);
        lineRenderer.setSeriesStroke(1, new BasicStroke(2.2f));
        plot.setDataset(1, lines);
        plot.setRenderer(1, lineRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return style.apply(new JFreeChart(messages.get("sales.ws.chart.trend.title", repLabel),
                JFreeChart.DEFAULT_TITLE_FONT, plot, true));
    }

    private String outcomeKey() {
        return result.settings().outcome().cliName();
    }

    private static double x(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
