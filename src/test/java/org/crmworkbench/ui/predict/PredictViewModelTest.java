package org.crmworkbench.ui.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.crmworkbench.analysis.predict.ConfusionMatrix;
import org.crmworkbench.analysis.predict.RegressionModel;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.GeneratedSample;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.CustomerHistory;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.jobs.SameThreadJobRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Predict view models without the FX thread, jobs run at once, over generated sample data. */
class PredictViewModelTest {
    @TempDir
    static Path dir;
    private static Database db;

    @BeforeAll
    static void sample() throws Exception {
        db = GeneratedSample.open(dir, 400, 7);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private PredictViewModel open() {
        DataSession session = new DataSession();
        PredictViewModel model = new PredictViewModel(session, new SameThreadJobRunner(), Messages::english);
        assertEquals(PredictViewModel.Phase.WAITING_FOR_DATA, model.phaseProperty().get());
        session.opened(db);
        return model;
    }

    @Test
    void openingReadsTheHistoryAndFitsBothTabs() {
        PredictViewModel model = open();
        assertEquals(PredictViewModel.Phase.READY, model.phaseProperty().get());
        RegressionViewModel spend = model.regression();
        assertEquals(CustomerHistory.NEXT_SPEND, spend.form().targetProperty().get());
        assertTrue(spend.choices().targets().contains(CustomerHistory.NEXT_ORDERS));
        assertTrue(spend.choices().features().stream().noneMatch(f -> f.name().equals(CustomerHistory.CHURNED)),
                "outcomes are no features");
        assertNotNull(spend.resultProperty().get().summary(), "OLS comes with its summary");
        assertEquals(RegressionModel.OLS, spend.resultProperty().get().settings().model());
        assertEquals(CustomerHistory.CHURNED, model.churn().form().targetProperty().get());
        assertEquals(model.churn().resultProperty().get().threshold(), model.churn().thresholdProperty().get());
        assertEquals(ChurnViewModel.AT_RISK, model.churn().atRisk().size());
        double first = model.churn().atRisk().get(0).score();
        assertTrue(model.churn().atRisk().stream().allMatch(r -> r.score() <= first), "highest risk first");
        assertEquals(3, model.churn().atRisk().get(0).factors().size());
    }

    @Test
    void movingTheThresholdRecountsTheConfusionMatrix() {
        ChurnViewModel churn = open().churn();
        ConfusionMatrix before = churn.confusionProperty().get();
        churn.thresholdProperty().set(0.999);
        ConfusionMatrix strict = churn.confusionProperty().get();
        assertEquals(before.total(), strict.total());
        assertTrue(strict.truePositives() + strict.falsePositives()
                < before.truePositives() + before.falsePositives(), "a higher threshold calls fewer");
        churn.thresholdProperty().set(0);
        assertEquals(0, churn.confusionProperty().get().trueNegatives() + churn.confusionProperty().get()
                .falseNegatives(), "threshold 0 calls everyone");
    }

    @Test
    void comparisonScoresEverModelAndHighlightsTheBest() {
        PredictViewModel model = open();
        model.regression().compare();
        assertEquals(RegressionModel.values().length, model.regression().comparison().size());
        assertTrue(model.regression().bestProperty().get() >= 0);
        model.churn().compare();
        assertEquals(3, model.churn().comparison().size());
    }

    @Test
    void aBadSettingIsANoticeNamingTheParameterAndChangingTheWindowReloads() {
        PredictViewModel model = open();
        RegressionViewModel spend = model.regression();
        spend.form().evaluation().foldsProperty().set(1);
        spend.fit();
        assertTrue(spend.noticeProperty().get().error());
        String text = spend.noticeProperty().get().text(Messages.english());
        assertTrue(text.contains("folds"), text);
        spend.form().evaluation().foldsProperty().set(5);

        CustomerHistory before = model.historyProperty().get();
        model.windowDaysProperty().set(90);
        assertNotEquals(before, model.historyProperty().get());
        assertEquals(90, model.historyProperty().get().windowDays());
        assertNotNull(spend.resultProperty().get(), "refitted on the new history");
    }

    @Test
    void noFeatureLeftBesideTheTargetIsANoticeNotAResult() {
        PredictViewModel model = open();
        RegressionViewModel spend = model.regression();
        spend.choices().features().forEach(f -> f.selectedProperty().set(false));
        spend.choices().features().stream().filter(f -> f.name().equals("recency_days")).findFirst().orElseThrow()
                .selectedProperty().set(true);
        spend.form().targetProperty().set("recency_days");
        spend.fit();
        assertNull(spend.resultProperty().get());
        assertTrue(spend.noticeProperty().get().error());
    }
}
