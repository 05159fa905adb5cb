package org.crmworkbench.ui.recommend;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import org.crmworkbench.ui.charts.ChartExportRequest;
import org.crmworkbench.ui.common.SaveDialog;

/** Asks where a chart export goes, offering the request's file name and format. */
final class ChartExportDialog {
    private ChartExportDialog() {
    }

    static Optional<Path> ask(Node owner, ChartExportRequest request) {
        return SaveDialog.ask(owner, request.fileName(), request.format().name(), request.format().extension());
    }
}
