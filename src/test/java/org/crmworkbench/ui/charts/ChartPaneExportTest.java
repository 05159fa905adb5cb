package org.crmworkbench.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.PlantedSegments;
import org.crmworkbench.present.chart.ChartDecimation;
import org.crmworkbench.present.chart.ChartExporter;
import org.crmworkbench.present.chart.ChartFonts;
import org.crmworkbench.present.chart.ChartFormat;
import org.crmworkbench.present.chart.ChartStyle;
import org.crmworkbench.present.chart.ChartTheme;
import org.crmworkbench.present.segment.SegmentCharts;
import org.crmworkbench.present.segment.SegmentPalette;
import org.crmworkbench.ui.testing.FxUiTest;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.xy.DefaultXYDataset;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * What is exported matches what is on screen: a zoomed segment scatter in a {@link ChartPane}, exported the way
 * the Export dialog does, has the same axis ranges, title, axis labels and tick labels, and as a 72 dpi PNG at the
 * viewer's size the same pixels as the viewer's canvas up to anti-aliasing.
 */
class ChartPaneExportTest extends FxUiTest {
    private static final double WIDTH = 720;
    private static final double HEIGHT = 480;

    private final Messages english = Messages.english();
    private final List<ChartExportRequest> exported = new ArrayList<>();

    private ChartPane showScatter() {
        PlantedSegments data = new PlantedSegments(800, 4, 0.05, 11);
        JFreeChart chart = new SegmentCharts(new ChartStyle(new ChartFonts()), new SegmentPalette())
                .scatter(data.projection, data.clustering, List.of("Loyal", "New"), data.outliers, english);
        ChartPane pane = onFx(() -> {
            ChartPane p = new ChartPane("test-chart", "scatter", english, exported::add);
            Stage stage = new Stage();
            stage.setScene(new Scene((javafx.scene.Parent) p.node(), WIDTH, HEIGHT));
            stage.show();
            p.show(chart);
            return p;
        });
        waitUntil("the chart is laid out", () -> pane.viewer().getCanvas().getWidth() > 100
                && pane.viewer().getRenderingInfo() != null
                && pane.viewer().getRenderingInfo().getPlotInfo().getDataArea().getWidth() > 0);
        // a user's zoom into the middle of the cloud
        onFx(() -> {
            XYPlot plot = chart.getXYPlot();
            Range x = plot.getDomainAxis().getRange();
            Range y = plot.getRangeAxis().getRange();
            plot.getDomainAxis().setRange(x.getLowerBound() + x.getLength() * 0.2, x.getUpperBound()
                    - x.getLength() * 0.3);
            plot.getRangeAxis().setRange(y.getLowerBound() + y.getLength() * 0.1, y.getUpperBound()
                    - y.getLength() * 0.25);
        });
        onFx(() -> pane.viewer().getCanvas().draw());
        return pane;
    }

    private static ChartExportChoice choice(ChartPane pane, ChartFormat format) {
        double w = onFx(() -> pane.viewer().getCanvas().getWidth());
        double h = onFx(() -> pane.viewer().getCanvas().getHeight());
        ChartExportChoice d = onFx(pane::defaults);
        return new ChartExportChoice(format, d.title(), w, h, 72, ChartTheme.LIGHT);
    }

    /** Tick labels an axis shows in {@code area} (as laid out on screen), e.g. "-1.5". */
    private static Set<String> tickLabels(ValueAxis axis, Rectangle2D area, RectangleEdge edge) {
        BufferedImage scratch = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = scratch.createGraphics();
        try {
            Set<String> out = new HashSet<>();
            for (Object t : axis.refreshTicks(g2, new AxisState(), area, edge)) {
                String text = ((Tick) t).getText();
                if (text != null && !text.isEmpty()) {
                    out.add(text);
                }
            }
            return out;
        } finally {
            g2.dispose();
        }
    }

