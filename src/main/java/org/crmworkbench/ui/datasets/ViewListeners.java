package org.crmworkbench.ui.datasets;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;

/**
 * Listeners a view puts on long-lived view models without being kept alive by them: the view model holds them
 * weakly, the view holds them here. When the language changes, the window drops the old view and it can go.
 */
final class ViewListeners {
    private final List<Object> held = new ArrayList<>();

    /** Calls {@code action} with the current value now and with every new value later. */
    <T> void follow(ObservableValue<T> value, Consumer<? super T> action) {
        ChangeListener<T> listener = (o, before, after) -> action.accept(after);
        held.add(listener);
        value.addListener(new WeakChangeListener<>(listener));
        action.accept(value.getValue());
    }

    /** Calls {@code action} now and after every change of {@code list}. */
    <T> void follow(ObservableList<T> list, Runnable action) {
        ListChangeListener<T> listener = change -> action.run();
        held.add(listener);
        list.addListener(new WeakListChangeListener<>(listener));
        action.run();
    }
}
