package org.crmworkbench.present.basket;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import org.jfree.chart.renderer.PaintScale;

/**
 * The colour of a rule's lift, as arulesViz shades its plots: a sequential scale from pale orange (the lowest lift
 * drawn) to dark red (the highest), every step visible on a white background and ordered in grey too (ColorBrewer's
 * OrRd, without its near-white end). A scale whose bounds coincide is widened so it still has a direction.
 */
public final class LiftPaintScale implements PaintScale, Serializable {
    private static final long serialVersionUID = 1L;
    private static final Color[] STOPS = {new Color(0xFDD49E), new Color(0xFC8D59), new Color(0xE34A33),
            new Color(0xB30000), new Color(0x7F0000)};
    private static final Color UNKNOWN = new Color(0xBBBBBB);

    private final double lower;
    private final double upper;

    public LiftPaintScale(double lower, double upper) {
        if (!(Double.isFinite(lower) && Double.isFinite(upper))) {
            lower = 0;
            upper = 1;
        }
        if (upper <= lower) {
            double middle = (lower + upper) / 2;
            lower = middle - 0.5;
            upper = middle + 0.5;
        }
        this.lower = lower;
        this.upper = upper;
    }

    /** A scale from the smallest to the largest finite value of {@code lifts}. */
    public static LiftPaintScale over(double[] lifts) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : lifts) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return lo > hi ? new LiftPaintScale(0, 1) : new LiftPaintScale(lo, hi);
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
        return colour(value);
    }

    /** The colour of {@code value}; values outside the bounds take the nearest end's colour, NaN grey. */
    public Color colour(double value) {
        if (Double.isNaN(value)) {
            return UNKNOWN;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof LiftPaintScale s && s.lower == lower && s.upper == upper;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(lower) * 31 + Double.hashCode(upper);
    }
}