    @Test
    void theExportedChartHasTheAxesAndLabelsOnScreen() throws Exception {
        ChartPane pane = showScatter();
        JFreeChart onScreen = onFx(pane::chart);
        XYPlot screenPlot = onScreen.getXYPlot();
        Rectangle2D area = onFx(() -> (Rectangle2D) pane.viewer().getRenderingInfo().getPlotInfo().getDataArea()
                .clone());
        Set<String> xTicks = onFx(() -> tickLabels(screenPlot.getDomainAxis(), area, RectangleEdge.BOTTOM));
        Set<String> yTicks = onFx(() -> tickLabels(screenPlot.getRangeAxis(), area, RectangleEdge.LEFT));
        assertTrue(xTicks.size() >= 3 && yTicks.size() >= 3, xTicks + " " + yTicks);

        ChartExportRequest svg = onFx(() -> pane.request(choice(pane, ChartFormat.SVG)));
        XYPlot filePlot = svg.chart().getXYPlot();
        assertEquals(screenPlot.getDomainAxis().getRange(), filePlot.getDomainAxis().getRange());
        assertEquals(screenPlot.getRangeAxis().getRange(), filePlot.getRangeAxis().getRange());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ChartExporter().write(svg.fileChart(), svg.format(), out, svg.width(), svg.height(), svg.dpi());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        NodeList nodes = doc.getElementsByTagName("text");
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        assertTrue(texts.contains(onScreen.getTitle().getText()), texts.toString());
        assertTrue(texts.contains(screenPlot.getDomainAxis().getLabel()), texts.toString());
        // the vertical axis label is not text: JFreeChart draws rotated strings through a TextLayout, which
        // JFreeSVG writes as outlines; the PNG comparison covers it
        assertTrue(texts.containsAll(xTicks), "x ticks " + xTicks + " in " + texts);
        assertTrue(texts.containsAll(yTicks), "y ticks " + yTicks + " in " + texts);
        assertTrue(texts.contains("Loyal"), "legend");
    }

    @Test
    void aPngAt72DpiLooksLikeTheViewer() throws Exception {
        ChartPane pane = showScatter();
        WritableImage snapshot = onFx(() -> pane.viewer().getCanvas().snapshot(null, null));
        ChartExportRequest png = onFx(() -> pane.request(choice(pane, ChartFormat.PNG)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ChartExporter().write(png.chart(), png.format(), out, png.width(), png.height(), png.dpi());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        int w = (int) snapshot.getWidth();
        int h = (int) snapshot.getHeight();
        assertEquals(w, image.getWidth());
        assertEquals(h, image.getHeight());
        PixelReader reader = snapshot.getPixelReader();
        double total = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                total += difference(reader.getArgb(x, y), image.getRGB(x, y));
            }
        }
        double mean = total / ((double) w * h);
        double blockMean = blockMean(reader, image);
        // control: the same chart panned by a tenth of its width must not pass
        JFreeChart panned = org.crmworkbench.present.chart.ChartCopy.of(png.chart());
        Range x = panned.getXYPlot().getDomainAxis().getRange();
        panned.getXYPlot().getDomainAxis().setRange(Range.shift(x, x.getLength() / 10));
        double control = blockMean(reader, new ChartExporter().image(panned, png.width(), png.height(), 72));
        System.out.printf("PNG vs viewer: mean difference %.2f of 255 per pixel, %.2f per 8x8 block; panned by a"
                + " tenth: %.2f%n", mean, blockMean, control);
        assertTrue(mean < 12, "mean difference per pixel " + mean);
        assertTrue(blockMean < 4.5, "mean difference per block " + blockMean);
        assertTrue(control > 2 * blockMean, "the comparison notices a pan: " + control);
    }

