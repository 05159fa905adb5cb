package org.crmworkbench.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;

/**
 * The one way a view listens to objects that outlive it (view models, the data session, settings). Every listener
 * goes through here: the observed object holds only a weak wrapper, this scope holds the listener itself, and
 * {@link #release()} takes every wrapper off again. A {@link ViewSlot} releases the scope of the view it replaces
 * (after a language switch), so the old controller, its nodes and its charts can be collected.
 *
 * <p>Listeners between nodes of the view itself need no scope: they die with the view. FX thread only.
 */
public final class ViewScope {
    private final List<Object> held = new ArrayList<>();
    private final List<Runnable> removals = new ArrayList<>();
    private boolean released;

    /** Calls {@code action} with the current value now and with every new value later. */
    public <T> void follow(ObservableValue<T> value, Consumer<? super T> action) {
        ChangeListener<T> listener = (o, before, after) -> action.accept(after);
        onChange(value, listener);
        action.accept(value.getValue());
    }

    /**
     * Calls {@code listener} on every later change of {@code value} (not now).
     *
     * @return cancels this one listener before the scope is released (for a view that follows one of many
     *         long-lived objects at a time, such as the selected item)
     */
    public <T> Subscription onChange(ObservableValue<T> value, ChangeListener<T> listener) {
        checkOpen();
        WeakChangeListener<T> weak = new WeakChangeListener<>(listener);
        Runnable removal = () -> value.removeListener(weak);
        held.add(listener);
        value.addListener(weak);
        removals.add(removal);
        return () -> {
            removal.run();
            removals.remove(removal);
            held.remove(listener);
        };
    }

    /** One listener of the scope, which can be taken off on its own. */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }

    /** Calls {@code action} now and after every change of {@code list}. */
    public <T> void follow(ObservableList<T> list, Runnable action) {
        ListChangeListener<T> listener = change -> action.run();
        onChange(list, listener);
        action.run();
    }

    /** Calls {@code listener} on every later change of {@code list} (not now). */
    public <T> void onChange(ObservableList<T> list, ListChangeListener<T> listener) {
        checkOpen();
        WeakListChangeListener<T> weak = new WeakListChangeListener<>(listener);
        held.add(listener);
        list.addListener(weak);
        removals.add(() -> list.removeListener(weak));
    }

    /** Calls {@code action} now and whenever any of {@code sources} becomes invalid. */
    public void followAll(Runnable action, Observable... sources) {
        checkOpen();
        InvalidationListener listener = o -> action.run();
        held.add(listener);
        for (Observable source : sources) {
            WeakInvalidationListener weak = new WeakInvalidationListener(listener);
            source.addListener(weak);
            removals.add(() -> source.removeListener(weak));
        }
        action.run();
    }

    /** Keeps {@code object} (a helper that listens on its own) alive exactly as long as this scope. */
    public void hold(Object object) {
        checkOpen();
        held.add(object);
    }

    /** Takes every listener off the objects it observed; the scope cannot be used afterwards. */
    public void release() {
        removals.forEach(Runnable::run);
        removals.clear();
        held.clear();
        released = true;
    }

    /** How many listeners the scope holds (for tests and for the count in the docs). */
    public int size() {
        return removals.size();
    }

    public boolean isReleased() {
        return released;
    }

    private void checkOpen() {
        if (released) {
            throw new IllegalStateException("this view's scope was released; the view has been replaced");
        }
    }
}
