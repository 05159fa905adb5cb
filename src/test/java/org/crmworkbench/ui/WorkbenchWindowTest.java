package org.crmworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.jobs.JobState;
import org.crmworkbench.ui.jobs.PooledJobRunner;
import org.crmworkbench.ui.settings.Language;
import org.crmworkbench.ui.settings.WindowBounds;
import org.crmworkbench.ui.testing.FxUiTest;
import org.crmworkbench.ui.testing.LabelWorkspace;
import org.crmworkbench.ui.testing.SampleWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The main window as a person uses it: navigation, settings, language switch, remembered bounds. */
class WorkbenchWindowTest extends FxUiTest {

    private final PooledJobRunner jobs = new PooledJobRunner(2, Platform::runLater);
    private final Messages english = Messages.english();
    private final Messages chinese = new Messages(Locale.SIMPLIFIED_CHINESE);

    @AfterEach
    void stopJobs() {
        jobs.close();
    }

    private List<Workspace> workspaces() {
        List<Workspace> all = new ArrayList<>();
        all.add(new SampleWorkspace(jobs, 2, 5));
        all.add(new LabelWorkspace("reports")); // a one-label page stands in for any workspace here
        return all;
    }

    @Test
    void navigatesEveryWorkspaceAndSwitchesToChineseAndBack() {
        WorkbenchWindow window = openWindow(workspaces(), jobs);
        assertEquals("CRM Workbench", onFx(() -> window.stage().getTitle()));
        assertEquals(english.get("job.sample.name"), pageTitle());

        for (String id : List.of("reports")) {
            robot.clickOn("#nav-" + id);
            waitUntil(id + " is shown", () -> english.get("workspace." + id + ".title").equals(pageTitle()));
            assertTrue(onFx(() -> this.<ToggleButton>find("#nav-" + id).isSelected()));
        }

        robot.clickOn("#nav-" + SampleWorkspace.ID);
        robot.clickOn("#start-sample");
        waitUntil("the sample job finished", () -> window.jobs().rows().size() == 1
                && window.jobs().rows().get(0).stateProperty().get() == JobState.SUCCEEDED);
        robot.clickOn("#nav-reports");

        chooseLanguage(chinese.get("language.zh"));
        waitUntil("the window is in Chinese", () -> "CRM 工作台".equals(window.stage().getTitle()));
        assertEquals("报告", pageTitle(), "the reports workspace stays selected");
        assertEquals("报告", onFx(() -> this.<ToggleButton>find("#nav-reports").getText()));
        assertEquals(Language.SIMPLIFIED_CHINESE, settingsStore().load().language(), "the choice is saved");
        assertEquals(List.of("示例计算"), onFx(() -> texts(".job-name")), "jobs survive the rebuild");

        chooseLanguage(english.get("language.en"));
        waitUntil("the window is in English again", () -> "CRM Workbench".equals(window.stage().getTitle()));
        assertEquals("Reports", pageTitle());
        assertEquals(Language.ENGLISH, settingsStore().load().language());
    }

    @Test
    void cancellingTheSettingsDialogChangesNothing() {
        WorkbenchWindow window = openWindow(workspaces(), jobs);
        robot.clickOn("#open-settings");
        robot.clickOn("#settings-cancel");
        waitUntil("the dialog closed", () -> robot.lookup("#settings-dialog").tryQuery().isEmpty());
        assertEquals(Language.ENGLISH, onFx(window::language));
    }

    @Test
    void closingTheWindowRemembersItsBoundsForNextTime() {
        WorkbenchWindow first = openWindow(workspaces(), jobs);
        onFx(() -> {
            first.stage().setX(30);
            first.stage().setY(20);
            first.stage().setWidth(1111);
            first.stage().setHeight(707);
        });
        onFx(() -> first.stage().close());

        WindowBounds saved = settingsStore().load().window().orElseThrow();
        assertEquals(new WindowBounds(30, 20, 1111, 707, false), saved);

        WorkbenchWindow second = openWindow(workspaces(), jobs);
        assertEquals(1111.0, onFx(() -> second.stage().getWidth()));
        assertEquals(707.0, onFx(() -> second.stage().getHeight()));
    }

    private void chooseLanguage(String name) {
        robot.clickOn("#open-settings");
        robot.clickOn("#settings-language");
        Node cell = robot.lookup(".combo-box-popup .list-cell").match(hasText(name)).query();
        robot.clickOn(cell);
        robot.clickOn("#settings-ok");
    }

    private String pageTitle() {
        return onFx(() -> String.join("|", texts(".page-title")));
    }

    private List<String> texts(String query) {
        return robot.lookup(query).queryAll().stream()
                .filter(Node::isVisible)
                .map(node -> ((Label) node).getText())
                .toList();
    }
}
