package org.crmworkbench.present.value;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleBiFunction;
import org.crmworkbench.analysis.value.PurchaseModel;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.chart.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A frequency by recency heat map of what a purchase model says about a customer of the largest age T: frequency x
 * along the bottom (0 to the largest x, in steps of more than one when there are over {@link #MAX_COLUMNS} values),
 * recency t_x up the side (0 to T in {@link #ROWS} rows). A customer with no repeat purchase has t_x = 0, so the x = 0
 * column has only its bottom cell; every other cell is a possible customer (t_x never exceeds T).
 */
final class FrequencyRecencyMap {
    static final int MAX_COLUMNS = 50;
    static final int ROWS = 30;

    private final Messages messages;
    private final ValueWords words;
    private final ChartStyle style;

    FrequencyRecencyMap(ValueWords words, ChartStyle style) {
        this.words = Objects.requireNonNull(words, "words");
        this.messages = words.messages();
        this.style = Objects.requireNonNull(style, "style");
    }

    /** The cells of the map. */
    record Grid(int step, double rowHeight, int maxFrequency, double age, double[][] xyz) {
        int cells() {
            return xyz[0].length;
        }
    }

    /** The cells with {@code value(x, t_x)}, for frequencies 0..maxFrequency and recencies 0..age. */
    static Grid grid(int maxFrequency, double age, ToDoubleBiFunction<Integer, Double> value) {
        int top = Math.max(1, maxFrequency);
        int step = (int) Math.ceil((top + 1) / (double) MAX_COLUMNS);
        double height = age > 0 ? age / (ROWS - 1) : 1;
        List<double[]> cells = new ArrayList<>();
        for (int x = 0; x <= top; x += step) {
            int rows = x == 0 || age <= 0 ? 1 : ROWS;
            for (int j = 0; j < rows; j++) {
                double tx = j == rows - 1 && rows > 1 ? age : j * height;
                cells.add(new double[] {x, tx, value.applyAsDouble(x, tx)});
            }
        }
        double[][] xyz = new double[3][cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            for (int d = 0; d < 3; d++) {
                xyz[d][i] = cells.get(i)[d];
            }
        }
        return new Grid(step, height, top, age, xyz);
    }

    /** P(alive) of a customer of age T with each frequency and recency. */
    JFreeChart alive(PurchaseModel model, int maxFrequency, double age, String unitKey) {
        Grid grid = grid(maxFrequency, age, (x, tx) -> model.probabilityAlive(x, tx, age));
        String label = messages.get("value.chart.pAlive");
        return draw(grid, unitKey, messages.get("value.chart.aliveMapTitle", ValueWords.model(model.kind().key())),
                messages.get("value.chart.aliveMapNote", number(age), words.unit(unitKey)), label,
                new Scale(0, 1));
    }

    /** The purchases a customer of age T with each frequency and recency is expected to make over the horizon. */
    JFreeChart expectedPurchases(PurchaseModel model, int maxFrequency, double age, int horizon, String unitKey) {
        Grid grid = grid(maxFrequency, age, (x, tx) -> model.expectedPurchases(horizon, x, tx, age));
        double top = 0;
        for (double z : grid.xyz()[2]) {
            if (Double.isFinite(z)) {
                top = Math.max(top, z);
            }
        }
        String label = messages.get("value.chart.expectedPurchases", horizon, words.unit(unitKey));
        return draw(grid, unitKey, messages.get("value.chart.expectedMapTitle", ValueWords.model(model.kind().key())),
                messages.get("value.chart.expectedMapNote", number(age), words.unit(unitKey), horizon), label,
                new Scale(0, top > 0 ? top : 1));
    }

    private JFreeChart draw(Grid grid, String unitKey, String title, String note, String valueLabel, Scale scale) {
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(valueLabel, grid.xyz());
        NumberAxis x = new NumberAxis(messages.get("value.chart.frequencyAxis"));
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setRange(-0.5 * grid.step(), grid.maxFrequency() + 0.5 * grid.step());
        NumberAxis y = new NumberAxis(messages.get("value.chart.recencyAxis", words.unit(unitKey)));
        y.setRange(-0.5 * grid.rowHeight(), grid.age() + 0.5 * grid.rowHeight());
        XYBlockRenderer blocks = new XYBlockRenderer();
        blocks.setBlockWidth(grid.step());
        blocks.setBlockHeight(grid.rowHeight());
        blocks.setBlockAnchor(RectangleAnchor.CENTER);
        blocks.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, x, y, blocks);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.addSubtitle(new TextTitle(note));
        NumberAxis legendAxis = new NumberAxis(valueLabel);
        legendAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
        if (scale.getUpperBound() == 1) {
            legendAxis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.1));
        }
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
        legend.setStripWidth(14);
        legend.setSubdivisionCount(64);
        legend.setMargin(new RectangleInsets(4, 12, 4, 2));
        legend.setStripOutlineVisible(false);
        chart.addSubtitle(legend);
        style.apply(chart);
        legendAxis.setLabelFont(x.getLabelFont());
        legendAxis.setTickLabelFont(x.getTickLabelFont());
        return chart;
    }

    static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    /** Viridis-like sequential colours (dark purple for low, yellow for high), readable in grey too. */
    static final class Scale implements PaintScale, Serializable {
        private static final long serialVersionUID = 1L;
        private static final Color[] STOPS = {new Color(0x440154), new Color(0x3B528B), new Color(0x21908C),
                new Color(0x5DC963), new Color(0xFDE725)};
        private final double lower;
        private final double upper;

        Scale(double lower, double upper) {
            this.lower = lower;
            this.upper = upper;
        }

        @Override
        public double getLowerBound() {
            return lower;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(double value) {
            if (!Double.isFinite(value)) {
                return new Color(0xDDDDDD);
            }
            double f = Math.max(0, Math.min(1, (value - lower) / (upper - lower))) * (STOPS.length - 1);
            int i = Math.min(STOPS.length - 2, (int) Math.floor(f));
            double w = f - i;
            Color a = STOPS[i];
            Color b = STOPS[i + 1];
            return new Color((int) Math.round(a.getRed() + w * (b.getRed() - a.getRed())),
                    (int) Math.round(a.getGreen() + w * (b.getGreen() - a.getGreen())),
                    (int) Math.round(a.getBlue() + w * (b.getBlue() - a.getBlue())));
        }
    }
}
