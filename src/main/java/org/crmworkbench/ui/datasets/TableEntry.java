package org.crmworkbench.ui.datasets;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import org.crmworkbench.data.CrmTable;

/** A table in the Data workspace's list, with its row count (-1 while not counted yet). */
public final class TableEntry {
    private final CrmTable table;
    private final ReadOnlyLongWrapper rows = new ReadOnlyLongWrapper(this, "rows", -1);

    TableEntry(CrmTable table) {
        this.table = table;
    }

    public CrmTable table() {
        return table;
    }

    public ReadOnlyLongProperty rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    void setRows(long count) {
        rows.set(count);
    }

    @Override
    public String toString() {
        return table.sqlName() + " (" + rows.get() + ")";
    }
}
