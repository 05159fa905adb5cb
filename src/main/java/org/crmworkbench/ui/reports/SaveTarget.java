package org.crmworkbench.ui.reports;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;

/**
 * Asks where to save a file; the window uses {@link org.crmworkbench.ui.common.SaveDialog}, a test answers with
 * a file in its temporary folder.
 */
@FunctionalInterface
public interface SaveTarget {
    /** Empty when the analyst cancels. */
    Optional<Path> ask(Node owner, String suggestedName, String formatName, String extension);
}
