package org.crmworkbench.ui.common;

/**
 * Runs an action once things have been quiet for a while: each {@link #restart} replaces the pending action and
 * starts the wait again. The window uses {@link FxDebounce}; view-model tests pass {@code Runnable::run}.
 */
@FunctionalInterface
public interface Debounce {
    void restart(Runnable action);
}
