package org.crmworkbench.ui.forecast;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.Workspace;
import org.crmworkbench.ui.datasets.DataWorkspace;
import org.crmworkbench.ui.jobs.SameThreadJobRunner;
import org.crmworkbench.ui.reports.ReportsWorkspace;
import org.crmworkbench.ui.testing.FxUiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Forecast, Reports and Data workspaces keep their views in a ViewSlot: after ten language switches the views
 * they built before are collectable, whether the workspace builds a new view or the window only drops the old one.
 */
class WorkspaceViewsReleaseTest extends FxUiTest {
    private final SameThreadJobRunner jobs = new SameThreadJobRunner();
    private Database db;

    @AfterEach
    void closeAll() {
        if (db != null) {
            db.close();
        }
    }

    private List<Workspace> workspaces() throws Exception {
        db = PlantedOrders.create(36);
        DataSession session = new DataSession();
        List<Workspace> all = onFx(() -> List.of(new ForecastWorkspace(session, jobs),
                new ReportsWorkspace(session, jobs), new DataWorkspace(session, jobs)));
        onFx(() -> session.opened(db));
        return all;
    }

    private static boolean collected(WeakReference<?> ref) {
        for (int i = 0; i < 50 && ref.get() != null; i++) {
            System.gc();
            sleep(20);
        }
        return ref.get() == null;
    }

    @Test
    void viewsReplacedByANewLanguageCanBeCollected() throws Exception {
        for (Workspace workspace : workspaces()) {
            WeakReference<Node> first = new WeakReference<>(onFx(() -> workspace.view(Messages.english())));
            for (int i = 0; i < 10; i++) {
                Messages words = new Messages(i % 2 == 0 ? Locale.CHINESE : Locale.ENGLISH);
                onFx(() -> workspace.view(words));
            }
            assertTrue(collected(first), workspace.id() + ": the view before ten language switches is collectable");
        }
    }

    @Test
    void aViewTheWindowDropsCanBeCollectedBeforeTheWorkspaceIsShownAgain() throws Exception {
        for (Workspace workspace : workspaces()) {
            WeakReference<Node> shown = new WeakReference<>(onFx(() -> workspace.view(Messages.english())));
            onFx(workspace::releaseView);
            assertTrue(collected(shown), workspace.id() + ": the dropped view is collectable");
        }
    }
}
