package org.crmworkbench.present.chart;

import java.util.Locale;
import java.util.Optional;

/** The file formats a chart can be saved in: a bitmap for slides and the web, two vector formats for print. */
public enum ChartFormat {
    /** Bitmap, rendered at a chosen resolution, which is recorded in the file. */
    PNG("png"),
    /** Scalable vector graphics; text stays text. */
    SVG("svg"),
    /** One vector page the size of the chart. */
    PDF("pdf");

    private final String extension;

    ChartFormat(String extension) {
        this.extension = extension;
    }

    /** File name extension without the dot, lower case. */
    public String extension() {
        return extension;
    }

    /** The format a file name's extension names, if any (case does not matter). */
    public static Optional<ChartFormat> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ChartFormat f : values()) {
            if (f.extension.equals(ext)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
