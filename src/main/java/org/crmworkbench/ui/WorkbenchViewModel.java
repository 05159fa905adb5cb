package org.crmworkbench.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The main window's own state: which workspaces exist and which one is shown. Survives a language switch. */
public final class WorkbenchViewModel {

    private final List<Workspace> workspaces;
    private final ReadOnlyObjectWrapper<Workspace> selected = new ReadOnlyObjectWrapper<>(this, "selected");

    public WorkbenchViewModel(List<Workspace> workspaces) {
        this.workspaces = List.copyOf(workspaces);
        if (this.workspaces.isEmpty()) {
            throw new IllegalArgumentException("the workbench needs at least one workspace");
        }
        Set<String> ids = new HashSet<>();
        for (Workspace workspace : this.workspaces) {
            if (!ids.add(Objects.requireNonNull(workspace.id(), "workspace id"))) {
                throw new IllegalArgumentException("two workspaces share the id '" + workspace.id() + "'");
            }
        }
        selected.set(this.workspaces.get(0));
    }

    public List<Workspace> workspaces() {
        return workspaces;
    }

    public ReadOnlyObjectProperty<Workspace> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public Workspace selected() {
        return selected.get();
    }

    /** Shows the workspace with the given id. */
    public void select(String id) {
        selected.set(workspaces.stream()
                .filter(workspace -> workspace.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no workspace with id '" + id + "'")));
    }
}
