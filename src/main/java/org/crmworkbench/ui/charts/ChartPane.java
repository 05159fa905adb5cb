package org.crmworkbench.ui.charts;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.chart.ChartCopy;
import org.crmworkbench.present.chart.ChartDecimation;
import org.crmworkbench.present.chart.ChartExporter;
import org.crmworkbench.present.chart.ChartFonts;
import org.crmworkbench.present.chart.ChartFormat;
import org.crmworkbench.present.chart.ChartStyle;
import org.crmworkbench.present.chart.ChartTheme;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * One chart on screen with a toolbar above it: Export... (a {@link ChartExportDialog} for format, size, resolution,
 * title and look), Copy (the chart as an image at its on-screen size, to the clipboard) and whatever tools the tab
 * adds. What is exported is a copy of the chart on screen with the same axis ranges, so a zoom is kept. The viewer
 * is hidden, and the buttons disabled, while there is no chart.
 */
public final class ChartPane {
    /** Saves what the Export dialog chose; the workspace asks for a file and writes it in the background. */
    @FunctionalInterface
    public interface Exporter {
        void export(ChartExportRequest request);
    }

    /** Size proposed when the chart is not on screen yet. */
    static final double DEFAULT_WIDTH = 800;
    static final double DEFAULT_HEIGHT = 560;
    static final int DEFAULT_DPI = 300;

    private final ChartViewer viewer = new ChartViewer();
    private final BorderPane pane;
    private final Messages messages;
    private final Exporter exporter;
    private Supplier<JFreeChart> exportTwin;
    private final String baseName;
    private ChartStyle style;
    private ChartTheme lastTheme = ChartTheme.LIGHT;
    private ChartFormat lastFormat = ChartFormat.PNG;
    private int lastDpi = DEFAULT_DPI;

