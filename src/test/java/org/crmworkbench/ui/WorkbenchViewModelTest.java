package org.crmworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.crmworkbench.ui.planned.ComingSoonWorkspace;
import org.junit.jupiter.api.Test;

class WorkbenchViewModelTest {

    @Test
    void startsOnTheFirstWorkspaceAndSelectsById() {
        WorkbenchViewModel workbench = new WorkbenchViewModel(ComingSoonWorkspace.plannedWorkspaces());
        List<String> ids = ComingSoonWorkspace.PLANNED_IDS;
        assertEquals(ids.get(0), workbench.selected().id());

        workbench.select(ids.get(ids.size() - 1));
        assertEquals(ids.get(ids.size() - 1), workbench.selected().id());
    }

    @Test
    void rejectsUnknownIdsDuplicatesAndAnEmptyList() {
        WorkbenchViewModel workbench = new WorkbenchViewModel(ComingSoonWorkspace.plannedWorkspaces());
        assertThrows(IllegalArgumentException.class, () -> workbench.select("nowhere"));
        assertThrows(IllegalArgumentException.class, () -> new WorkbenchViewModel(
                List.of(new ComingSoonWorkspace("segments"), new ComingSoonWorkspace("segments"))));
        assertThrows(IllegalArgumentException.class, () -> new WorkbenchViewModel(List.of()));
    }
}
