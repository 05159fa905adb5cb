package org.crmworkbench.present.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.PlantedSegments;
import org.crmworkbench.present.segment.SegmentCharts;
import org.crmworkbench.present.segment.SegmentPalette;
import org.crmworkbench.work.BadParameterException;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Every chart exports to PNG at the asked size and resolution, to well-formed SVG and to a PDF; writes are atomic. */
class ChartExporterTest {
    private static final PlantedSegments DATA = new PlantedSegments(600, 4, 0.03, 5);

    private final ChartExporter exporter = new ChartExporter();
    private final SegmentCharts charts = new SegmentCharts(new ChartStyle(new ChartFonts()), new SegmentPalette());

    @TempDir
    Path dir;

    private List<JFreeChart> allCharts(Messages m) {
        return List.of(
                charts.scatter(DATA.projection, DATA.clustering, List.of("A", "B", "C", "D"), DATA.outliers, m),
                charts.profiles(DATA.profiles(), List.of(), m),
                charts.radar(DATA.profiles(), List.of(), m),
                charts.kChoice(PlantedSegments.kChoice(), m),
                charts.kDistance(DATA.kDistance(4, 300), m));
    }

    @Test
    void pngHasThePixelsOfItsPointsAtItsResolutionAndRecordsTheResolution() throws IOException {
        for (JFreeChart chart : allCharts(Messages.english())) {
            Path file = dir.resolve("chart.png");
            exporter.export(chart, ChartFormat.PNG, file, 400, 250, 300);
            BufferedImage image = ImageIO.read(file.toFile());
            assertEquals(Math.round(400 * 300 / 72.0), image.getWidth());
            assertEquals(Math.round(250 * 300 / 72.0), image.getHeight());
            assertEquals(300, pngDpi(file), 0.01);
        }
        Path small = dir.resolve("screen.png");
        exporter.export(allCharts(Messages.english()).get(0), ChartFormat.PNG, small, 360, 200, 72);
        BufferedImage image = ImageIO.read(small.toFile());
        assertEquals(360, image.getWidth());
        assertEquals(200, image.getHeight());
        assertEquals(72, pngDpi(small), 0.01);
    }