    /**
     * Mean difference of 8 x 8 blocks: forgives text a pixel wider or narrower (FX and Java2D measure fonts
     * slightly differently, which shifts the data area by a pixel or two) but not a different range or colour.
     */
    private static double blockMean(PixelReader reader, BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int block = 8;
        double blockTotal = 0;
        int blocks = 0;
        for (int by = 0; by + block <= h; by += block) {
            for (int bx = 0; bx + block <= w; bx += block) {
                double[] a = new double[3];
                double[] b = new double[3];
                for (int y = by; y < by + block; y++) {
                    for (int x = bx; x < bx + block; x++) {
                        add(a, reader.getArgb(x, y));
                        add(b, image.getRGB(x, y));
                    }
                }
                blockTotal += (Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]))
                        / (3.0 * block * block);
                blocks++;
            }
        }
        return blockTotal / blocks;
    }

    private static double difference(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d += Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF));
        }
        return d / 3.0;
    }

    private static void add(double[] sum, int rgb) {
        sum[0] += (rgb >> 16) & 0xFF;
        sum[1] += (rgb >> 8) & 0xFF;
        sum[2] += rgb & 0xFF;
    }

    /** A chart that names people on screen leaves the window as its masked twin (file and clipboard image). */
    @Test
    void aChartWithAMaskedTwinExportsTheTwin() {
        org.jfree.data.category.DefaultCategoryDataset named = new org.jfree.data.category.DefaultCategoryDataset();
        named.addValue(3, "revenue", "R017 Wang Fang");
        org.jfree.data.category.DefaultCategoryDataset masked = new org.jfree.data.category.DefaultCategoryDataset();
        masked.addValue(3, "revenue", "R017 W. F.");
        ChartPane pane = onFx(() -> {
            ChartPane p = new ChartPane("twin-chart", "league", english, exported::add);
            Stage stage = new Stage();
            stage.setScene(new Scene((javafx.scene.Parent) p.node(), WIDTH, HEIGHT));
            stage.show();
            p.show(ChartFactory.createBarChart("League", "rep", "revenue", named),
                    () -> ChartFactory.createBarChart("League", "rep", "revenue", masked));
            return p;
        });
        ChartExportRequest request = onFx(() -> pane.request(choice(pane, ChartFormat.SVG)));
        assertEquals(List.of("R017 W. F."), request.chart().getCategoryPlot().getDataset().getColumnKeys());
        assertEquals(List.of("R017 Wang Fang"), onFx(() -> pane.chart().getCategoryPlot().getDataset().getColumnKeys()),
                "the screen keeps the names");
        onFx(() -> pane.show(ChartFactory.createBarChart("Plain", "x", "y", named)));
        ChartExportRequest plain = onFx(() -> pane.request(choice(pane, ChartFormat.SVG)));
        assertEquals(List.of("R017 Wang Fang"), plain.chart().getCategoryPlot().getDataset().getColumnKeys(),
                "a chart shown without a twin exports itself");
    }

    @Test
    void editingTheTitleRetitlesTheChartOnScreenAndTheFile() {
        ChartPane pane = showScatter();
        ChartExportChoice d = choice(pane, ChartFormat.PDF);
        ChartExportRequest pdf = onFx(() -> pane.request(new ChartExportChoice(ChartFormat.PDF, "Segments, Q3 2025",
                d.width(), d.height(), d.dpi(), ChartTheme.DARK)));
        assertEquals("Segments, Q3 2025", pdf.chart().getTitle().getText());
        assertEquals("Segments, Q3 2025", onFx(() -> pane.chart().getTitle().getText()));
        assertEquals(ChartTheme.DARK.background(), pdf.chart().getBackgroundPaint());
        assertEquals(java.awt.Color.WHITE, onFx(() -> pane.chart().getBackgroundPaint()), "screen stays light");
        assertEquals("scatter.pdf", pdf.fileName());
    }

    @Test
    void aLargeVectorExportIsThinnedWhenWrittenNotWhenRequested() throws Exception {
        java.util.SplittableRandom random = new java.util.SplittableRandom(6);
        int n = 4 * ChartDecimation.VECTOR_LIMIT;
        double[][] xy = new double[2][n];
        for (int i = 0; i < n; i++) {
            xy[0][i] = i;
            xy[1][i] = 100 + 10 * Math.sin(i / 500.0) + random.nextGaussian();
        }
        DefaultXYDataset data = new DefaultXYDataset();
        data.addSeries("daily revenue", xy);
        JFreeChart chart = ChartFactory.createXYLineChart("Revenue", "day", "revenue", data);
        ChartPane pane = onFx(() -> {
            ChartPane p = new ChartPane("big-chart", "revenue", english, exported::add);
            p.show(chart);
            return p;
        });
        ChartExportRequest svg = onFx(() -> pane.request(new ChartExportChoice(ChartFormat.SVG, "Revenue", WIDTH,
                HEIGHT, 72, ChartTheme.LIGHT)));
        assertEquals(n, ChartDecimation.points(svg.chart()), "the FX thread only copies and styles");
        JFreeChart file = svg.fileChart();
        assertTrue(ChartDecimation.points(file) <= ChartDecimation.VECTOR_LIMIT * 11 / 10,
                "thinned when written: " + ChartDecimation.points(file));
        assertEquals(svg.chart().getXYPlot().getDomainAxis().getRange(), file.getXYPlot().getDomainAxis().getRange());
        java.nio.file.Path out = java.nio.file.Files.createTempFile("revenue", ".svg");
        try {
            svg.write(out);
            assertTrue(java.nio.file.Files.size(out) > 0);
        } finally {
            java.nio.file.Files.deleteIfExists(out);
        }
        ChartExportRequest png = onFx(() -> pane.request(new ChartExportChoice(ChartFormat.PNG, "Revenue", WIDTH,
                HEIGHT, 72, ChartTheme.LIGHT)));
        assertEquals(n, ChartDecimation.points(png.fileChart()), "a PNG is not thinned");
    }
}
