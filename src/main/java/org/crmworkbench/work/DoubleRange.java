package org.crmworkbench.work;

/**
 * The numbers a parameter accepts (both ends included), written once in the settings record that owns the
 * parameter; see {@link IntRange}.
 *
 * @param parameter the parameter's name as the user knows it
 * @param min       the smallest accepted value
 * @param max       the largest accepted value
 * @param step      the step a spinner takes
 */
public record DoubleRange(String parameter, double min, double max, double step) {

    public DoubleRange {
        if (parameter == null || parameter.isBlank()) {
            throw new IllegalArgumentException("a range needs the parameter's name");
        }
        if (!(min <= max) || !(step > 0)) {
            throw new IllegalArgumentException(parameter + ": bad range " + min + ".." + max + " step " + step);
        }
    }

    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    /** {@code value} when it lies in the range; otherwise a {@link BadParameterException} naming the range. */
    public double check(double value) {
        if (!contains(value)) {
            throw new BadParameterException(parameter, "parameter.outOfRange",
                    parameter + " must be from " + min + " to " + max, parameter, value, min, max);
        }
        return value;
    }
}
