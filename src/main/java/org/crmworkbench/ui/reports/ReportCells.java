package org.crmworkbench.ui.reports;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.present.report.ItemChoice;

/** The cells of the builder's three lists: saved runs, the items a run can give, and the report's items. */
final class ReportCells {
    private ReportCells() {
    }

    /** A chart or table marker (an SVG shape styled in the stylesheet). */
    static Region marker(boolean chart) {
        Region icon = new Region();
        icon.getStyleClass().addAll("report-marker", chart ? "report-marker-chart" : "report-marker-table");
        return icon;
    }

    /** Two lines: {@code #12 · Forecast · 2026-11-20 14:03} and the run's summary. */
    static final class RunCell extends ListCell<SavedRun> {
        private final RunWords words;
        private final Label heading = new Label();
        private final Label summary = new Label();
        private final VBox box = new VBox(2, heading, summary);

        RunCell(RunWords words) {
            this.words = words;
            heading.getStyleClass().add("report-run-heading");
            summary.getStyleClass().add("report-run-summary");
            summary.setTextOverrun(OverrunStyle.ELLIPSIS);
            setPrefWidth(0);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(SavedRun run, boolean empty) {
            super.updateItem(run, empty);
            if (empty || run == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            heading.setText(words.heading(run));
            summary.setText(words.byline(run));
            setTooltip(new Tooltip(words.heading(run) + "\n" + words.byline(run)));
            setGraphic(box);
        }
    }

    /** A chart or table the selected run can give, with its Add button. */
    static final class ChoiceCell extends ListCell<ItemChoice> {
        private final Label label = new Label();
        private final Button add;
        private final HBox box;
        private ItemChoice choice;

        ChoiceCell(Messages messages, Consumer<ItemChoice> onAdd) {
            add = new Button(messages.get("reports.ws.action.add"));
            add.getStyleClass().add("report-add");
            // the button keeps its word; a long item name is cut instead, whole in its tooltip
            add.setMinWidth(Region.USE_PREF_SIZE);
            label.setMinWidth(0);
            add.setOnAction(e -> {
                if (choice != null) {
                    onAdd.accept(choice);
                }
            });
            label.setMaxWidth(Double.MAX_VALUE);
            label.setTextOverrun(OverrunStyle.ELLIPSIS);
            HBox.setHgrow(label, Priority.ALWAYS);
            box = new HBox(8, label, add);
            box.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && choice != null) {
                    onAdd.accept(choice);
                }
            });
        }

        @Override
        protected void updateItem(ItemChoice item, boolean empty) {
            super.updateItem(item, empty);
            choice = empty ? null : item;
            if (choice == null) {
                setGraphic(null);
                return;
            }
            label.setText(choice.label());
            label.setTooltip(new Tooltip(choice.label()));
            label.setGraphic(marker(choice.chart()));
            setGraphic(box);
        }
    }

    /** An item of the report: marker, title, {@code run #12 · Segment scatter}, a spinner while it is built. */
    static final class ItemCell extends ListCell<ItemRow> {
        private final Messages messages;
        private final Label title = new Label();
        private final Label source = new Label();
        private final ProgressIndicator building = new ProgressIndicator();
        private final HBox box;

        ItemCell(Messages messages) {
            this.messages = messages;
            title.getStyleClass().add("report-item-title");
            source.getStyleClass().add("report-item-source");
            title.setTextOverrun(OverrunStyle.ELLIPSIS);
            source.setTextOverrun(OverrunStyle.ELLIPSIS);
            building.setPrefSize(16, 16);
            VBox text = new VBox(1, title, source);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            box = new HBox(8, new Region(), text, building);
            box.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(ItemRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            box.getChildren().set(0, marker(row.isChart()));
            title.setText(row.titleProperty().get());
            source.setText(messages.get(row.isBuilt() ? "reports.ws.item.source" : "reports.ws.item.building",
                    row.runId(), row.choice().label()));
            building.setVisible(!row.isBuilt());
            building.setManaged(!row.isBuilt());
            setGraphic(box);
        }
    }
}
