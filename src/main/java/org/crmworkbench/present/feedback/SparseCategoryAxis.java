package org.crmworkbench.present.feedback;

import java.awt.Graphics2D;
import java.util.List;
import java.util.Set;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A category axis that names only every {@code step}-th category (the first, then each {@code step} on), so a long
 * timeline of weeks stays readable; the bars of the unnamed ones are drawn all the same.
 */
final class SparseCategoryAxis extends CategoryAxis {
    private static final long serialVersionUID = 1L;
    private final Set<Comparable<?>> named;

    SparseCategoryAxis(String label, List<? extends Comparable<?>> categories, int step) {
        super(label);
        java.util.Set<Comparable<?>> keep = new java.util.HashSet<>();
        for (int i = 0; i < categories.size(); i += Math.max(1, step)) {
            keep.add(categories.get(i));
        }
        this.named = Set.copyOf(keep);
    }

    /** Whether the axis names {@code category}. */
    boolean names(Comparable<?> category) {
        return named.contains(category);
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
        return named.contains(category) ? super.createLabel(category, width, edge, g2) : new TextBlock();
    }
}
