package org.crmworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.crmworkbench.ui.testing.LabelWorkspace;
import org.junit.jupiter.api.Test;

class WorkbenchViewModelTest {

    @Test
    void startsOnTheFirstWorkspaceAndSelectsById() {
        WorkbenchViewModel workbench = new WorkbenchViewModel(List.of(new LabelWorkspace("segments"),
                new LabelWorkspace("recommend"), new LabelWorkspace("reports")));
        assertEquals("segments", workbench.selected().id());

        workbench.select("reports");
        assertEquals("reports", workbench.selected().id());
        workbench.select("recommend");
        assertEquals("recommend", workbench.selected().id());
    }

    @Test
    void rejectsUnknownIdsDuplicatesAndAnEmptyList() {
        WorkbenchViewModel workbench = new WorkbenchViewModel(List.of(new LabelWorkspace("reports")));
        assertThrows(IllegalArgumentException.class, () -> workbench.select("nowhere"));
        assertThrows(IllegalArgumentException.class, () -> new WorkbenchViewModel(
                List.of(new LabelWorkspace("segments"), new LabelWorkspace("segments"))));
        assertThrows(IllegalArgumentException.class, () -> new WorkbenchViewModel(List.of()));
    }
}
