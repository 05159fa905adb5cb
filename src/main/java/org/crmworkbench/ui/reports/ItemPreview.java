package org.crmworkbench.ui.reports;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.report.JsonList;
import org.crmworkbench.present.report.ReportItem;
import org.crmworkbench.present.report.ReportTable;
import org.jfree.chart.fx.ChartViewer;

/** What the preview pane shows for an item: its chart, its table, a spinner while it is built, or a hint. */
final class ItemPreview {
    static final String CHART_ID = "reports-preview-chart";
    static final String TABLE_ID = "reports-preview-table";

    private final Messages messages;
    private final NumberFormat numbers;
    /** One viewer for every chart shown, so charts shown before keep no listener to a view that is gone. */
    private ChartViewer viewer;

    ItemPreview(Messages messages) {
        this.messages = messages;
        this.numbers = NumberFormat.getNumberInstance(messages.locale());
        numbers.setMaximumFractionDigits(4);
    }

    Node of(ItemRow row) {
        if (row == null) {
            return hint(messages.get("reports.ws.preview.none"), false);
        }
        ReportItem item = row.itemProperty().get();
        if (item == null) {
            return hint(messages.get("reports.ws.preview.building", row.choice().label()), true);
        }
        if (item instanceof ReportItem.Chart chart) {
            if (viewer == null) {
                viewer = new ChartViewer(chart.chart());
                viewer.setId(CHART_ID);
                viewer.setMinSize(200, 160);
            } else {
                viewer.setChart(chart.chart()); // stops listening to the chart shown before
            }
            return viewer;
        }
        return table(((ReportItem.Table) item).table());
    }

    private Node hint(String text, boolean busy) {
        Label label = new Label(text);
        label.getStyleClass().add("placeholder-text");
        label.setWrapText(true);
        VBox box = new VBox(10);
        box.getStyleClass().add("reports-preview-hint");
        box.setAlignment(Pos.CENTER);
        if (busy) {
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.getStyleClass().add("placeholder-spinner");
            box.getChildren().add(spinner);
        }
        box.getChildren().add(label);
        return box;
    }

    private TableView<List<Object>> table(ReportTable table) {
        TableView<List<Object>> view = new TableView<>();
        view.setId(TABLE_ID);
        for (int i = 0; i < table.columns().size(); i++) {
            int at = i;
            TableColumn<List<Object>, Object> column = new TableColumn<>(table.columns().get(i));
            column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().get(at)));
            column.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(Object value, boolean empty) {
                    super.updateItem(value, empty);
                    setText(empty ? null : text(value));
                    setAlignment(value instanceof Number ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
                }
            });
            column.setPrefWidth(Math.max(90, 9 * table.columns().get(i).length()));
            view.getColumns().add(column);
        }
        if (table.columns().size() <= 6) {
            view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN); // few columns fill the pane
        }
        view.getItems().setAll(table.rows());
        view.setPlaceholder(new Label(messages.get("reports.ws.preview.emptyTable")));
        return view;
    }

    private String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Long || value instanceof Integer) {
            return value.toString(); // ids and counts, written as stored
        }
        if (value instanceof Number n) {
            return numbers.format(n);
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof JsonList list) {
            return list.format(this::text); // a model's fitted values, worded like the numbers beside them
        }
        return value.toString();
    }
}
