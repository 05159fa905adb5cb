package org.crmworkbench.ui.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.jobs.SameThreadJobRunner;
import org.crmworkbench.ui.testing.FxUiTest;
import org.junit.jupiter.api.Test;

/**
 * Switching the language builds the Predict view anew; the old view's controllers (workspace, Spend and Churn panes)
 * listened to the long-lived view models only through the view's scope, so nothing keeps them once the view is gone.
 */
class PredictViewReleaseTest extends FxUiTest {
    private static final String CONTROLLER = "crmworkbench.controller";

    @Test
    void theOldViewsControllersAreCollectableAfterALanguageSwitch() {
        DataSession session = new DataSession();
        PredictWorkspace predict = onFx(() -> new PredictWorkspace(session, new SameThreadJobRunner()));
        List<WeakReference<Object>> first = onFx(() -> controllers(predict.view(Messages.english())));
        assertEquals(3, first.size());
        first.forEach(c -> assertNotNull(c.get()));
        for (int i = 0; i < 10; i++) {
            Locale locale = i % 2 == 0 ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
            onFx(() -> predict.view(new Messages(locale)));
        }
        onFx(() -> predict.viewModel().windowDaysProperty().set(90));
        for (int i = 0; i < 20 && first.stream().anyMatch(c -> c.get() != null); i++) {
            System.gc();
            sleep(50);
        }
        first.forEach(c -> assertNull(c.get(), "a controller of the first view: " + c.get()));
    }

    /** The workspace's controller and the Spend and Churn panes' controllers of {@code view}. */
    private static List<WeakReference<Object>> controllers(Node view) {
        List<WeakReference<Object>> out = new ArrayList<>();
        out.add(new WeakReference<>(view.getProperties().get(CONTROLLER)));
        TabPane tabs = (TabPane) view.lookup(".tab-pane");
        for (Tab tab : tabs.getTabs()) {
            out.add(new WeakReference<>(tab.getContent().getProperties().get(CONTROLLER)));
        }
        return out;
    }
}
