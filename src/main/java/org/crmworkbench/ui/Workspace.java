package org.crmworkbench.ui;

import javafx.scene.Node;
import org.crmworkbench.i18n.Messages;

/**
 * One area of the workbench reached from the left navigation (Data, Segments, Predict, ...).
 *
 * <p>A workspace object lives as long as the window and keeps its view model; {@link #view(Messages)} builds a
 * fresh view over that state. The window calls it on the FX thread the first time the workspace is shown and
 * again after the language changes, so switching language keeps whatever the analyst had set up.
 * Dependencies (the {@code JobRunner}, a database, ...) come through the implementation's constructor.
 */
public interface Workspace {

    /**
     * Stable lower-case identifier such as {@code "segments"}: the navigation button gets the node id
     * {@code nav-<id>} and the style class {@code icon-<id>} for its icon in the stylesheet.
     */
    String id();

    /** Resource-bundle key of the title shown in the navigation. */
    String titleKey();

    /** Builds the workspace's view in the language of {@code messages}; FX thread only. */
    Node view(Messages messages);

    /**
     * The window has dropped the view built last (the language changed): a workspace that keeps its view in a
     * {@link org.crmworkbench.ui.common.ViewSlot} releases the view's scope here, so the old view can be collected
     * even before the workspace is shown again. FX thread only.
     */
    default void releaseView() {
    }

    /**
     * The window's language, told to every workspace when the window opens and whenever it changes, whether or
     * not the workspace's view has been built yet: work its view model starts before it is first shown (names of
     * segments, series titles) is then written in the reader's language. FX thread only.
     */
    default void useLanguage(Messages messages) {
    }
}
