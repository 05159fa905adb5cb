package org.crmworkbench.ui.segments;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.chart.ChartFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * One chart on screen with a toolbar above it: an Export menu (PNG, SVG, PDF) and whatever tools the tab adds.
 * The viewer is hidden, and the menu disabled, while there is no chart.
 */
public final class ChartPane {
    /** What the Export menu does with the chart on screen. */
    @FunctionalInterface
    public interface Exporter {
        void export(JFreeChart chart, ChartFormat format, String baseName);
    }

    private final ChartViewer viewer = new ChartViewer();
    private final BorderPane pane;

    /**
     * @param id       node id of the viewer (for tests and styling)
     * @param baseName file name the export proposes, without extension
     * @param tools    further controls for the toolbar, right of the Export menu
     */
    public ChartPane(String id, String baseName, Messages messages, Exporter exporter, Node... tools) {
        viewer.setId(id);
        viewer.setVisible(false);
        MenuButton menu = new MenuButton(messages.get("segment.action.exportChart"));
        for (ChartFormat format : ChartFormat.values()) {
            MenuItem item = new MenuItem(format.name());
            item.setOnAction(e -> exporter.export(viewer.getChart(), format, baseName));
            menu.getItems().add(item);
        }
        menu.disableProperty().bind(viewer.visibleProperty().not());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, spacer, menu);
        bar.getChildren().addAll(tools);
        bar.setPadding(new Insets(6, 10, 0, 10));
        pane = new BorderPane(viewer);
        pane.setTop(bar);
    }

    /** Shows {@code chart}, or hides the viewer when it is null. */
    public void show(JFreeChart chart) {
        if (chart != null) {
            viewer.setChart(chart);
        }
        viewer.setVisible(chart != null);
    }

    public Node node() {
        return pane;
    }
}
