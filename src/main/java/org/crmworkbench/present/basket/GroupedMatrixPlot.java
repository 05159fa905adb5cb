package org.crmworkbench.present.basket;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.Serializable;
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
 * Draws a {@link GroupedRuleMatrix.Matrix}: antecedent groups as columns (named along the top, written upwards),
 * consequents as rows (named on the left), a balloon in each cell with rules, its area proportional to the median
 * support and its colour the median lift ({@link LiftPaintScale}). Balloons carry tooltips. Drawn with Graphics2D
 * alone, so it renders and exports like every other chart.
 */
public final class GroupedMatrixPlot extends Plot implements Cloneable, Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MAX_LABEL = 40;

    private final GroupedRuleMatrix.Matrix matrix;
    private final List<String> columnLabels;
    private final List<String> rowLabels;
    private final List<List<String>> cellTips;
    private final LiftPaintScale lift;
    private Font labelFont = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    /**
     * @param columnLabels each group's name
     * @param rowLabels    each consequent in words
     * @param cellTips     cellTips.get(row).get(column): the cell in words, for its tooltip
     */
    public GroupedMatrixPlot(GroupedRuleMatrix.Matrix matrix, List<String> columnLabels, List<String> rowLabels,
                             List<List<String>> cellTips, LiftPaintScale lift) {
        this.matrix = Objects.requireNonNull(matrix, "matrix");
        this.columnLabels = List.copyOf(columnLabels);
        this.rowLabels = List.copyOf(rowLabels);
        this.cellTips = cellTips.stream().map(List::copyOf).toList();
        this.lift = Objects.requireNonNull(lift, "lift");
    }

    public GroupedRuleMatrix.Matrix matrix() {
        return matrix;
    }

    public List<String> columnLabels() {
        return columnLabels;
    }

    public List<String> rowLabels() {
        return rowLabels;
    }

    public Font getLabelFont() {
        return labelFont;
    }

    public void setLabelFont(Font font) {
        this.labelFont = Objects.requireNonNull(font, "font");
        fireChangeEvent();
    }

    @Override
    public String getPlotType() {
        return "Grouped rule matrix";
    }

    /** One item per column and row name (not shown), so the chart's words include them for fonts. */
    @Override
    public LegendItemCollection getLegendItems() {
        LegendItemCollection items = new LegendItemCollection();
        for (List<String> labels : List.of(columnLabels, rowLabels)) {
            for (String label : labels) {
                items.add(new LegendItem(label, Color.GRAY));
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
        int columns = columnLabels.size();
        int rows = rowLabels.size();
        if (columns == 0 || rows == 0) {
            drawNoDataMessage(g2, area);
            return;
        }
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setFont(labelFont);
        FontMetrics fm = g2.getFontMetrics();
        String[] top = new String[columns];
        double tallest = 0;
        for (int c = 0; c < columns; c++) {
            top[c] = shorten(columnLabels.get(c));
            tallest = Math.max(tallest, fm.stringWidth(top[c]));
        }
        String[] left = new String[rows];
        double widest = 0;
        for (int r = 0; r < rows; r++) {
            left[r] = shorten(rowLabels.get(r));
            widest = Math.max(widest, fm.stringWidth(left[r]));
        }
        double labelHeight = Math.min(tallest + 8, area.getHeight() * 0.45);
        double labelWidth = Math.min(widest + 10, area.getWidth() * 0.35);
        for (int c = 0; c < columns; c++) {
            top[c] = fit(top[c], fm, labelHeight - 8);
        }
        for (int r = 0; r < rows; r++) {
            left[r] = fit(left[r], fm, labelWidth - 10);
        }
        Rectangle2D grid = new Rectangle2D.Double(area.getX() + labelWidth, area.getY() + labelHeight,
                Math.max(1, area.getWidth() - labelWidth - 4), Math.max(1, area.getHeight() - labelHeight - 4));
        double cw = grid.getWidth() / columns;
        double ch = grid.getHeight() / rows;
        Paint ink = ink();
        g2.setStroke(new BasicStroke(0.5f));
        g2.setPaint(new Color(0xE3E3E3));
        for (int r = 0; r <= rows; r++) {
            g2.draw(new Line2D.Double(grid.getX(), grid.getY() + r * ch, grid.getMaxX(), grid.getY() + r * ch));
        }
        for (int c = 0; c <= columns; c++) {
            g2.draw(new Line2D.Double(grid.getX() + c * cw, grid.getY(), grid.getX() + c * cw, grid.getMaxY()));
        }
        g2.setPaint(ink);
        for (int r = 0; r < rows; r++) {
            float y = (float) (grid.getY() + (r + 0.5) * ch + fm.getAscent() / 2.0 - 1);
            g2.drawString(left[r], (float) (grid.getX() - 6 - fm.stringWidth(left[r])), y);
        }
        AffineTransform saved = g2.getTransform();
        for (int c = 0; c < columns; c++) {
            double x = grid.getX() + (c + 0.5) * cw + fm.getAscent() / 2.0 - 1;
            g2.setTransform(saved);
            g2.rotate(-Math.PI / 2, x, grid.getY() - 6);
            g2.drawString(top[c], (float) x, (float) (grid.getY() - 6));
        }
        g2.setTransform(saved);
        double maxSupport = 0;
        for (double[] row : matrix.support()) {
            for (double s : row) {
                if (Double.isFinite(s)) {
                    maxSupport = Math.max(maxSupport, s);
                }
            }
        }
        double biggest = Math.max(2, Math.min(cw, ch) / 2 - 1.5);
        EntityCollection entities = info == null ? null : info.getOwner().getEntityCollection();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (matrix.rules()[r][c] == 0) {
                    continue;
                }
                double s = matrix.support()[r][c];
                double radius = maxSupport > 0 ? Math.max(1.5, biggest * Math.sqrt(s / maxSupport)) : biggest;
                double x = grid.getX() + (c + 0.5) * cw;
                double y = grid.getY() + (r + 0.5) * ch;
                Shape balloon = new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius);
                g2.setPaint(lift.colour(matrix.lift()[r][c]));
                g2.fill(balloon);
                g2.setPaint(new Color(0x5A0000));
                g2.setStroke(new BasicStroke(0.5f));
                g2.draw(balloon);
                if (entities != null) {
                    entities.add(new ChartEntity(new Rectangle2D.Double(x - cw / 2, y - ch / 2, cw, ch),
                            cellTips.get(r).get(c)));
                }
            }
        }
    }

    /** The label cut short (with an ellipsis) to fit {@code room} pixels. */
    private static String fit(String label, FontMetrics fm, double room) {
        if (fm.stringWidth(label) <= room) {
            return label;
        }
        int end = label.length();
        while (end > 1 && fm.stringWidth(label.substring(0, end) + "...") > room) {
            end--;
        }
        return label.substring(0, end) + "...";
    }

    private static String shorten(String label) {
        return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "...";
    }

    private Paint ink() {
        if (getBackgroundPaint() instanceof Color c) {
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
        if (!(o instanceof GroupedMatrixPlot other) || !super.equals(o)) {
            return false;
        }
        return columnLabels.equals(other.columnLabels) && rowLabels.equals(other.rowLabels)
                && lift.equals(other.lift) && labelFont.equals(other.labelFont);
    }

    @Override
    public int hashCode() {
        return Objects.hash(columnLabels, rowLabels, lift);
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        return super.clone();
    }
}
