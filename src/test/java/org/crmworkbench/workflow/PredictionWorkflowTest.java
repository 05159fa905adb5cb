package org.crmworkbench.workflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.crmworkbench.analysis.predict.ClassBalance;
import org.crmworkbench.analysis.predict.ClassificationResult;
import org.crmworkbench.analysis.predict.ClassificationSettings;
import org.crmworkbench.analysis.predict.ClassifierModel;
import org.crmworkbench.analysis.predict.ClassifierScore;
import org.crmworkbench.analysis.predict.Coefficient;
import org.crmworkbench.analysis.predict.Evaluation;
import org.crmworkbench.analysis.predict.ModelScore;
import org.crmworkbench.analysis.predict.RegressionModel;
import org.crmworkbench.analysis.predict.RegressionResult;
import org.crmworkbench.analysis.predict.RegressionSettings;
import org.crmworkbench.analysis.predict.ScoreFactor;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.features.FeatureFileReader;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.Importer;
import org.crmworkbench.data.runs.PredictionRunStore;
import org.crmworkbench.data.sample.SampleDataGenerator;
import org.crmworkbench.data.sample.SampleDataSpec;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.CustomerHistory;
import org.crmworkbench.model.FeatureTable;
import org.crmworkbench.model.PredictionRunRecord;
import org.crmworkbench.work.AppVersion;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prediction workflow on planted data with known answers: a linear relation the regression must recover, log-odds
 * the classifier must recover, and a run saved from the sample database that reads back as it was stored.
 */
class PredictionWorkflowTest {
    private static final Evaluation EVALUATION = new Evaluation(0.25, 5, 7);

    @TempDir
    Path dir;

