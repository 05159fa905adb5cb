package org.crmworkbench.ui;

import java.util.List;
import org.crmworkbench.ui.datasets.DataWorkspace;
import org.crmworkbench.ui.segments.SegmentsWorkspace;

/** The Data workspace of a window: tables, browser and import wizard over the window's data session. */
final class DataWorkspaces {
    private DataWorkspaces() {
    }

    static List<Workspace> create(DataSession session, WorkbenchServices services) {
        return List.of(new DataWorkspace(session, services.jobs()),
                new SegmentsWorkspace(session, services.jobs()));
    }
}