    /**
     * @param id       node id of the viewer (for tests and styling)
     * @param baseName file name the export proposes, without extension
     * @param tools    further controls for the toolbar, right of the Export and Copy buttons
     */
    public ChartPane(String id, String baseName, Messages messages, Exporter exporter, Node... tools) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.exporter = Objects.requireNonNull(exporter, "exporter");
        this.baseName = Objects.requireNonNull(baseName, "baseName");
        viewer.setId(id);
        viewer.setVisible(false);
        Button export = new Button(messages.get("chart.ui.export"));
        export.setId(id + "-export");
        export.setTooltip(new Tooltip(messages.get("chart.ui.export.tip")));
        export.setOnAction(e -> askAndExport());
        Button copy = new Button(messages.get("chart.ui.copy"));
        copy.setId(id + "-copy");
        copy.setTooltip(new Tooltip(messages.get("chart.ui.copy.tip")));
        copy.setOnAction(e -> copyToClipboard());
        export.disableProperty().bind(viewer.visibleProperty().not());
        copy.disableProperty().bind(viewer.visibleProperty().not());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, spacer, export, copy);
        bar.getChildren().addAll(tools);
        bar.setPadding(new Insets(6, 10, 0, 10));
        pane = new BorderPane(viewer);
        pane.setTop(bar);
    }

    /** Shows {@code chart}, or hides the viewer when it is null. */
    /**
     * Shows {@code chart} and exports (and copies) {@code forExport}'s chart instead: a chart that names people on
     * screen leaves the workbench with them masked (see {@code PersonalDataPolicy}).
     */
    public void show(JFreeChart chart, Supplier<JFreeChart> forExport) {
        show(chart);
        exportTwin = chart == null ? null : forExport;
    }

    /** What leaves the window: the masked twin when there is one, else the chart on screen. */
    private JFreeChart leaving(JFreeChart onScreen) {
        JFreeChart twin = exportTwin == null ? null : exportTwin.get();
        return twin == null ? onScreen : twin;
    }

    public void show(JFreeChart chart) {
        exportTwin = null;
        if (chart != null) {
            viewer.setChart(chart);
        }
        viewer.setVisible(chart != null);
    }

    public Node node() {
        return pane;
    }

    /** The chart on screen, or null. */
    public JFreeChart chart() {
        return viewer.isVisible() ? viewer.getChart() : null;
    }

    ChartViewer viewer() {
        return viewer;
    }

    /** What the dialog starts with: the chart's title, its size on screen, the last format, resolution and look. */
    public ChartExportChoice defaults() {
        JFreeChart chart = viewer.getChart();
        String title = chart == null || chart.getTitle() == null ? "" : chart.getTitle().getText();
        double w = viewer.getWidth() >= ChartExporter.MIN_POINTS ? Math.round(viewer.getWidth()) : DEFAULT_WIDTH;
        double h = viewer.getHeight() >= ChartExporter.MIN_POINTS ? Math.round(viewer.getHeight()) : DEFAULT_HEIGHT;
        return new ChartExportChoice(lastFormat, title, Math.min(w, ChartExporter.MAX_POINTS),
                Math.min(h, ChartExporter.MAX_POINTS), lastDpi, lastTheme);
    }

    /**
     * What exporting {@code choice} saves, exactly as the Export button does: a copy of the chart on screen (same
     * axis ranges) with the chosen title and look; for SVG and PDF the request thins it when it is written (in the
     * workspace's background job, not here on the FX thread). The chart on screen takes the new title too.
     */
    public ChartExportRequest request(ChartExportChoice choice) {
        JFreeChart onScreen = viewer.getChart();
        if (onScreen == null) {
            throw new IllegalStateException("no chart on screen");
        }
        retitleOnScreen(onScreen, choice.title());
        ChartCopy copier = new ChartCopy(style(), new ChartDecimation(messages));
        JFreeChart file = copier.styled(leaving(onScreen), choice.title(), choice.theme());
        return new ChartExportRequest(file, choice.format(), baseName, choice.width(), choice.height(),
                choice.dpi(), copier);
    }

    /** The chart as an image at its size on screen, one pixel a point as the viewer draws it. */
    public BufferedImage image() {
        JFreeChart chart = viewer.getChart();
        double w = Math.max(ChartExporter.MIN_POINTS, Math.min(ChartExporter.MAX_POINTS, viewer.getWidth()));
        double h = Math.max(ChartExporter.MIN_POINTS, Math.min(ChartExporter.MAX_POINTS, viewer.getHeight()));
        return new ChartExporter().image(leaving(chart), w, h, 72);
    }

    private void askAndExport() {
        if (viewer.getChart() == null) {
            return;
        }
        ChartExportDialog dialog = new ChartExportDialog(pane.getScene() == null ? null : pane.getScene().getWindow(),
                messages, defaults(), ChartDecimation.points(viewer.getChart()));
        dialog.ask().ifPresent(choice -> {
            lastFormat = choice.format();
            lastTheme = choice.theme();
            if (choice.format() == ChartFormat.PNG) {
                lastDpi = choice.dpi();
            }
            exporter.export(request(choice));
        });
    }

    private void copyToClipboard() {
        if (viewer.getChart() == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putImage(fxImage(image()));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** A JavaFX copy of {@code image}, pixel for pixel. */
    static WritableImage fxImage(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return fx;
    }

    private void retitleOnScreen(JFreeChart chart, String title) {
        String old = chart.getTitle() == null ? "" : chart.getTitle().getText();
        if (old.equals(title.strip())) {
            return;
        }
        ChartCopy.retitle(chart, title);
        if (chart.getTitle() != null && chart.getTitle().getFont().canDisplayUpTo(chart.getTitle().getText()) >= 0) {
            style().apply(chart, ChartTheme.LIGHT);
        }
    }

    private ChartStyle style() {
        if (style == null) {
            style = new ChartStyle(new ChartFonts());
        }
        return style;
    }
}
