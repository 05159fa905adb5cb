package org.crmworkbench.ui;

import java.util.List;

/** The data workspace of a window (filled in when the Data workspace lands). */
final class DataWorkspaces {
    private DataWorkspaces() {
    }

    static List<Workspace> create(DataSession session, WorkbenchServices services) {
        return List.of();
    }
}
