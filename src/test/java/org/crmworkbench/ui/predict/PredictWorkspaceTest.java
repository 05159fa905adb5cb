package org.crmworkbench.ui.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.GeneratedSample;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.jobs.JobState;
import org.crmworkbench.ui.testing.FxUiTest;
import org.crmworkbench.ui.testing.GatedJobRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Predict workspace in the real window at 1200x760 over generated sample data. */
class PredictWorkspaceTest extends FxUiTest {
    private final GatedJobRunner jobs = new GatedJobRunner("job.predict.compare");
    private Database db;

    @AfterEach
    void closeAll() {
        jobs.close();
        if (db != null) {
            db.close();
        }
    }

    private PredictViewModel openOverSample() throws Exception {
        db = GeneratedSample.open(appHomeDir, 400, 11);
        DataSession session = new DataSession();
        PredictWorkspace predict = onFx(() -> new PredictWorkspace(session, jobs));
        var window = openWindow(List.of(predict), jobs);
        onFx(() -> {
            window.stage().setWidth(1200);
            window.stage().setHeight(760);
        });
        onFx(() -> session.opened(db));
        return predict.viewModel();
    }

    private int rows(String id) {
        return onFx(() -> ((TableView<?>) robot.lookup(id).query()).getItems().size());
    }

    private String text(String id) {
        return onFx(() -> ((Label) robot.lookup(id).query()).getText());
    }

    @Test
    void olsShowsItsSummaryAndTheThresholdMovesTheCounts() throws Exception {
        PredictViewModel model = openOverSample();
        waitUntil("the OLS summary is shown", () -> rows("#predict-coefficients") == 5);
        assertTrue(text("#predict-summary").contains("Residual standard error"), text("#predict-summary"));
        assertTrue(text("#predict-metrics").contains("RMSE"));

        robot.clickOn(Messages.english().get("predict.tab.churn"));
        waitUntil("churn fitted", () -> !text("#churn-tp").isEmpty());
        String before = text("#churn-tp");
        onFx(() -> model.churn().thresholdProperty().set(0.99));
        assertNotEquals(before, text("#churn-tp"), "counts follow the threshold at once");
        assertEquals(ChurnViewModel.AT_RISK, rows("#predict-at-risk"));
    }

    @Test
    void aHeldComparisonCanBeCancelled() throws Exception {
        PredictViewModel model = openOverSample();
        waitUntil("fitted", () -> rows("#predict-coefficients") == 5);
        jobs.hold();
        onFx(() -> model.regression().compare());
        waitUntil("the comparison runs", () -> model.regression().comparingProperty().get());
        jobs.cancelAll();
        jobs.release();
        waitUntil("the comparison stopped", () -> !model.regression().comparingProperty().get());
        assertEquals(0, rows("#predict-regression-comparison"));
        assertEquals(Messages.english().get("predict.hint.compare"), onFx(() -> ((Label) ((TableView<?>) robot
                .lookup("#predict-regression-comparison").query()).getPlaceholder()).getText()),
                "an empty comparison says what to press, not \"No content in table\" (issue 20)");
        assertTrue(JobState.values().length > 0);
    }

    @Test
    void aBadSettingShowsANoticeNotAStackTrace() throws Exception {
        PredictViewModel model = openOverSample();
        waitUntil("fitted", () -> rows("#predict-coefficients") == 5);
        onFx(() -> {
            model.regression().form().lambdaProperty().set("abc");
            model.regression().form().modelProperty().set(org.crmworkbench.analysis.predict.RegressionModel.RIDGE);
            model.regression().fit();
        });
        Label notice = onFx(() -> (Label) robot.lookup(".notice").query());
        waitUntil("a notice", () -> notice.getText().contains("lambda"));
        assertTrue(notice.getStyleClass().contains("error"));
    }
}