    static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** y = 3 + 2 x1 - 1.5 x2 + N(0, 0.5) on 300 rows, and a last row without y. */
    private FeatureTable plantedLine() throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        StringBuilder text = new StringBuilder("id,x1,x2,y\n");
        for (int i = 0; i < 300; i++) {
            double x1 = random.nextDouble(0, 10);
            double x2 = random.nextDouble(-5, 5);
            text.append("R").append(i).append(',').append(x1).append(',').append(x2).append(',')
                    .append(3 + 2 * x1 - 1.5 * x2 + 0.5 * gaussian(random)).append('\n');
        }
        text.append("NEW,1,1,\n");
        return new FeatureFileReader().read(Files.writeString(dir.resolve("line.csv"), text.toString()),
                Progress.none()).table();
    }

    /** P(y = 1) = 1 / (1 + exp(-(-1 + 1.5 x1 - 0.8 x2))); x3 is noise. */
    private FeatureTable plantedOdds() throws Exception {
        SplittableRandom random = new SplittableRandom(21);
        StringBuilder text = new StringBuilder("id,x1,x2,x3,y\n");
        for (int i = 0; i < 600; i++) {
            double x1 = gaussian(random);
            double x2 = gaussian(random);
            double x3 = gaussian(random);
            int y = random.nextDouble() < 1 / (1 + Math.exp(1 - 1.5 * x1 + 0.8 * x2)) ? 1 : 0;
            text.append("C").append(i).append(',').append(x1).append(',').append(x2).append(',').append(x3)
                    .append(',').append(y).append('\n');
        }
        return new FeatureFileReader().read(Files.writeString(dir.resolve("odds.csv"), text.toString()),
                Progress.none()).table();
    }

    @Test
    void theRegressionRecoversThePlantedLineAndPredictsEveryRow() throws Exception {
        PredictionRows rows = PredictionRows.ofTable(plantedLine(), "y", List.of("x1", "x2"), false);
        var workflow = PredictionWorkflow.regression(EVALUATION);
        RegressionResult fit = workflow.fit(rows.data(), RegressionSettings.of(RegressionModel.OLS), Progress.none());
        double[] planted = {3, 2, -1.5};
        for (int k = 0; k < 3; k++) {
            Coefficient c = fit.coefficients().get(k);
            assertEquals(planted[k], c.estimate(), 4 * c.stdError(), c.term());
        }
        assertEquals(5, fit.folds().size());
        double[] predicted = workflow.score(fit, rows.scoring());
        assertEquals(301, predicted.length, "every row, the one without y too");
        assertEquals(3 + 2 - 1.5, predicted[300], 0.3);
        assertTrue(workflow.metrics(fit, Double.NaN, List.of()).contains("\"model\" : \"ols\""));
    }

    @Test
    void theComparisonScoresEveryRegressionAndALinearModelWinsOnALine() throws Exception {
        PredictionRows rows = PredictionRows.ofTable(plantedLine(), "y", List.of("x1", "x2"), false);
        var workflow = PredictionWorkflow.regression(new Evaluation(0.25, 3, 7));
        List<ModelScore> scores = workflow.compare(rows.data(),
                new RegressionSettings(RegressionModel.OLS, 2, Double.NaN, 30), Progress.none());
        assertEquals(List.of(RegressionModel.values()), scores.stream().map(s -> s.settings().model()).toList());
        int best = workflow.best(scores);
        assertTrue(Set.of("ols", "ridge", "lasso", "poly").contains(scores.get(best).settings().model().key()),
                scores.get(best).settings().model().key());
        assertTrue(scores.get(best).cvRmse() < 0.7, "the noise is 0.5: " + scores.get(best).cvRmse());
        assertEquals(-1, workflow.best(List.of()));
    }

    @Test
    void theClassifierRecoversThePlantedOddsAndNamesEachRowsFactors() throws Exception {
        PredictionRows rows = PredictionRows.ofTable(plantedOdds(), "y", List.of("x1", "x2", "x3"), false);
        var workflow = PredictionWorkflow.classification(EVALUATION);
        ClassificationResult fit = workflow.fit(rows.data(),
                new ClassificationSettings(ClassifierModel.LOGISTIC, ClassBalance.NONE, 0, 200), Progress.none());
        double[] planted = {-1, 1.5, -0.8, 0};
        for (int k = 0; k < 4; k++) {
            Coefficient c = fit.coefficients().get(k);
            assertEquals(planted[k], c.estimate(), 4 * c.stdError(), c.term());
        }
        assertTrue(fit.roc().auc() > 0.75, "AUC " + fit.roc().auc());
        double[][] encoded = workflow.encode(fit, rows.scoring());
        double[] scores = workflow.score(fit, encoded);
        assertEquals(600, scores.length);
        assertTrue(java.util.Arrays.stream(scores).allMatch(s -> s >= 0 && s <= 1));
        List<List<ScoreFactor>> factors = PredictionWorkflow.factors(fit, encoded, Progress.none());
        assertEquals(600, factors.size());
        assertTrue(factors.stream().allMatch(f -> f.size() == PredictionWorkflow.FACTORS));
        assertEquals(600, rows.actual().length, "the file's own target is kept beside the scores");

        List<ClassifierScore> compared = PredictionWorkflow.classification(new Evaluation(0.25, 3, 7)).compare(
                rows.data(), new ClassificationSettings(ClassifierModel.LOGISTIC, ClassBalance.WEIGHTS, 0, 30),
                Progress.none());
        assertEquals(ClassifierModel.values().length, compared.size());
        assertEquals("logistic", compared.get(workflow.best(compared)).settings().model().key(),
                "the truth is logistic");
    }

    @Test
    void aRunFromTheSampleDatabaseIsSavedWithItsScoresAndVersion() throws Exception {
        Path data = dir.resolve("sample");
        new SampleDataGenerator(SampleDataSpec.defaults(200, 5)).writeTo(data, false, Progress.none());
        try (Database db = Database.openFile(dir.resolve("db").resolve("workbench"))) {
            new Importer(db, Messages.english()).importDirectory(data, ImportOptions.defaults(), Progress.none());
            CustomerHistory history = PredictionWorkflow.readHistory(db, 120, Progress.none());
            assertEquals(120, history.windowDays());
            PredictionRows rows = PredictionRows.ofHistory(history, CustomerHistory.CHURNED, null);
            assertTrue(rows.defaults());
            var workflow = PredictionWorkflow.classification(EVALUATION);
            ClassificationResult fit = workflow.fit(rows.data(), ClassificationSettings.of(ClassifierModel.LOGISTIC),
                    Progress.none());
            double[] scores = workflow.score(fit, rows.scoring());
            String metrics = workflow.metrics(fit, fit.threshold(), List.of());
            PredictionRunRecord stored = workflow.save(db, workflow.run(fit, history, metrics, scores,
                    java.time.Instant.now()));
            PredictionRunRecord back = new PredictionRunStore(db).latest(PredictionRunRecord.CLASSIFICATION)
                    .orElseThrow();
            assertEquals(stored.id(), back.id());
            assertEquals("logistic", back.model());
            assertEquals(CustomerHistory.CHURNED, back.target());
            assertEquals(AppVersion.current(), back.appVersion());
            assertEquals(EVALUATION.seed(), back.seed());
            assertEquals(120, back.windowDays());
            assertArrayEquals(history.current().customerIds(), back.customerIds());
            assertArrayEquals(scores, back.values(), 1e-12);
            assertNotNull(back.metrics());

            BadParameterException outcome = assertThrows(BadParameterException.class,
                    () -> PredictionRows.ofHistory(history, CustomerHistory.NEXT_SPEND, List.of("next_orders")));
            assertEquals("features", outcome.parameter());
        }
    }

    @Test
    void parameterRangesAreWrittenOnceAndTheMessagesKeepTheirWording() {
        BadParameterException degree = assertThrows(BadParameterException.class,
                () -> new RegressionSettings(RegressionModel.POLYNOMIAL, RegressionSettings.DEGREE.max() + 1,
                        Double.NaN, 200));
        assertEquals("The degree must be between 2 and 5, got 6.",
                Messages.english().get(degree.messageKey(), degree.args()));
        BadParameterException trees = assertThrows(BadParameterException.class,
                () -> new ClassificationSettings(ClassifierModel.RANDOM_FOREST, ClassBalance.NONE, 0, 5));
        assertEquals("Trees must be between 10 and 2000, got 5.",
                Messages.english().get(trees.messageKey(), trees.args()));
        BadParameterException folds = assertThrows(BadParameterException.class, () -> new Evaluation(0.25, 1, 1));
        assertEquals("Folds must be between 2 and 20 (or 0 to skip cross-validation), got 1.",
                Messages.english().get(folds.messageKey(), folds.args()));
        BadParameterException share = assertThrows(BadParameterException.class, () -> new Evaluation(0.9, 5, 1));
        assertEquals("The test share must be between 0.05 and 0.5, got 0.9.",
                Messages.english().get(share.messageKey(), share.args()));
        assertEquals(ClassificationSettings.TREES, RegressionSettings.TREES);
        assertTrue(ClassificationSettings.THRESHOLD.contains(0) && ClassificationSettings.THRESHOLD.contains(1));
    }
}
