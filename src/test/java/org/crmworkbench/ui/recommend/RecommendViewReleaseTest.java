package org.crmworkbench.ui.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.crmworkbench.analysis.recommend.EvaluationBench;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.jobs.SameThreadJobRunner;
import org.crmworkbench.ui.testing.FxUiTest;
import org.junit.jupiter.api.Test;

/** A view replaced after a language switch leaves nothing behind on the long-lived view model. */
class RecommendViewReleaseTest extends FxUiTest {

    @Test
    void theViewsOfEarlierLanguagesCanBeCollected() {
        RecommendWorkspace workspace = onFx(() -> new RecommendWorkspace(new DataSession(),
                new SameThreadJobRunner(), new EvaluationBench()));
        List<WeakReference<Node>> earlier = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Messages messages = new Messages(i % 2 == 0 ? Locale.ENGLISH : Locale.CHINESE);
            Node view = onFx(() -> workspace.view(messages));
            earlier.add(new WeakReference<>(view));
        }
        Node shown = earlier.get(earlier.size() - 1).get();
        // the view shown still follows the view model: its spinner holds a neighbour count to the range's end
        int neighbours = onFx(() -> {
            workspace.viewModel().form().neighboursProperty().set(5000);
            return workspace.viewModel().form().neighboursProperty().get();
        });
        assertEquals(1000, neighbours);
        Label summary = onFx(() -> (Label) shown.lookup("#summaryLabel"));
        assertEquals(new Messages(Locale.CHINESE).get("recommend.summary.waiting"), onFx(summary::getText));
        for (int attempt = 0; attempt < 50 && earlier.subList(0, 5).stream().anyMatch(r -> r.get() != null);
             attempt++) {
            System.gc();
            sleep(20);
        }
        for (int i = 0; i < 5; i++) {
            assertNull(earlier.get(i).get(), "view " + i + " is still reachable");
        }
    }
}
