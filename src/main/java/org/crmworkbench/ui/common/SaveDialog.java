package org.crmworkbench.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.FileChooser;

/** Asks where to save a file of one format, with a suggested name; empty when the person cancels. */
public final class SaveDialog {
    private SaveDialog() {
    }

    /**
     * @param formatName what the file type filter shows ({@code CSV}, {@code PNG}, ...)
     * @param extension  the file ending without the dot
     */
    public static Optional<Path> ask(Node owner, String suggestedName, String formatName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(formatName, "*." + extension));
        File file = chooser.showSaveDialog(owner.getScene().getWindow());
        return Optional.ofNullable(file).map(File::toPath);
    }
}
