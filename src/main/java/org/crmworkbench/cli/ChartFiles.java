package org.crmworkbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.chart.ChartDecimation;
import org.crmworkbench.present.chart.ChartExporter;
import org.crmworkbench.present.chart.ChartFormat;
import org.jfree.chart.JFreeChart;

/**
 * Writes the charts of a command as PNG and SVG at the size the other commands use; an SVG of more than
 * {@link ChartDecimation#VECTOR_LIMIT} points is thinned as {@code workbench chart} thins it, and says so.
 */
final class ChartFiles {
    static final double WIDTH = 720;
    static final double HEIGHT = 480;
    static final int PNG_DPI = 144;
    private static final List<ChartFormat> FORMATS = List.of(ChartFormat.PNG, ChartFormat.SVG);

    private ChartFiles() {
    }

    /** Writes each chart as {@code <name>.png} and {@code <name>.svg}; returns the file names written. */
    static List<String> write(Path dir, Map<String, JFreeChart> charts, Messages messages) throws IOException {
        ChartExporter exporter = new ChartExporter();
        ChartDecimation decimation = new ChartDecimation(messages);
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, JFreeChart> chart : charts.entrySet()) {
            for (ChartFormat format : FORMATS) {
                String file = chart.getKey() + "." + format.extension();
                JFreeChart drawn = format == ChartFormat.PNG ? chart.getValue()
                        : decimation.forVector(chart.getValue(), ChartDecimation.VECTOR_LIMIT);
                exporter.export(drawn, format, dir.resolve(file), WIDTH, HEIGHT, PNG_DPI);
                written.add(file);
            }
        }
        return written;
    }
}
