package org.crmworkbench.present.feedback;

import java.awt.Color;

/**
 * The colours of sentiment in every Feedback chart (and for the window to match): Okabe and Ito's bluish green for
 * positive, vermillion for negative, a mid grey for neutral, which readers with red-green colour blindness still tell
 * apart; a mean score is drawn as a blend from vermillion through grey to green ({@link #ofScore}).
 */
public final class SentimentColours {
    public static final Color POSITIVE = new Color(0x009E73);
    public static final Color NEUTRAL = new Color(0xB4B4B4);
    public static final Color NEGATIVE = new Color(0xD55E00);
    /** The mean-score line over the volume bars. */
    public static final Color MEAN = new Color(0x0072B2);
    /** A mean this far from 0 or further is drawn in the full label colour. */
    public static final double FULL = 0.5;

    private SentimentColours() {
    }

    /** The colour of a label's code ({@code positive}, {@code neutral}, {@code negative}). */
    public static Color of(String label) {
        return switch (label) {
            case "positive" -> POSITIVE;
            case "negative" -> NEGATIVE;
            default -> NEUTRAL;
        };
    }

    /** A mean score's colour: grey at 0, green from {@link #FULL} up, vermillion from -{@link #FULL} down. */
    public static Color ofScore(double mean) {
        if (!Double.isFinite(mean)) {
            return NEUTRAL;
        }
        double t = Math.min(1, Math.abs(mean) / FULL);
        Color end = mean >= 0 ? POSITIVE : NEGATIVE;
        return new Color(mix(NEUTRAL.getRed(), end.getRed(), t), mix(NEUTRAL.getGreen(), end.getGreen(), t),
                mix(NEUTRAL.getBlue(), end.getBlue(), t));
    }

    private static int mix(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }
}
