package org.crmworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.GeneratedSample;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.common.PinnedView;
import org.crmworkbench.ui.jobs.PooledJobRunner;
import org.crmworkbench.ui.settings.Language;
import org.crmworkbench.ui.testing.FxUiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One test for every workspace's view wiring. Switching the language rebuilds every workspace's view over the same long-lived view models. The old views must
 * then be collectable: a view model that still reaches an old controller through a listener keeps its nodes and
 * charts alive for as long as the window is open. Ten switches over every real workspace on a loaded database, then
 * every controller built before the last switch must be gone after garbage collection.
 */
class LanguageSwitchLeakTest extends FxUiTest {
    private static final int SWITCHES = 10;

    private PooledJobRunner jobs;
    private Database db;

    @AfterEach
    void closeAll() {
        if (jobs != null) {
            jobs.close();
        }
        if (db != null) {
            db.close();
        }
    }

    /** Every real workspace over one session, in the order of the navigation, the session open on a sample. */
    private List<Workspace> workspacesOverSample(DataSession session) throws Exception {
        db = GeneratedSample.open(appHomeDir, 300, 5);
        jobs = PooledJobRunner.forJavaFx();
        return onFx(() -> DataWorkspaces.create(session, new WorkbenchServices(appHome(), jobs)));
    }

    @Test
    void oldControllersAreCollectableAfterTenLanguageSwitches() throws Exception {
        DataSession session = new DataSession();
        List<Workspace> workspaces = workspacesOverSample(session);
        WorkbenchWindow window = openWindow(workspaces, jobs);
        onFx(() -> session.opened(db));

        List<WeakReference<Object>> built = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int round = 0; round < SWITCHES; round++) {
            for (Workspace workspace : workspaces) {
                onFx(() -> window.workbench().select(workspace.id()));
                WaitForAsyncUtils.waitForFxEvents();
                for (Object controller : onFx(() -> pinnedControllers(window.stage().getScene().getRoot()))) {
                    if (seen.add(controller)) {
                        built.add(new WeakReference<>(controller));
                    }
                }
            }
            Language next = round % 2 == 0 ? Language.SIMPLIFIED_CHINESE : Language.ENGLISH;
            onFx(() -> window.switchLanguage(next));
            WaitForAsyncUtils.waitForFxEvents();
        }
        seen.clear();
        // the views of now: built again, not tracked; they show the state the view models kept
        for (Workspace workspace : workspaces) {
            onFx(() -> window.workbench().select(workspace.id()));
            WaitForAsyncUtils.waitForFxEvents();
        }
        onFx(() -> window.workbench().select("predict"));
        waitUntil("the rebuilt Churn pane shows the threshold of the fit made before the switches",
                () -> !robot.lookup("#churn-threshold-value").queryAs(javafx.scene.control.Label.class).getText()
                        .isBlank());
        assertTrue(built.size() >= SWITCHES * workspaces.size(),
                "every workspace's view has a pinned controller each round: " + built.size());

        waitUntil("the jobs the views started have finished", () -> window.jobs().activeCountProperty().get() == 0);
        assertEquals(new TreeMap<String, Integer>(), stillReachable(built),
                "controllers of replaced views still reachable (class = how many of " + built.size() + ")");
    }

    @Test
    void aViewTheWindowDropsIsCollectableBeforeItsWorkspaceIsShownAgain() throws Exception {
        DataSession session = new DataSession();
        List<Workspace> workspaces = workspacesOverSample(session);
        onFx(() -> session.opened(db));
        List<Node> views = new ArrayList<>();
        for (Workspace workspace : workspaces) {
            views.add(onFx(() -> workspace.view(Messages.english())));
        }
        List<WeakReference<Object>> dropped = new ArrayList<>();
        for (Node view : views) {
            Object controller = PinnedView.controllerOf(view);
            assertTrue(controller != null, "every workspace's view has a pinned controller");
            dropped.add(new WeakReference<>(controller));
        }
        views.clear();
        for (Workspace workspace : workspaces) {
            onFx(workspace::releaseView);
        }
        assertEquals(new TreeMap<String, Integer>(), stillReachable(dropped), "controllers of dropped views");
    }

    /** Collects garbage until every referent is gone or two seconds passed; the survivors counted by class. */
    private static TreeMap<String, Integer> stillReachable(List<WeakReference<Object>> refs) {
        TreeMap<String, Integer> alive = new TreeMap<>();
        for (int attempt = 0; attempt < 40; attempt++) {
            System.gc();
            sleep(50);
            WaitForAsyncUtils.waitForFxEvents();
            alive.clear();
            for (WeakReference<Object> ref : refs) {
                Object referent = ref.get();
                if (referent != null) {
                    alive.merge(referent.getClass().getSimpleName(), 1, Integer::sum);
                }
            }
            if (alive.isEmpty()) {
                break;
            }
        }
        return alive;
    }

    /** Every controller {@link PinnedView} pinned to a node of the shown scene. */
    private static List<Object> pinnedControllers(Node root) {
        List<Object> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<Object> found) {
        Object controller = PinnedView.controllerOf(node);
        if (controller != null) {
            found.add(controller);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }
}
