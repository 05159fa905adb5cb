package org.crmworkbench.present.chart;

import java.util.Locale;
import java.util.Objects;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.DoubleRange;
import org.crmworkbench.work.IntRange;

/**
 * The size of a chart file: width and height in points and, for a PNG, the resolution. The accepted ranges are
 * written here once; {@link ChartExporter}, the Export dialog and {@code workbench chart} read them.
 *
 * @param format the file's format
 * @param width  width in points, within {@link #WIDTH}
 * @param height height in points, within {@link #HEIGHT}
 * @param dpi    resolution of a PNG, within {@link #DPI} and at most {@link #MAX_PIXELS} pixels (ignored otherwise)
 */
public record ChartSize(ChartFormat format, double width, double height, int dpi) {
    /** Width in points: half an inch up to PDF's page limit of 200 inches. */
    public static final DoubleRange WIDTH = new DoubleRange("width", 36, 14_400, 1);
    /** Height in points, as {@link #WIDTH}. */
    public static final DoubleRange HEIGHT = new DoubleRange("height", 36, 14_400, 1);
    /** Resolution of a PNG in dots per inch. */
    public static final IntRange DPI = new IntRange("dpi", 36, 1200);
    /** Most pixels a PNG may have (about 200 MB while it is drawn). */
    public static final long MAX_PIXELS = 50_000_000L;

    /** @throws BadParameterException naming {@code width}, {@code height} or {@code dpi} when one is out of range */
    public ChartSize {
        Objects.requireNonNull(format, "format");
        checkWidth(width);
        checkHeight(height);
        if (format == ChartFormat.PNG) {
            checkDpi(dpi);
            long pixels = (long) ChartExporter.pixels(width, dpi) * ChartExporter.pixels(height, dpi);
            if (pixels > MAX_PIXELS) {
                throw new BadParameterException("dpi", "chart.export.tooManyPixels",
                        "at " + dpi + " dpi the image would have " + pixels + " pixels, more than " + MAX_PIXELS,
                        dpi, pixels, MAX_PIXELS);
            }
        }
    }

    /** {@code width} when it lies in {@link #WIDTH}. */
    public static double checkWidth(double width) {
        return checkSide(WIDTH, "chart.export.badWidth", width);
    }

    /** {@code height} when it lies in {@link #HEIGHT}. */
    public static double checkHeight(double height) {
        return checkSide(HEIGHT, "chart.export.badHeight", height);
    }

    private static double checkSide(DoubleRange range, String messageKey, double points) {
        if (!range.contains(points)) {
            throw new BadParameterException(range.parameter(), messageKey, String.format(Locale.ROOT,
                    "the %s must be %.0f to %.0f points, not %s", range.parameter(), range.min(), range.max(),
                    points), range.min(), range.max(), points);
        }
        return points;
    }

    /** {@code dpi} when it lies in {@link #DPI}. */
    public static int checkDpi(int dpi) {
        if (!DPI.contains(dpi)) {
            throw new BadParameterException("dpi", "chart.export.badDpi",
                    "the resolution must be " + DPI.min() + " to " + DPI.max() + " dpi, not " + dpi, DPI.min(),
                    DPI.max(), dpi);
        }
        return dpi;
    }
}
