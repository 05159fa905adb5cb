package org.crmworkbench.present.value;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;

/**
 * A flow ("Sankey") chart between two columns of nodes: the groups at an earlier date on the left, the groups at a
 * later date on the right, each node as tall as its count and each ribbon as thick as the customers that moved along
 * it, in the colour of the node it leaves. Nodes are labelled with their name and count; ribbons thick enough to
 * hold a number are labelled with theirs where they leave. Drawn with Graphics2D alone, so it renders and exports
 * (PNG, SVG, PDF) like every other chart.
 */
public final class MigrationFlowPlot extends Plot implements Cloneable, Serializable {
    private static final long serialVersionUID = 1L;
    private static final double NODE_WIDTH = 14;
    private static final int RIBBON_ALPHA = 105;

    /** One node: its name and colour. */
    public record Node(String label, Color colour) implements Serializable {
        public Node {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(colour, "colour");
        }
    }

    private final List<Node> left;
    private final List<Node> right;
    private final int[][] flows;
    private final String leftHeading;
    private final String rightHeading;
    private Font labelFont = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private java.text.NumberFormat countFormat = java.text.NumberFormat.getIntegerInstance(java.util.Locale.ROOT);

    /**
     * @param flows flows[i][j] = count from left node i to right node j (0 or more)
     */
    public MigrationFlowPlot(List<Node> left, List<Node> right, int[][] flows, String leftHeading,
                             String rightHeading) {
        this.left = List.copyOf(left);
        this.right = List.copyOf(right);
        if (flows.length != this.left.size()) {
            throw new IllegalArgumentException("one row of flows per left node");
        }
        this.flows = new int[flows.length][];
        for (int i = 0; i < flows.length; i++) {
            if (flows[i].length != this.right.size()) {
                throw new IllegalArgumentException("one flow per right node");
            }
            this.flows[i] = flows[i].clone();
        }
        this.leftHeading = leftHeading == null ? "" : leftHeading;
        this.rightHeading = rightHeading == null ? "" : rightHeading;
    }

    public List<Node> left() {
        return left;
    }

    public List<Node> right() {
        return right;
    }

    /** A copy of the counts, flows[i][j] from left node i to right node j. */
    public int[][] flows() {
        int[][] copy = new int[flows.length][];
        for (int i = 0; i < flows.length; i++) {
            copy[i] = flows[i].clone();
        }
        return copy;
    }

    public int leftTotal(int i) {
        int n = 0;
        for (int c : flows[i]) {
            n += c;
        }
        return n;
    }

    public int rightTotal(int j) {
        int n = 0;
        for (int[] row : flows) {
            n += row[j];
        }
        return n;
    }

    public Font getLabelFont() {
        return labelFont;
    }

    public void setLabelFont(Font font) {
        this.labelFont = Objects.requireNonNull(font, "font");
        fireChangeEvent();
    }

    /** How counts are written (the reader's digit grouping). */
    public void setCountFormat(java.text.NumberFormat format) {
        this.countFormat = (java.text.NumberFormat) Objects.requireNonNull(format, "format").clone();
        fireChangeEvent();
    }

    private String count(int n) {
        return countFormat.format(n);
    }

    @Override
    public String getPlotType() {
        return "Migration flow";
    }

