package org.crmworkbench.ui.charts;

import java.util.Objects;
import org.crmworkbench.present.chart.ChartFormat;
import org.jfree.chart.JFreeChart;

/**
 * What the Export dialog asks a workspace to save: the chart prepared for the file (a copy of the one on screen
 * with the edited title and chosen look, thinned for a vector format), its format, the file name to propose and the
 * size in points with the PNG's resolution; the workspace asks where and writes it in the background.
 */
public record ChartExportRequest(JFreeChart chart, ChartFormat format, String baseName, double width, double height,
                                 int dpi) {
    public ChartExportRequest {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(baseName, "baseName");
    }

    /** The file name to propose, with the format's extension. */
    public String fileName() {
        return baseName + "." + format.extension();
    }
}
