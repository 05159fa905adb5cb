package org.crmworkbench.ui.datasets;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * One row of the table browser: a place holder until its page arrives, then the row's values. Cells bind to
 * {@link #value(int)}, so they fill in by themselves when the page comes; the list never has to announce a change.
 */
public final class BrowseRow {
    /** What a cell shows while its row is still being read. */
    public static final Object LOADING = new Object() {
        @Override
        public String toString() {
            return "…";
        }
    };

    private final long index;
    private final ReadOnlyObjectWrapper<Object[]> values = new ReadOnlyObjectWrapper<>(this, "values");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");

    BrowseRow(long index) {
        this.index = index;
    }

    /** Position in the browsed view, from 0. */
    public long index() {
        return index;
    }

    public boolean isLoaded() {
        return values.get() != null;
    }

    public ReadOnlyObjectProperty<Object[]> valuesProperty() {
        return values.getReadOnlyProperty();
    }

    /** True when reading this row's page failed (the browser says why). */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** Column {@code column}'s value: {@link #LOADING} until the row is read, then the value (null when missing). */
    public ObservableValue<Object> value(int column) {
        return Bindings.createObjectBinding(() -> {
            Object[] v = values.get();
            return v == null ? LOADING : v[column];
        }, values);
    }

    void fill(Object[] rowValues) {
        values.set(rowValues);
    }

    void fail() {
        failed.set(true);
    }
}
