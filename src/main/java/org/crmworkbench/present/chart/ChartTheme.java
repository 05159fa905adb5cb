package org.crmworkbench.present.chart;

import java.awt.Color;

/**
 * The two looks a chart can have: {@link #LIGHT} (white, for print and for the light window) and {@link #DARK}
 * (near-black background, light text, dim grid). Both keep the colour-blind-safe series colours the chart factories
 * chose; only the surroundings and the neutral ink change.
 */
public enum ChartTheme {
    LIGHT(Color.WHITE, Color.WHITE, ChartStyle.TEXT, ChartStyle.MUTED_TEXT, ChartStyle.GRID, ChartStyle.AXIS,
            new Color(0x22, 0x22, 0x22)),
    DARK(new Color(0x1E, 0x1F, 0x22), new Color(0x26, 0x28, 0x2B), new Color(0xE8, 0xE8, 0xE8),
            new Color(0xB4, 0xB4, 0xB4), new Color(0x3E, 0x41, 0x45), new Color(0x8A, 0x8D, 0x91),
            new Color(0xE0, 0xE0, 0xE0));

    private final Color background;
    private final Color plotBackground;
    private final Color text;
    private final Color mutedText;
    private final Color grid;
    private final Color axis;
    private final Color ink;

    ChartTheme(Color background, Color plotBackground, Color text, Color mutedText, Color grid, Color axis,
               Color ink) {
        this.background = background;
        this.plotBackground = plotBackground;
        this.text = text;
        this.mutedText = mutedText;
        this.grid = grid;
        this.axis = axis;
        this.ink = ink;
    }

    /** Behind the whole chart. */
    public Color background() {
        return background;
    }

    /** Behind the data area. */
    public Color plotBackground() {
        return plotBackground;
    }

    /** Titles, axis labels, legend. */
    public Color text() {
        return text;
    }

    /** Tick labels and notes. */
    public Color mutedText() {
        return mutedText;
    }

    public Color grid() {
        return grid;
    }

    /** Axis lines and neutral reference lines. */
    public Color axis() {
        return axis;
    }

    /** The neutral ink of outlines and outlier marks: near-black on light, near-white on dark. */
    public Color ink() {
        return ink;
    }

    /** Whether the background is dark. */
    public boolean isDark() {
        return this == DARK;
    }
}
