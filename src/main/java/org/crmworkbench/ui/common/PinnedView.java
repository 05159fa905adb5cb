package org.crmworkbench.ui.common;

import javafx.scene.Parent;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.FxmlView;

/**
 * Loads an FXML view and keeps its controller alive exactly as long as the view: controllers follow view models
 * through a {@link ViewScope}, whose listeners are weak, so something must hold the controller, and a controller with no
 * event handler in its FXML would otherwise be collected right after loading.
 */
public final class PinnedView {
    private static final String CONTROLLER = "crmworkbench.controller";

    private PinnedView() {
    }

    public static Parent load(FxmlView view, Object controller, Messages messages) {
        Parent root = view.load(controller, messages);
        root.getProperties().put(CONTROLLER, controller);
        return root;
    }

    /** The controller pinned to {@code node} by {@link #load}, or null when the node is not a loaded view's root. */
    public static Object controllerOf(javafx.scene.Node node) {
        return node.getProperties().get(CONTROLLER);
    }
}
