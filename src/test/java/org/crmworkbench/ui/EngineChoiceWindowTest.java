package org.crmworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.crmworkbench.analysis.engine.EngineChoice;
import org.crmworkbench.analysis.engine.FitEngines;
import org.crmworkbench.ui.basket.BasketWorkspace;
import org.crmworkbench.ui.engine.FitEngineSession;
import org.crmworkbench.ui.jobs.PooledJobRunner;
import org.crmworkbench.ui.recommend.RecommendWorkspace;
import org.crmworkbench.ui.segments.SegmentsWorkspace;
import org.crmworkbench.ui.settings.SettingsDialog;
import org.crmworkbench.ui.testing.FxUiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The engine choice in the window of a build without Apache Spark (the engines are looked up in a class loader
 * that finds no Spark provider, whatever this build has): Segments, Recommend and Baskets offer Local and a
 * disabled Apache Spark with the command that builds it; Settings says the same and checks the Spark master.
 */
class EngineChoiceWindowTest extends FxUiTest {
    private PooledJobRunner jobs;
    private FitEngineSession engines;
    private WorkbenchWindow window;

    @BeforeEach
    void open() {
        jobs = PooledJobRunner.forJavaFx();
        engines = new FitEngineSession(new FitEngines(new URLClassLoader(new URL[0], null)));
        DataSession session = new DataSession();
        window = onFx(() -> {
            List<Workspace> workspaces = List.of(new SegmentsWorkspace(session, jobs, engines),
                    new RecommendWorkspace(session, jobs, engines), new BasketWorkspace(session, jobs, engines));
            WorkbenchWindow created = new WorkbenchWindow(new Stage(), workspaces, jobs, settingsStore(), engines);
            created.show();
            return created;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() {
        jobs.close();
    }

    @Test
    void everyBigFitOffersLocalAndADisabledSparkWithTheBuildCommand() {
        for (String[] pane : new String[][] {{"segments", "segment"}, {"recommend", "recommend"},
                {"baskets", "basket"}}) {
            onFx(() -> window.workbench().select(pane[0]));
            WaitForAsyncUtils.waitForFxEvents();
            RadioButton local = find("#" + pane[1] + "-engine-local");
            RadioButton spark = find("#" + pane[1] + "-engine-spark");
            assertTrue(onFx(local::isSelected), pane[0]);
            assertEquals("Local", onFx(local::getText));
            assertEquals("Apache Spark", onFx(spark::getText));
            assertTrue(onFx(spark::isDisabled), pane[0] + ": Spark is not part of this build");
            Label hint = find("#" + pane[1] + "-engine-hint");
            assertTrue(onFx(hint::isVisible));
            assertEquals("Apache Spark is not part of this build: build with " + FitEngines.SPARK_BUILD_COMMAND,
                    onFx(hint::getText));
        }
        onFx(() -> window.workbench().select("recommend"));
        assertTrue(onFx(() -> this.<RadioButton>find("#evaluation-engine-spark").isDisabled()),
                "the evaluation's choice too");
    }

    @Test
    void settingsTellThatSparkIsMissingCheckTheMasterAndRememberIt() {
        SettingsDialog dialog = onFx(() -> window.openSettings());
        WaitForAsyncUtils.waitForFxEvents();
        Label status = find("#settings-engine-status");
        assertEquals("Apache Spark is not part of this build: build with " + FitEngines.SPARK_BUILD_COMMAND,
                onFx(status::getText));
        TextField master = find("#settings-spark-master");
        assertEquals("local[*]", onFx(() -> master.getText()));
        Label problem = find("#settings-engine-problem");
        assertFalse(onFx(problem::isVisible));

        onFx(() -> master.setText("spark:/head"));
        assertTrue(onFx(problem::isVisible));
        assertEquals("'spark:/head' is not a Spark master; expected local[*], local[N], spark://host:7077 or yarn.",
                onFx(problem::getText));
        robot.clickOn("#settings-ok");
        assertTrue(onFx(() -> dialog.stage().isShowing()), "a bad master keeps the dialog open");

        onFx(() -> master.setText("spark://head:7077"));
        onFx(() -> this.<javafx.scene.control.TextArea>find("#settings-spark-conf")
                .setText("spark.executor.memory=4g"));
        assertFalse(onFx(problem::isVisible));
        robot.clickOn("#settings-ok");
        assertFalse(onFx(() -> dialog.stage().isShowing()));
        EngineChoice expected = EngineChoice.parse("spark", "spark://head:7077", List.of("spark.executor.memory=4g"));
        assertEquals(expected, engines.sparkChoice(), "the next Spark fit goes there");
        assertEquals(expected, settingsStore().load().spark(), "and it is remembered");
    }
}
