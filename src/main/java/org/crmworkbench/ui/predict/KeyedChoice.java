package org.crmworkbench.ui.predict;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A choice among named options (models, class balances) as the view sees it: the options' keys, and the chosen key
 * kept in step with the form's typed property both ways. The view shows each key through the message bundle.
 */
public final class KeyedChoice<E> {
    private final ObservableList<String> keys;
    private final StringProperty key = new SimpleStringProperty(this, "key");

    KeyedChoice(ObjectProperty<E> value, E[] options, Function<E, String> keyOf) {
        List<E> all = List.of(options);
        this.keys = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(
                Arrays.stream(options).map(keyOf).toList()));
        key.set(value.get() == null ? null : keyOf.apply(value.get()));
        value.addListener((o, a, b) -> key.set(b == null ? null : keyOf.apply(b)));
        key.addListener((o, a, b) -> all.stream().filter(e -> Objects.equals(keyOf.apply(e), b)).findFirst()
                .filter(e -> e != value.get()).ifPresent(value::set));
    }

    /** Every option's key, in the order offered. */
    public ObservableList<String> keys() {
        return keys;
    }

    /** The chosen option's key. */
    public StringProperty keyProperty() {
        return key;
    }
}
