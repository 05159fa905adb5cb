package org.crmworkbench.ui.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.layout.FlowPane;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.GeneratedSample;
import org.crmworkbench.data.runs.SegmentRunStore;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.testing.FxUiTest;
import org.crmworkbench.ui.testing.GatedJobRunner;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import javafx.scene.input.KeyCode;

/** The Segments workspace in the real window, on generated customers with five planted groups. */
class SegmentsWorkspaceTest extends FxUiTest {
    private final GatedJobRunner jobs = new GatedJobRunner("job.segment.run");
    private Database db;

    @AfterEach
    void closeAll() {
        jobs.close();
        if (db != null) {
            db.close();
        }
    }

    private SegmentsViewModel openOverSample() throws Exception {
        db = GeneratedSample.open(appHomeDir, 600, 11);
        DataSession session = new DataSession();
        SegmentsWorkspace segments = onFx(() -> new SegmentsWorkspace(session, jobs));
        var window = openWindow(List.of(segments), jobs);
        onFx(() -> {
            window.stage().setWidth(1200);
            window.stage().setHeight(760);
        });
        onFx(() -> session.opened(db));
        return segments.viewModel();
    }

    private JFreeChart scatter() {
        return onFx(() -> ((ChartViewer) robot.lookup("#segment-scatter").query()).getChart());
    }

    private int cards() {
        return onFx(() -> ((FlowPane) robot.lookup("#segment-cards").query()).getChildren().size());
    }

    @Test
    void movingTheSliderResegmentsInTheBackgroundAndTheChartAndCardsFollow() throws Exception {
        SegmentsViewModel model = openOverSample();
        waitUntil("five segments shown", () -> cards() == 5 && scatter() != null);
        JFreeChart before = scatter();
        assertTrue(onFx(() -> ((XYPlot) before.getPlot()).getDataset(0).getSeriesCount()) >= 5);

        jobs.hold();
        onFx(() -> robot.lookup(".slider").queryAs(Slider.class).requestFocus());
        robot.type(KeyCode.RIGHT);
        waitUntil("a run for k = 6 has started", () -> onFx(() -> model.runningProperty().get()
                && model.form().kProperty().get() == 6));
        // the run is held at the gate: the window must still answer clicks
        robot.clickOn(robot.lookup(".tab").nth(1).queryAs(javafx.scene.Node.class));
        assertEquals(1, (int) onFx(() -> robot.lookup("#tabs").queryAs(TabPane.class)
                .getSelectionModel().getSelectedIndex()), "the Profiles tab opened while segmentation ran");
        assertEquals(5, cards(), "the old cards stay until the new run is done");
        jobs.release();
        waitUntil("six segment cards", () -> cards() == 6);
        JFreeChart after = scatter();
        assertNotSame(before, after);
        assertEquals(6, onFx(() -> model.resultProperty().get().clustering().clusterCount()));

        // back to k = 5 comes from the cache: no run starts
        onFx(() -> robot.lookup(".slider").queryAs(Slider.class).requestFocus());
        robot.type(KeyCode.LEFT);
        waitUntil("five cards again", () -> cards() == 5);
        assertEquals(false, onFx(() -> model.runningProperty().get()));
    }

    @Test
    void aSavedRunIsShownAgainWithItsNamesWhenTheWorkspaceReopens() throws Exception {
        SegmentsViewModel model = openOverSample();
        waitUntil("five segments shown", () -> cards() == 5);
        onFx(() -> {
            model.cards().get(0).nameProperty().set("Our best customers");
            model.save();
        });
        waitUntil("saved", () -> onFx(() -> model.savedRunProperty().get() > 0));
        assertEquals("Our best customers", new SegmentRunStore(db).latest().orElseThrow().segments().get(0).name());

        DataSession again = new DataSession();
        SegmentsWorkspace reopened = onFx(() -> new SegmentsWorkspace(again, jobs));
        onFx(() -> again.opened(db));
        SegmentsViewModel second = reopened.viewModel();
        waitUntil("the saved run is restored", () -> onFx(() -> second.cards().size() == 5
                && second.savedRunProperty().get() > 0));
        assertEquals("Our best customers", onFx(() -> second.cards().get(0).name()));
        int[] first = onFx(() -> model.resultProperty().get().clustering().labels());
        int[] restored = onFx(() -> second.resultProperty().get().clustering().labels());
        assertTrue(java.util.Arrays.equals(first, restored), "same segments after reopening");
    }
}
