package org.crmworkbench.present.basket;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;

/**
 * Draws a {@link RuleGraphLayout.Graph}: items as labelled dots, each rule as a circle sized by its support and
 * coloured by its lift ({@link LiftPaintScale}), arrows from the antecedent items into the rule and from the rule to
 * its consequent. Item labels take the free spot beside their dot that overlaps other labels and the rule circles
 * least, on a pale halo so edges under them do not hide them. Rules and items carry tooltips. Drawn with Graphics2D
 * alone, so it renders and exports (PNG, SVG, PDF) like every other chart.
 */
public final class RuleGraphPlot extends Plot implements Cloneable, Serializable {
    private static final long serialVersionUID = 1L;
    private static final double ITEM_RADIUS = 3.5;
    private static final double MIN_RADIUS = 4;
    private static final double MAX_RADIUS = 13;
    private static final Color EDGE = new Color(0x8C8C8C);
    private static final Color ITEM = new Color(0x333333);

    private final RuleGraphLayout.Graph graph;
    private final List<String> itemLabels;
    private final List<String> ruleTips;
    private final LiftPaintScale lift;
    private final double minSupport;
    private final double maxSupport;
    private Font labelFont = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    /**
     * @param itemLabels the readable name of each item node, in the graph's node order
     * @param ruleTips   each rule in words, for its tooltip
     */
    public RuleGraphPlot(RuleGraphLayout.Graph graph, List<String> itemLabels, List<String> ruleTips,
                         LiftPaintScale lift) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.itemLabels = List.copyOf(itemLabels);
        this.ruleTips = List.copyOf(ruleTips);
        this.lift = Objects.requireNonNull(lift, "lift");
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (var r : graph.rules()) {
            lo = Math.min(lo, r.support());
            hi = Math.max(hi, r.support());
        }
        this.minSupport = graph.rules().isEmpty() ? 0 : lo;
        this.maxSupport = hi;
    }

    public RuleGraphLayout.Graph graph() {
        return graph;
    }

    public List<String> itemLabels() {
        return itemLabels;
    }

    public LiftPaintScale liftScale() {
        return lift;
    }

    public Font getLabelFont() {
        return labelFont;
    }

    public void setLabelFont(Font font) {
        this.labelFont = Objects.requireNonNull(font, "font");
        fireChangeEvent();
    }

    /** The radius of a rule's circle: from {@code MIN_RADIUS} (least support drawn) to {@code MAX_RADIUS} by area. */
    double radius(double support) {
        if (maxSupport <= minSupport) {
            return (MIN_RADIUS + MAX_RADIUS) / 2;
        }
        double f = (support - minSupport) / (maxSupport - minSupport);
        return Math.sqrt(MIN_RADIUS * MIN_RADIUS + f * (MAX_RADIUS * MAX_RADIUS - MIN_RADIUS * MIN_RADIUS));
    }

    @Override
    public String getPlotType() {
        return "Rule graph";
    }

    /** One item per item label (not shown: the chart has no legend), so the chart's words include them for fonts. */
    @Override
    public LegendItemCollection getLegendItems() {
        LegendItemCollection items = new LegendItemCollection();
        for (String label : itemLabels) {
            items.add(new LegendItem(label, ITEM));
        }
        return items;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState,
                     PlotRenderingInfo info) {
        getInsets().trim(area);
        if (info != null) {
            info.setPlotArea(area);
            info.setDataArea(area);
        }
        drawBackground(g2, area);
        if (graph.nodes().isEmpty()) {
            drawNoDataMessage(g2, area);
            return;
        }
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setFont(labelFont);
        FontMetrics fm = g2.getFontMetrics();
        double widest = 0;
        for (String label : itemLabels) {
            widest = Math.max(widest, fm.stringWidth(label));
        }
        double padX = Math.min(area.getWidth() / 4, widest / 2 + 10);
        double padY = fm.getHeight() + MAX_RADIUS;
        Rectangle2D inner = new Rectangle2D.Double(area.getX() + padX, area.getY() + padY,
                Math.max(1, area.getWidth() - 2 * padX), Math.max(1, area.getHeight() - 2 * padY));
        int n = graph.nodes().size();
        double[] px = new double[n];
        double[] py = new double[n];
        double[] radius = new double[n];
        for (int i = 0; i < n; i++) {
            RuleGraphLayout.Node node = graph.nodes().get(i);
            px[i] = inner.getX() + node.x() * inner.getWidth();
            py[i] = inner.getY() + node.y() * inner.getHeight();
            radius[i] = node.isRule() ? radius(graph.rules().get(node.rule()).support()) : ITEM_RADIUS;
        }
        g2.setStroke(new BasicStroke(0.9f));
        for (RuleGraphLayout.Edge e : graph.edges()) {
            arrow(g2, px[e.from()], py[e.from()], radius[e.from()], px[e.to()], py[e.to()], radius[e.to()]);
        }
        EntityCollection entities = info == null ? null : info.getOwner().getEntityCollection();
        List<Integer> ruleOrder = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (graph.nodes().get(i).isRule()) {
                ruleOrder.add(i);
            }
        }
        // lowest lift first, so the strongest rules are drawn on top
        ruleOrder.sort(Comparator.comparingDouble(i -> graph.rules().get(graph.nodes().get(i).rule()).lift()));
        for (int i : ruleOrder) {
            var rule = graph.rules().get(graph.nodes().get(i).rule());
            Shape circle = new Ellipse2D.Double(px[i] - radius[i], py[i] - radius[i], 2 * radius[i], 2 * radius[i]);
            g2.setPaint(lift.colour(rule.lift()));
            g2.fill(circle);
            g2.setPaint(new Color(0x5A0000));
            g2.setStroke(new BasicStroke(0.6f));
            g2.draw(circle);
            if (entities != null) {
                entities.add(new ChartEntity(circle, ruleTips.get(graph.nodes().get(i).rule())));
            }
        }
        labels(g2, fm, px, py, radius, area, entities);
    }

    private void arrow(Graphics2D g2, double x0, double y0, double r0, double x1, double y1, double r1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double d = Math.sqrt(dx * dx + dy * dy);
        if (d < r0 + r1 + 2) {
            return;
        }
        double ux = dx / d;
        double uy = dy / d;
        double sx = x0 + ux * r0;
        double sy = y0 + uy * r0;
        double ex = x1 - ux * (r1 + 1.5);
        double ey = y1 - uy * (r1 + 1.5);
        g2.setPaint(EDGE);
        g2.draw(new Line2D.Double(sx, sy, ex, ey));
        double head = 6;
        Path2D.Double tip = new Path2D.Double();
        tip.moveTo(ex, ey);
        tip.lineTo(ex - ux * head - uy * head * 0.45, ey - uy * head + ux * head * 0.45);
        tip.lineTo(ex - ux * head + uy * head * 0.45, ey - uy * head - ux * head * 0.45);
        tip.closePath();
        g2.fill(tip);
    }

    /** Item dots and their labels, the most connected items placed first. */
    private void labels(Graphics2D g2, FontMetrics fm, double[] px, double[] py, double[] radius, Rectangle2D area,
                        EntityCollection entities) {
        int items = itemLabels.size();
        int[] degree = new int[items];
        for (RuleGraphLayout.Edge e : graph.edges()) {
            if (e.from() < items) {
                degree[e.from()]++;
            }
            if (e.to() < items) {
                degree[e.to()]++;
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -degree[i]).thenComparingInt(i -> i));
        List<Rectangle2D> taken = new ArrayList<>();
        for (int i = 0; i < px.length; i++) {
            taken.add(new Rectangle2D.Double(px[i] - radius[i], py[i] - radius[i], 2 * radius[i], 2 * radius[i]));
        }
        Color halo = getBackgroundPaint() instanceof Color c ? new Color(c.getRed(), c.getGreen(), c.getBlue(), 215)
                : new Color(255, 255, 255, 215);
        Paint ink = ink();
        for (int i : order) {
            String text = itemLabels.get(i);
            double w = fm.stringWidth(text) + 4;
            double h = fm.getHeight();
            Rectangle2D best = LabelPlaces.best(px[i], py[i], ITEM_RADIUS + 2, w, h, taken, area);
            taken.add(best);
            g2.setPaint(halo);
            g2.fill(new RoundRectangle2D.Double(best.getX(), best.getY(), best.getWidth(), best.getHeight(), 4, 4));
            g2.setPaint(ink);
            g2.fill(new Ellipse2D.Double(px[i] - ITEM_RADIUS, py[i] - ITEM_RADIUS, 2 * ITEM_RADIUS, 2 * ITEM_RADIUS));
            g2.drawString(text, (float) (best.getX() + 2), (float) (best.getY() + fm.getAscent()));
            if (entities != null) {
                entities.add(new ChartEntity(best, text));
            }
        }
    }

    /** Dark text on a light background, light text on a dark one. */
    private Paint ink() {
        if (getBackgroundPaint() instanceof Color c) {
            double luminance = 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
            return luminance < 128 ? new Color(0xE8E8E8) : ITEM;
        }
        return ITEM;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RuleGraphPlot other) || !super.equals(o)) {
            return false;
        }
        return graph.equals(other.graph) && itemLabels.equals(other.itemLabels) && lift.equals(other.lift)
                && labelFont.equals(other.labelFont);
    }

    @Override
    public int hashCode() {
        return Objects.hash(graph, itemLabels, lift);
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        return super.clone();
    }
}
