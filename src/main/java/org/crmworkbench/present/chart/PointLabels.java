package org.crmworkbench.present.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * Short labels for a few data points (segment names at their centres), each on a light box placed next to its
 * point so it stays readable over a dense cloud, never covers a labelled point's marker and does not overlap
 * another label: above the point if there is room, else below, right, left, then further up or down.
 */
public final class PointLabels extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    private static final double PAD = 2.5;

    private final List<double[]> points = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final double clearance;
    private Font font = new Font(ChartFonts.FALLBACK, Font.BOLD, 11);

    /** @param clearance half the size in points of the labelled markers; labels keep this far from each point */
    public PointLabels(double clearance) {
        this.clearance = clearance;
    }

    /** Adds a label for the point ({@code x}, {@code y}) in data coordinates. */
    public void add(double x, double y, String text) {
        points.add(new double[] {x, y});
        texts.add(Objects.requireNonNull(text, "text"));
        fireAnnotationChanged();
    }

    /** The labels, in the order added. */
    public List<String> texts() {
        return List.copyOf(texts);
    }

    public Font getFont() {
        return font;
    }

    public void setFont(Font font) {
        this.font = Objects.requireNonNull(font, "font");
        fireAnnotationChanged();
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        int n = points.size();
        double[][] screen = new double[n][];
        List<Rectangle2D> taken = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double px = domainAxis.valueToJava2D(points.get(i)[0], dataArea, plot.getDomainAxisEdge());
            double py = rangeAxis.valueToJava2D(points.get(i)[1], dataArea, plot.getRangeAxisEdge());
            screen[i] = plot.getOrientation() == PlotOrientation.HORIZONTAL
                    ? new double[] {py, px} : new double[] {px, py};
            taken.add(new Rectangle2D.Double(screen[i][0] - clearance, screen[i][1] - clearance, 2 * clearance,
                    2 * clearance));
        }
        g2.setFont(font);
        FontRenderContext frc = g2.getFontRenderContext();
        for (int i = 0; i < n; i++) {
            double px = screen[i][0];
            double py = screen[i][1];
            if (!dataArea.contains(px, py)) {
                continue;
            }
            String text = texts.get(i);
            Rectangle2D bounds = font.getStringBounds(text, frc);
            double w = bounds.getWidth() + 2 * PAD;
            double h = bounds.getHeight() + PAD;
            Rectangle2D box = place(px, py, w, h, dataArea, taken);
            taken.add(box);
            RoundRectangle2D shape = new RoundRectangle2D.Double(box.getX(), box.getY(), w, h, 4, 4);
            g2.setPaint(new Color(255, 255, 255, 220));
            g2.fill(shape);
            g2.setPaint(new Color(0x99, 0x99, 0x99));
            g2.setStroke(new BasicStroke(0.6f));
            g2.draw(shape);
            g2.setPaint(ChartStyle.TEXT);
            double ascent = font.getLineMetrics(text, frc).getAscent();
            g2.drawString(text, (float) (box.getX() + PAD), (float) (box.getY() + PAD / 2 + ascent));
        }
    }

    private Rectangle2D place(double px, double py, double w, double h, Rectangle2D area, List<Rectangle2D> taken) {
        double gap = clearance + 2;
        List<Rectangle2D> candidates = new ArrayList<>();
        candidates.add(new Rectangle2D.Double(px - w / 2, py - gap - h, w, h));
        candidates.add(new Rectangle2D.Double(px - w / 2, py + gap, w, h));
        candidates.add(new Rectangle2D.Double(px + gap, py - h / 2, w, h));
        candidates.add(new Rectangle2D.Double(px - gap - w, py - h / 2, w, h));
        for (int step = 1; step <= 4; step++) {
            candidates.add(new Rectangle2D.Double(px - w / 2, py - gap - h - step * (h + 2), w, h));
            candidates.add(new Rectangle2D.Double(px - w / 2, py + gap + step * (h + 2), w, h));
        }
        for (Rectangle2D c : candidates) {
            Rectangle2D inside = clamp(c, area);
            if (taken.stream().noneMatch(t -> t.intersects(inside))) {
                return inside;
            }
        }
        return clamp(candidates.get(0), area);
    }

    private static Rectangle2D clamp(Rectangle2D r, Rectangle2D area) {
        double x = Math.max(area.getMinX() + 1, Math.min(r.getX(), area.getMaxX() - r.getWidth() - 1));
        double y = Math.max(area.getMinY() + 1, Math.min(r.getY(), area.getMaxY() - r.getHeight() - 1));
        return new Rectangle2D.Double(x, y, r.getWidth(), r.getHeight());
    }
}
