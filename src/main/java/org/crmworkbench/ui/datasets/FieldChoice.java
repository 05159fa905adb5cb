package org.crmworkbench.ui.datasets;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.crmworkbench.data.imports.FieldSpec;

/** One field of the target table in the mapping step: the column chosen for it, and that column's first value. */
public final class FieldChoice {
    private final FieldSpec field;
    private final ObjectProperty<ColumnChoice> column = new SimpleObjectProperty<>(this, "column", ColumnChoice.NONE);
    private final ReadOnlyStringWrapper sample = new ReadOnlyStringWrapper(this, "sample", "");

    FieldChoice(FieldSpec field) {
        this.field = field;
    }

    public FieldSpec field() {
        return field;
    }

    public String name() {
        return field.name();
    }

    public boolean required() {
        return field.required();
    }

    /** The file column that fills the field, or {@link ColumnChoice#NONE}. */
    public ObjectProperty<ColumnChoice> columnProperty() {
        return column;
    }

    /** The chosen column's value in the first data row, to show what the field will get. */
    public ReadOnlyStringProperty sampleProperty() {
        return sample.getReadOnlyProperty();
    }

    void setSample(String value) {
        sample.set(value == null ? "" : value);
    }

    @Override
    public String toString() {
        return field.name() + " <- " + column.get();
    }
}
