package org.crmworkbench.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks for a data file to read (CSV, XLSX or text), as the workspaces that read a file of their own do. */
public final class DataFileChooser {
    private DataFileChooser() {
    }

    /** The chosen file, or empty when the analyst cancelled; {@code filterText} names the files offered. */
    public static Optional<Path> ask(Window owner, String filterText) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterText, "*.csv", "*.xlsx", "*.txt"));
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
