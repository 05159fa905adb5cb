package org.crmworkbench.ui.common;

import java.util.Objects;
import java.util.function.Function;
import javafx.scene.Parent;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.FxmlView;

/**
 * Where a workspace's current view lives. {@link #load} builds a new view with a fresh {@link ViewScope} and
 * releases the scope of the view it replaces, so a language switch leaves nothing of the old view reachable from
 * the long-lived view model.
 */
public final class ViewSlot {
    private ViewScope current;

    /**
     * Releases the previous view's scope, then loads {@code view} with the controller {@code controllers} builds
     * for the new scope.
     */
    public Parent load(FxmlView view, Function<ViewScope, Object> controllers, Messages messages) {
        Objects.requireNonNull(controllers, "controllers");
        release();
        current = new ViewScope();
        return PinnedView.load(view, controllers.apply(current), messages);
    }

    /** Releases the current view's scope (the view is gone). */
    public void release() {
        if (current != null) {
            current.release();
            current = null;
        }
    }

    /** The scope of the view shown now, or null before the first load. */
    public ViewScope current() {
        return current;
    }
}