    private static double pngDpi(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            ImageReader reader = readers.next();
            reader.setInput(in);
            IIOMetadata meta = reader.getImageMetadata(0);
            Node root = meta.getAsTree("javax_imageio_png_1.0");
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeName().equals("pHYs")) {
                    Element e = (Element) n;
                    assertEquals("meter", e.getAttribute("unitSpecifier"));
                    assertEquals(e.getAttribute("pixelsPerUnitXAxis"), e.getAttribute("pixelsPerUnitYAxis"));
                    return Long.parseLong(e.getAttribute("pixelsPerUnitXAxis")) * 0.0254;
                }
            }
            throw new AssertionError("no pHYs chunk");
        }
    }

    @Test
    void svgIsWellFormedWithTheSizeInPoints() throws Exception {
        for (Messages m : List.of(Messages.english(), new Messages(Locale.SIMPLIFIED_CHINESE))) {
            for (JFreeChart chart : allCharts(m)) {
                Path file = dir.resolve("chart.svg");
                exporter.export(chart, ChartFormat.SVG, file, 500, 320, 0);
                var factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
                Element root = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
                assertEquals("svg", root.getTagName());
                assertEquals(500, Double.parseDouble(root.getAttribute("width").replace("pt", "")));
                assertEquals(320, Double.parseDouble(root.getAttribute("height").replace("pt", "")));
                assertTrue(root.getAttribute("width").endsWith("pt"));
                // the drawing's units fill the page: a viewer scales 500 x 320 units to 500 x 320 points
                double[] box = java.util.Arrays.stream(root.getAttribute("viewBox").trim().split("[ ,]+"))
                        .mapToDouble(Double::parseDouble).toArray();
                assertArrayEquals(new double[] {0, 0, 500, 320}, box, 1e-9);
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String title = chart.getTitle().getText();
                String start = title.substring(0, Math.min(4, title.length()));
                if (ChartExporter.needsCjkFont(ChartText.of(chart))) {
                    assertFalse(text.contains(start), "Chinese text is drawn as outlines: " + start);
                    assertFalse(text.contains("<text"), "no text elements");
                } else {
                    assertTrue(text.contains(start), "text stays text: " + start);
                }
            }
        }
    }

    @Test
    void pdfIsOnePageDocument() throws IOException {
        for (Messages m : List.of(Messages.english(), new Messages(Locale.SIMPLIFIED_CHINESE))) {
            for (JFreeChart chart : allCharts(m)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                exporter.write(chart, ChartFormat.PDF, out, 500, 320, 0);
                String pdf = out.toString(StandardCharsets.ISO_8859_1);
                assertTrue(pdf.startsWith("%PDF-"), pdf.substring(0, 10));
                assertTrue(pdf.stripTrailing().endsWith("%%EOF"));
                assertTrue(pdf.contains("/MediaBox [0 0 500 320]") || pdf.contains("/MediaBox [0.0 0.0 500.0 320.0]")
                        || pdf.matches("(?s).*/MediaBox \\[0(\\.0)? 0(\\.0)? 500(\\.0)? 320(\\.0)?\\].*"),
                        "page sized to the chart");
                assertEquals(1, pdf.split("/Type /Page\\b", -1).length - 1, "one page");
                assertTrue(pdf.contains("startxref") && pdf.contains("trailer"));
            }
        }
    }

    @Test
    void sizesOutsideTheLimitsAreRefusedByName() {
        JFreeChart chart = allCharts(Messages.english()).get(4);
        OutputStreamSink sink = new OutputStreamSink();
        BadParameterException w = assertThrows(BadParameterException.class,
                () -> exporter.write(chart, ChartFormat.SVG, sink, 0, 300, 72));
        assertEquals("width", w.parameter());
        assertEquals("chart.export.badWidth", w.messageKey());
        BadParameterException h = assertThrows(BadParameterException.class,
                () -> exporter.write(chart, ChartFormat.PDF, sink, 300, Double.NaN, 72));
        assertEquals("height", h.parameter());
        BadParameterException d = assertThrows(BadParameterException.class,
                () -> exporter.write(chart, ChartFormat.PNG, sink, 300, 300, 5));
        assertEquals("dpi", d.parameter());
        BadParameterException big = assertThrows(BadParameterException.class,
                () -> exporter.write(chart, ChartFormat.PNG, sink, 14_000, 14_000, 1200));
        assertEquals("chart.export.tooManyPixels", big.messageKey());
        assertTrue(Messages.english().has(big.messageKey()));
        assertEquals(0, sink.size());
    }

    private static final class OutputStreamSink extends ByteArrayOutputStream {
    }

    /** A plot that fails half-way, as an out-of-memory or a bad renderer would. */
    private static final class FailingPlot extends XYPlot {
        private static final long serialVersionUID = 1L;

        @Override
        public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState,
                         PlotRenderingInfo info) {
            throw new IllegalStateException("drawing failed");
        }
    }

    @Test
    void aFailedExportLeavesNoFileAndKeepsTheOldOne() throws IOException {
        JFreeChart failing = new JFreeChart(new FailingPlot());
        for (ChartFormat format : ChartFormat.values()) {
            Path target = dir.resolve("new." + format.extension());
            assertThrows(IllegalStateException.class, () -> exporter.export(failing, format, target, 300, 200, 96));
            assertTrue(Files.notExists(target));
        }
        Path existing = dir.resolve("old.png");
        exporter.export(allCharts(Messages.english()).get(4), ChartFormat.PNG, existing, 300, 200, 72);
        byte[] before = Files.readAllBytes(existing);
        assertThrows(IllegalStateException.class,
                () -> exporter.export(failing, ChartFormat.PNG, existing, 300, 200, 72));
        assertArrayEquals(before, Files.readAllBytes(existing));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(existing.getFileName().toString()),
                    files.map(p -> p.getFileName().toString()).toList(), "no temporary file left");
        }
        assertTrue(ImageIO.read(new ByteArrayInputStream(before)) != null);
    }

    @Test
    void formatsKnowTheirExtensions() {
        assertEquals("png", ChartFormat.PNG.extension());
        assertEquals(ChartFormat.SVG, ChartFormat.ofFileName("Segments.SVG").orElseThrow());
        assertEquals(ChartFormat.PDF, ChartFormat.ofFileName("a.b.pdf").orElseThrow());
        assertTrue(ChartFormat.ofFileName("chart").isEmpty());
    }
}
