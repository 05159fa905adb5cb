package org.crmworkbench.ui.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import org.crmworkbench.ui.common.SaveDialog;
import java.util.Objects;
import org.crmworkbench.present.chart.ChartCopy;
import org.crmworkbench.present.chart.ChartExporter;
import org.crmworkbench.present.chart.ChartFormat;
import org.jfree.chart.JFreeChart;

/**
 * What the Export dialog asks a workspace to save: the chart prepared for the file (a copy of the one on screen
 * with the edited title and chosen look, not yet thinned), its format, the file name to propose and the size in
 * points with the PNG's resolution; the workspace asks where and calls {@link #write} in the background, which
 * thins the copy for a vector format ({@link ChartCopy#forFile}) there rather than on the JavaFX thread.
 *
 * @param copier thins {@link #chart} for the file
 */
public record ChartExportRequest(JFreeChart chart, ChartFormat format, String baseName, double width, double height,
                                 int dpi, ChartCopy copier) {
    public ChartExportRequest {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(baseName, "baseName");
        Objects.requireNonNull(copier, "copier");
    }

    /** The format's name as a file chooser shows it ({@code PNG}, {@code SVG}, {@code PDF}). */
    public String formatName() {
        return format.name();
    }

    /** The format's file extension ({@code png}, ...). */
    public String extension() {
        return format.extension();
    }

    /** The file name to propose, with the format's extension. */
    public String fileName() {
        return baseName + "." + format.extension();
    }

    /** Asks, over {@code owner}, where the file goes, proposing {@link #fileName()}; empty when the person cancels. */
    public Optional<Path> askWhere(Node owner) {
        return SaveDialog.ask(owner, fileName(), formatName(), extension());
    }

    /** The chart as the file draws it: thinned for SVG and PDF. Slow for a large chart: not on the FX thread. */
    public JFreeChart fileChart() {
        return copier.forFile(chart, format);
    }

    /** Writes the file (thinning the chart first for SVG and PDF). Meant for a background job. */
    public void write(Path file) throws IOException {
        new ChartExporter().export(fileChart(), format, file, width, height, dpi);
    }
}
