package org.crmworkbench.ui.datasets;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.i18n.Messages;

/** The import wizard's choice of the table a file goes into, in load order, each named and with its SQL name. */
public final class TableChoiceBox extends ComboBox<CrmTable> {

    /** Offers every table and keeps the choice in step with {@code table}. */
    void bind(ObjectProperty<CrmTable> table, Messages messages) {
        getItems().setAll(CrmTable.loadOrder());
        setConverter(new StringConverter<>() {
            @Override
            public String toString(CrmTable t) {
                return t == null ? "" : Formats.table(messages, t) + "  (" + t.sqlName() + ")";
            }

            @Override
            public CrmTable fromString(String text) {
                return null; // not editable
            }
        });
        valueProperty().bindBidirectional(table);
    }
}
