package org.crmworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.crmworkbench.analysis.basket.AssociationRule;
import org.crmworkbench.analysis.basket.BasketResult;
import org.crmworkbench.analysis.engine.EngineChoice;
import org.crmworkbench.analysis.engine.EngineKind;
import org.crmworkbench.analysis.engine.FitEngines;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.GeneratedSample;
import org.crmworkbench.ui.basket.BasketViewModel;
import org.crmworkbench.ui.basket.BasketWorkspace;
import org.crmworkbench.ui.engine.FitEngineSession;
import org.crmworkbench.ui.jobs.JobRow;
import org.crmworkbench.ui.jobs.JobState;
import org.crmworkbench.ui.jobs.PooledJobRunner;
import org.crmworkbench.ui.segments.SegmentsViewModel;
import org.crmworkbench.ui.segments.SegmentsWorkspace;
import org.crmworkbench.ui.settings.Language;
import org.crmworkbench.ui.settings.WorkbenchSettings;
import org.crmworkbench.ui.testing.FxUiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's big fits on Apache Spark in local mode ({@code local[2]}, from the settings), on generated customers
 * with five planted groups: Segments' k-means on Spark shows the segments (after a first Spark fit was cancelled
 * from the jobs panel while Spark started), and Baskets' FP-growth on Spark gives the rules the local engine gives.
 * One Spark session for the whole test (it takes seconds to start).
 */
class SparkWindowTest extends FxUiTest {
    private final PooledJobRunner jobs = PooledJobRunner.forJavaFx();
    private final FitEngineSession engines = new FitEngineSession(new FitEngines());
    private Database db;

    @AfterEach
    void closeAll() {
        engines.close(); // the Spark session stops here, before the next test class starts its own
        jobs.close();
        if (db != null) {
            db.close();
        }
    }

    private int cards() {
        return onFx(() -> ((FlowPane) robot.lookup("#segment-cards").query()).getChildren().size());
    }

    @Test
    void segmentsAndBasketsFitOnSparkInTheWindow() throws Exception {
        db = GeneratedSample.open(appHomeDir, 600, 11);
        EngineChoice local2 = EngineChoice.spark("local[2]");
        settingsStore().save(WorkbenchSettings.defaults(Language.ENGLISH).withSpark(local2));
        DataSession session = new DataSession();
        SegmentsWorkspace segments = onFx(() -> new SegmentsWorkspace(session, jobs, engines));
        BasketWorkspace baskets = onFx(() -> new BasketWorkspace(session, jobs, engines));
        WorkbenchWindow window = onFx(() -> {
            WorkbenchWindow created = new WorkbenchWindow(new Stage(), List.of(segments, baskets), jobs,
                    settingsStore(), engines);
            created.show();
            created.stage().setWidth(1200);
            created.stage().setHeight(760);
            return created;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(local2, engines.sparkChoice(), "the window gives the engines the remembered master");
        onFx(() -> session.opened(db));
        SegmentsViewModel model = segments.viewModel();
        waitUntil("five segments on the local engine", () -> cards() == 5 && !model.busyProperty().get());

        RadioButton spark = find("#segment-engine-spark");
        assertFalse(onFx(spark::isDisabled), "Spark is part of this build");
        robot.clickOn(spark);
        assertEquals(EngineKind.SPARK, onFx(() -> model.form().engine().kind()));
        assertTrue(onFx(() -> this.<Label>find("#segment-engine-hint").getText()).contains("local[2]"));
        // Cancel in the jobs panel while the first Spark fit starts Spark
        waitUntil("the k-means run on Spark is under way", () -> segmentRun(window) != null);
        onFx(() -> segmentRun(window).cancel());
        waitUntil("the run stopped", () -> !model.runningProperty().get());
        assertTrue(onFx(() -> window.jobs().rows().stream().anyMatch(r -> r.nameProperty().get()
                .startsWith("Segment") && r.stateProperty().get() == JobState.CANCELLED)), "cancelled, not failed");

        onFx(() -> model.form().kProperty().set(4));
        long start = System.nanoTime();
        waitLong("four segments from Spark", () -> cards() == 4 && !model.busyProperty().get()
                && model.resultProperty().get() != null);
        System.out.printf("k-means on Spark in the window: %.1f s%n", (System.nanoTime() - start) / 1e9);
        assertEquals(4, onFx(() -> model.resultProperty().get().clustering().clusterCount()));
        assertTrue(engines.sparkOpen(), "the fit ran on Spark");

        onFx(() -> window.workbench().select(BasketWorkspace.ID));
        BasketViewModel basket = baskets.viewModel();
        waitUntil("rules mined on the local engine", () -> basket.resultProperty().get() != null
                && !basket.runningProperty().get());
        BasketResult localRules = onFx(() -> basket.resultProperty().get());
        robot.clickOn("#basket-engine-spark");
        start = System.nanoTime();
        waitLong("rules mined on Spark", () -> basket.resultProperty().get() != localRules
                && basket.resultProperty().get() != null && !basket.runningProperty().get());
        System.out.printf("FP-growth on Spark in the window: %.1f s%n", (System.nanoTime() - start) / 1e9);
        BasketResult sparkRules = onFx(() -> basket.resultProperty().get());
        assertEquals(localRules.itemsets().all().size(), sparkRules.itemsets().all().size());
        assertFalse(localRules.rules().isEmpty());
        assertEquals(described(localRules.rules()), described(sparkRules.rules()));
    }

    /** As {@link #waitUntil}, for a fit on Spark: its first fits can take longer on a busy machine. */
    private static void waitLong(String what, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (onFx(condition::getAsBoolean)) {
                return;
            }
            sleep(100);
        }
        org.junit.jupiter.api.Assertions.fail("timed out after 120 s waiting until " + what);
    }

    /** The segment run in the jobs panel, while it runs. */
    private static JobRow segmentRun(WorkbenchWindow window) {
        return window.jobs().rows().stream().filter(r -> r.stateProperty().get() == JobState.RUNNING
                && r.cancellableProperty().get() && r.nameProperty().get().startsWith("Segment")).findFirst()
                .orElse(null);
    }

    private static List<String> described(List<AssociationRule> rules) {
        return rules.stream().map(r -> Arrays.toString(r.antecedent()) + " => " + Arrays.toString(r.consequent())
                + " " + r.count() + String.format(" %.9f", r.confidence())).sorted().toList();
    }
}