    /** One item per node colour (left nodes first), so the chart's words include every node's name. */
    @Override
    public LegendItemCollection getLegendItems() {
        LegendItemCollection items = new LegendItemCollection();
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        for (List<Node> column : List.of(left, right)) {
            for (Node n : column) {
                if (seen.add(n.label())) {
                    items.add(new LegendItem(n.label(), n.colour()));
                }
            }
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
        int total = 0;
        for (int i = 0; i < left.size(); i++) {
            total += leftTotal(i);
        }
        if (total == 0) {
            drawNoDataMessage(g2, area);
            return;
        }
        g2.setFont(labelFont);
        FontMetrics fm = g2.getFontMetrics();
        Paint ink = ink();
        String[] leftLabels = new String[left.size()];
        String[] rightLabels = new String[right.size()];
        double leftWidth = 0;
        double rightWidth = 0;
        for (int i = 0; i < left.size(); i++) {
            leftLabels[i] = left.get(i).label() + "  " + count(leftTotal(i));
            leftWidth = Math.max(leftWidth, leftTotal(i) > 0 ? fm.stringWidth(leftLabels[i]) : 0);
        }
        for (int j = 0; j < right.size(); j++) {
            rightLabels[j] = count(rightTotal(j)) + "  " + right.get(j).label();
            rightWidth = Math.max(rightWidth, rightTotal(j) > 0 ? fm.stringWidth(rightLabels[j]) : 0);
        }
        double headingHeight = fm.getHeight() + 8;
        double top = area.getY() + headingHeight;
        double height = Math.max(10, area.getHeight() - headingHeight - 8);
        double xLeft = area.getX() + leftWidth + 8;
        double xRight = area.getMaxX() - rightWidth - 8 - NODE_WIDTH;
        int shown = Math.max(nonZero(true), nonZero(false));
        double gap = Math.min(12, height * 0.05);
        double scale = (height - gap * Math.max(0, shown - 1)) / total;
        double[] leftY = positions(true, top, height, gap, scale);
        double[] rightY = positions(false, top, height, gap, scale);

        g2.setPaint(ink);
        g2.drawString(leftHeading, (float) area.getX(), (float) (area.getY() + fm.getAscent()));
        g2.drawString(rightHeading, (float) (area.getMaxX() - fm.stringWidth(rightHeading)),
                (float) (area.getY() + fm.getAscent()));

        double[] leftNext = leftY.clone();
        double[] rightNext = rightY.clone();
        double middle = (xLeft + NODE_WIDTH + xRight) / 2;
        for (int i = 0; i < left.size(); i++) {
            for (int j = 0; j < right.size(); j++) {
                int c = flows[i][j];
                if (c == 0) {
                    continue;
                }
                double t = c * scale;
                double ly = leftNext[i];
                double ry = rightNext[j];
                leftNext[i] += t;
                rightNext[j] += t;
                GeneralPath ribbon = new GeneralPath();
                ribbon.moveTo(xLeft + NODE_WIDTH, ly);
                ribbon.curveTo(middle, ly, middle, ry, xRight, ry);
                ribbon.lineTo(xRight, ry + t);
                ribbon.curveTo(middle, ry + t, middle, ly + t, xLeft + NODE_WIDTH, ly + t);
                ribbon.closePath();
                Color colour = left.get(i).colour();
                g2.setPaint(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), RIBBON_ALPHA));
                g2.fill(ribbon);
                if (t >= fm.getAscent() * 0.9) {
                    g2.setPaint(ink);
                    g2.drawString(count(c), (float) (xLeft + NODE_WIDTH + 4),
                            (float) (ly + t / 2 + fm.getAscent() / 2.0 - 1));
                }
            }
        }
        drawNodes(g2, true, leftY, scale, xLeft, leftLabels, fm, ink, top, height);
        drawNodes(g2, false, rightY, scale, xRight, rightLabels, fm, ink, top, height);
    }

    private void drawNodes(Graphics2D g2, boolean isLeft, double[] y, double scale, double x, String[] labels,
                           FontMetrics fm, Paint ink, double top, double height) {
        List<Node> nodes = isLeft ? left : right;
        double[] centres = new double[nodes.size()];
        for (int k = 0; k < nodes.size(); k++) {
            double h = (isLeft ? leftTotal(k) : rightTotal(k)) * scale;
            centres[k] = y[k] + h / 2;
            if (h > 0) {
                g2.setPaint(nodes.get(k).colour());
                g2.fill(new Rectangle2D.Double(x, y[k], NODE_WIDTH, Math.max(h, 1)));
            }
        }
        double[] labelY = spread(centres, isLeft, fm.getHeight(), top, top + height);
        g2.setPaint(ink);
        for (int k = 0; k < nodes.size(); k++) {
            if ((isLeft ? leftTotal(k) : rightTotal(k)) == 0) {
                continue;
            }
            float baseline = (float) (labelY[k] + fm.getAscent() / 2.0 - 1);
            float at = isLeft ? (float) (x - 6 - fm.stringWidth(labels[k])) : (float) (x + NODE_WIDTH + 6);
            g2.drawString(labels[k], at, baseline);
        }
    }

    /** Label centres as near the nodes' centres as they can be without overlapping, within [top, bottom]. */
    private double[] spread(double[] centres, boolean isLeft, double lineHeight, double top, double bottom) {
        double[] y = centres.clone();
        double last = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < y.length; k++) {
            if ((isLeft ? leftTotal(k) : rightTotal(k)) == 0) {
                continue;
            }
            y[k] = Math.max(y[k], last + lineHeight);
            last = y[k];
        }
        double limit = bottom - lineHeight / 2;
        for (int k = y.length - 1; k >= 0; k--) {
            if ((isLeft ? leftTotal(k) : rightTotal(k)) == 0) {
                continue;
            }
            y[k] = Math.min(y[k], limit);
            limit = y[k] - lineHeight;
        }
        return y;
    }

    private int nonZero(boolean isLeft) {
        int n = 0;
        for (int k = 0; k < (isLeft ? left.size() : right.size()); k++) {
            if ((isLeft ? leftTotal(k) : rightTotal(k)) > 0) {
                n++;
            }
        }
        return n;
    }

    /** The top of each node of a column, the column centred in the height. */
    private double[] positions(boolean isLeft, double top, double height, double gap, double scale) {
        int size = isLeft ? left.size() : right.size();
        double used = 0;
        int shown = 0;
        for (int k = 0; k < size; k++) {
            int n = isLeft ? leftTotal(k) : rightTotal(k);
            if (n > 0) {
                used += n * scale;
                shown++;
            }
        }
        used += gap * Math.max(0, shown - 1);
        double y = top + (height - used) / 2;
        double[] tops = new double[size];
        for (int k = 0; k < size; k++) {
            tops[k] = y;
            int n = isLeft ? leftTotal(k) : rightTotal(k);
            if (n > 0) {
                y += n * scale + gap;
            }
        }
        return tops;
    }

    /** Dark text on a light background, light text on a dark one. */
    private Paint ink() {
        Paint background = getBackgroundPaint();
        if (background instanceof Color c) {
            double luminance = 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
            return luminance < 128 ? new Color(0xE8E8E8) : new Color(0x222222);
        }
        return new Color(0x222222);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MigrationFlowPlot other) || !super.equals(o)) {
            return false;
        }
        return left.equals(other.left) && right.equals(other.right)
                && java.util.Arrays.deepEquals(flows, other.flows) && leftHeading.equals(other.leftHeading)
                && rightHeading.equals(other.rightHeading) && labelFont.equals(other.labelFont);
    }

    @Override
    public int hashCode() {
        return Objects.hash(left, right, java.util.Arrays.deepHashCode(flows), leftHeading, rightHeading);
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        return super.clone();
    }
}
