package org.crmworkbench.ui;

import java.util.List;

/** Builds the workspaces shown in the navigation, in order; runs on the FX thread, so keep it light. */
@FunctionalInterface
public interface WorkspaceFactory {
    List<Workspace> create(WorkbenchServices services);
}
