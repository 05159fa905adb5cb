package org.crmworkbench.ui.datasets;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.crmworkbench.i18n.Messages;

/** A table in the Data workspace's list: its name and its row count. */
final class TableListCell extends ListCell<TableEntry> {
    private final Messages messages;
    private final Label name = new Label();
    private final Label count = new Label();
    private final HBox box;

    TableListCell(Messages messages) {
        this.messages = messages;
        name.getStyleClass().add("table-name");
        count.getStyleClass().add("table-count");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        box = new HBox(name, gap, count);
        box.getStyleClass().add("table-entry");
    }

    @Override
    protected void updateItem(TableEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        count.textProperty().unbind();
        if (empty || entry == null) {
            setGraphic(null);
            setId(null);
            return;
        }
        setId("table-" + entry.table().sqlName());
        name.setText(Formats.table(messages, entry.table()));
        count.textProperty().bind(entry.rowsProperty().map(n -> n.longValue() < 0 ? "–"
                : Formats.count(messages, n.longValue())));
        setGraphic(box);
    }
}
