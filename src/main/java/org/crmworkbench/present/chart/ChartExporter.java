package org.crmworkbench.present.chart;

import org.crmworkbench.present.AtomicFile;

import com.orsonpdf.PDFDocument;
import com.orsonpdf.PDFGraphics2D;
import com.orsonpdf.PDFHints;
import com.orsonpdf.Page;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;

/**
 * Saves a chart as PNG, SVG or PDF. Sizes are in points (1/72 inch), the unit of print; a PNG is rendered at
 * {@code dpi / 72} pixels per point and records its resolution, so a 300 dpi image prints at the intended size.
 *
 * <p>Files are written to a temporary file in the target's directory and moved into place, so a failed export
 * leaves the previous file (or none), never half a file.
 *
 * <p>Fonts: the chart's text is drawn with the family its {@link ChartStyle} chose. A PNG draws glyphs itself. An
 * SVG keeps text as text and names the family with a generic fallback. A PDF draws all text as vector outlines of
 * the chosen font ({@link PDFHints#VALUE_DRAW_STRING_TYPE_VECTOR}): OrsonPDF 1.9.1 writes text only in PDF's
 * standard 14 fonts (WinAnsi, Latin-1, so no Chinese), through a font mapper it offers no way to replace, which
 * turns any family it does not know (Noto Sans, Nimbus Sans, ...) into Courier; measured with the real font but
 * drawn in Courier, labels overlap. Outlines look exactly like the PNG in any script; the price is that the PDF's
 * text cannot be selected or searched.
 */
public final class ChartExporter {
    /** Smallest side, half an inch ({@link ChartSize#WIDTH}). */
    public static final double MIN_POINTS = ChartSize.WIDTH.min();
    /** Largest side, PDF's page limit of 200 inches. */
    public static final double MAX_POINTS = ChartSize.WIDTH.max();
    public static final int MIN_DPI = ChartSize.DPI.min();
    public static final int MAX_DPI = ChartSize.DPI.max();
    /** Most pixels a PNG may have (about 200 MB while it is drawn). */
    public static final long MAX_PIXELS = ChartSize.MAX_PIXELS;

    /**
     * Writes {@code chart} to {@code file}, replacing it only once the whole chart is written.
     *
     * @param width  width in points
     * @param height height in points
     * @param dpi    resolution of a PNG in dots per inch (checked and used only for {@link ChartFormat#PNG})
     */
    public void export(JFreeChart chart, ChartFormat format, Path file, double width, double height, int dpi)
            throws IOException {
        check(format, width, height, dpi);
        AtomicFile.write(file, out -> write(chart, format, out, width, height, dpi));
    }

    /** Writes {@code chart} to {@code out} (left open). */
    public void write(JFreeChart chart, ChartFormat format, OutputStream out, double width, double height, int dpi)
            throws IOException {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(out, "out");
        check(format, width, height, dpi);
        switch (format) {
            case PNG -> writePng(chart, out, width, height, dpi);
            case SVG -> writeSvg(chart, out, width, height);
            case PDF -> writePdf(chart, out, width, height);
            default -> throw new IllegalStateException(format.toString());
        }
        out.flush();
    }

    /** The pixel size a PNG of {@code points} points has at {@code dpi}. */
    public static int pixels(double points, int dpi) {
        return (int) Math.round(points * dpi / 72.0);
    }

    private static void check(ChartFormat format, double width, double height, int dpi) {
        new ChartSize(format, width, height, dpi);
    }

    /**
     * {@code chart} drawn as an image of {@code width} by {@code height} points at {@code dpi} (72 gives one pixel a
     * point, the size the chart has on screen), on an opaque background of the chart's own colour.
     */
    public BufferedImage image(JFreeChart chart, double width, double height, int dpi) {
        Objects.requireNonNull(chart, "chart");
        check(ChartFormat.PNG, width, height, dpi);
        BufferedImage image = new BufferedImage(pixels(width, dpi), pixels(height, dpi), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.setPaint(chart.getBackgroundPaint() instanceof Color c ? c : Color.WHITE);
            g2.fillRect(0, 0, image.getWidth(), image.getHeight());
            double scale = dpi / 72.0;
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        return image;
    }

    private void writePng(JFreeChart chart, OutputStream out, double width, double height, int dpi)
            throws IOException {
        BufferedImage image = image(chart, width, height, dpi);
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG writer available");
        }
        ImageWriter writer = writers.next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(
                    ImageTypeSpecifier.createFromRenderedImage(image), param);
            String format = "javax_imageio_png_1.0";
            IIOMetadataNode root = new IIOMetadataNode(format);
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String perMetre = Long.toString(Math.round(dpi / 0.0254));
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            root.appendChild(phys);
            metadata.mergeTree(format, root);
            try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(image, null, metadata), param);
            }
        } finally {
            writer.dispose();
        }
    }

    private static void writeSvg(JFreeChart chart, OutputStream out, double width, double height)
            throws IOException {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height, SVGUnits.PT);
        g2.setFontFunction(ChartExporter::svgFamily);
        if (needsCjkFont(ChartText.of(chart))) {
            g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        }
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        // a view box in the drawing's own units: the size is given in points, and without one a viewer draws the
        // chart at 1 unit = 1 pixel in the top-left three quarters of a 4/3 larger canvas
        String svg = "<?xml version=\"1.0\"?>\n" + g2.getSVGElement(null, true, new ViewBox(0, 0, width, height),
                null, null) + "\n";
        out.write(svg.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether {@code text} has Chinese, Japanese or Korean characters (or their full-width punctuation), which
     * a viewer without a CJK font would show as boxes. Other characters outside Latin-1 (dashes, arrows, the
     * multiplication sign) are in every common font, so they do not turn the text into outlines.
     */
    static boolean needsCjkFont(String text) {
        return text.codePoints().anyMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                    || script == Character.UnicodeScript.BOPOMOFO) {
                return true;
            }
            Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
            return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
        });
    }

    /**
     * A CSS font-family list: the chosen family, common CJK families when it is one, then a generic family. Names
     * are in double quotes because JFreeSVG writes the style attribute in single quotes.
     */
    static String svgFamily(String family) {
        if (family.equals(java.awt.Font.SANS_SERIF) || family.equals(java.awt.Font.DIALOG)) {
            return "sans-serif";
        }
        if (family.equals(java.awt.Font.SERIF)) {
            return "serif";
        }
        if (family.equals(java.awt.Font.MONOSPACED)) {
            return "monospace";
        }
        boolean cjk = !ChartFonts.isLatin1(family) || family.contains("CJK") || family.contains("Han")
                || family.contains("YaHei") || family.contains("PingFang") || family.contains("Hei");
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        names.add(family);
        names.addAll(cjk ? java.util.List.of("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC")
                : java.util.List.of("Helvetica Neue", "Arial"));
        StringBuilder css = new StringBuilder();
        for (String name : names) {
            css.append('"').append(name.replaceAll("[\"'<>&]", "")).append("\", ");
        }
        return css.append("sans-serif").toString();
    }

    private static void writePdf(JFreeChart chart, OutputStream out, double width, double height)
            throws IOException {
        PDFDocument document = new PDFDocument();
        String title = chart.getTitle() == null ? null : chart.getTitle().getText();
        if (title != null && ChartFonts.isLatin1(title)) {
            document.setTitle(title);
        }
        Page page = document.createPage(new Rectangle2D.Double(0, 0, width, height));
        PDFGraphics2D g2 = page.getGraphics2D();
        g2.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        out.write(document.getPDFBytes());
    }
}
