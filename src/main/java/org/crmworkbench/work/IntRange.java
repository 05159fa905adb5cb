package org.crmworkbench.work;

/**
 * The whole numbers a parameter accepts, written once in the settings record that owns the parameter and read from
 * there by every face: the window's spinners and sliders take their limits from it, and the command line's messages
 * name it.
 *
 * @param parameter the parameter's name as the user knows it ({@code k}, {@code neighbours}, ...)
 * @param min       the smallest accepted value
 * @param max       the largest accepted value
 */
public record IntRange(String parameter, int min, int max) {
    /** The random seeds every face offers: any non-negative whole number a spinner can hold. */
    public static final IntRange SEEDS = new IntRange("seed", 0, Integer.MAX_VALUE);

    public IntRange {
        if (parameter == null || parameter.isBlank()) {
            throw new IllegalArgumentException("a range needs the parameter's name");
        }
        if (min > max) {
            throw new IllegalArgumentException(parameter + ": min " + min + " > max " + max);
        }
    }

    public boolean contains(int value) {
        return value >= min && value <= max;
    }

    /** {@code value} when it lies in the range; otherwise a {@link BadParameterException} naming the range. */
    public int check(int value) {
        if (!contains(value)) {
            throw new BadParameterException(parameter, "parameter.outOfRange",
                    parameter + " must be from " + min + " to " + max, parameter, value, min, max);
        }
        return value;
    }

    /** {@code value} moved into the range. */
    public int clamp(int value) {
        return Math.max(min, Math.min(max, value));
    }
}
