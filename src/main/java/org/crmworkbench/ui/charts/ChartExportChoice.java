package org.crmworkbench.ui.charts;

import java.util.Objects;
import org.crmworkbench.present.chart.ChartFormat;
import org.crmworkbench.present.chart.ChartTheme;

/**
 * What the user chose in the Export dialog: format, title, size in points, resolution of a PNG and look.
 *
 * @param title the chart's title as edited (blank for none)
 */
public record ChartExportChoice(ChartFormat format, String title, double width, double height, int dpi,
                                ChartTheme theme) {
    public ChartExportChoice {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(theme, "theme");
    }
}
