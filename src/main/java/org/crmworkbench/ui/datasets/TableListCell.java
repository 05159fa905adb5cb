package org.crmworkbench.ui.datasets;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyLongProperty;
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
        // a binding that observes the long-lived entry weakly and captures no cell: a fluent map() here would keep
        // the old view's list reachable from the entry after a language switch
        Messages words = messages;
        ReadOnlyLongProperty rows = entry.rowsProperty();
        count.textProperty().bind(Bindings.createStringBinding(
                () -> rows.get() < 0 ? "–" : Formats.count(words, rows.get()), rows));
        setGraphic(box);
    }
}
