package org.crmworkbench.present.basket;

import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Where a label goes beside a point: of eight spots around it (right, left, above, below and the corners), the one
 * that overlaps what is already drawn least and stays inside the drawing area; the first of equals wins, so right of
 * the point is preferred.
 */
final class LabelPlaces {
    private LabelPlaces() {
    }

    /**
     * The best box of size {@code w} x {@code h} beside ({@code x}, {@code y}), at least {@code gap} from it, given
     * the boxes already {@code taken} and the {@code area} it should stay in.
     */
    static Rectangle2D best(double x, double y, double gap, double w, double h, List<Rectangle2D> taken,
                            Rectangle2D area) {
        double[][] spots = {
            {x + gap, y - h / 2}, {x - gap - w, y - h / 2}, {x - w / 2, y - gap - h}, {x - w / 2, y + gap},
            {x + gap * 0.7, y - gap * 0.7 - h}, {x + gap * 0.7, y + gap * 0.7},
            {x - gap * 0.7 - w, y - gap * 0.7 - h}, {x - gap * 0.7 - w, y + gap * 0.7}};
        Rectangle2D best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (double[] spot : spots) {
            Rectangle2D box = new Rectangle2D.Double(spot[0], spot[1], w, h);
            double cost = 0;
            for (Rectangle2D other : taken) {
                cost += overlap(box, other);
            }
            Rectangle2D inside = box.createIntersection(area);
            double outside = w * h - Math.max(0, inside.getWidth()) * Math.max(0, inside.getHeight());
            cost += 4 * outside;
            if (cost < bestCost - 1e-9) {
                bestCost = cost;
                best = box;
            }
        }
        return best;
    }

    static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getX(), b.getX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getY(), b.getY());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
