package org.crmworkbench.ui.charts;

import java.util.Optional;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.chart.ChartExporter;
import org.crmworkbench.present.chart.ChartFormat;
import org.crmworkbench.present.chart.ChartSize;

/**
 * The checks and notes of the Export dialog, apart from its controls: whether the typed width, height and
 * resolution are numbers within the limits of {@link ChartSize} (the message names the field and the allowed range),
 * and what size the file will have.
 */
final class ChartExportForm {
    private final Messages messages;

    ChartExportForm(Messages messages) {
        this.messages = messages;
    }

    /** The first problem with the typed values, or empty when they can be exported. */
    Optional<String> problem(ChartFormat format, String width, String height, String dpi) {
        if (!ChartSize.WIDTH.contains(parse(width))) {
            return outOfRange("chart.ui.dialog.width", ChartSize.WIDTH.min(), ChartSize.WIDTH.max());
        }
        if (!ChartSize.HEIGHT.contains(parse(height))) {
            return outOfRange("chart.ui.dialog.height", ChartSize.HEIGHT.min(), ChartSize.HEIGHT.max());
        }
        if (format != ChartFormat.PNG) {
            return Optional.empty();
        }
        if (!(parse(dpi) >= ChartSize.DPI.min() && parse(dpi) <= ChartSize.DPI.max())
                || parse(dpi) != Math.rint(parse(dpi))) {
            return outOfRange("chart.ui.dialog.dpi", ChartSize.DPI.min(), ChartSize.DPI.max());
        }
        int d = (int) parse(dpi);
        long pixels = (long) ChartExporter.pixels(parse(width), d) * ChartExporter.pixels(parse(height), d);
        if (pixels > ChartSize.MAX_PIXELS) {
            return Optional.of(messages.get("chart.ui.dialog.tooManyPixels", d, pixels, ChartSize.MAX_PIXELS));
        }
        return Optional.empty();
    }

    private Optional<String> outOfRange(String field, Object min, Object max) {
        return Optional.of(messages.get("chart.ui.dialog.outOfRange", messages.get(field), min, max));
    }

    /** The file's size: pixels of a PNG, points and centimetres of a vector file; empty while the values are bad. */
    String sizeNote(ChartFormat format, String width, String height, String dpi) {
        if (problem(format, width, height, dpi).isPresent()) {
            return "";
        }
        double w = parse(width);
        double h = parse(height);
        if (format == ChartFormat.PNG) {
            int d = (int) parse(dpi);
            return messages.get("chart.ui.dialog.pixels", ChartExporter.pixels(w, d), ChartExporter.pixels(h, d));
        }
        return messages.get("chart.ui.dialog.vector", w, h, w / 72 * 2.54, h / 72 * 2.54);
    }

    /** The choice the typed values make; call only when {@link #problem} is empty. */
    static double parse(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return Double.NaN;
        }
    }

}
