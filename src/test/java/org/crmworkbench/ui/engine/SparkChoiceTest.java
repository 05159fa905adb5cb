package org.crmworkbench.ui.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.crmworkbench.analysis.engine.EngineChoice;
import org.crmworkbench.analysis.engine.EngineKind;
import org.crmworkbench.analysis.recommend.FactorSolver;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.analysis.segment.FeatureMatrix;
import org.crmworkbench.analysis.segment.KMeansParameters;
import org.crmworkbench.analysis.segment.SegmentAlgorithm;
import org.crmworkbench.ui.basket.AlgorithmOption;
import org.crmworkbench.ui.basket.BasketSettingsForm;
import org.crmworkbench.ui.recommend.RecommendSettingsForm;
import org.crmworkbench.ui.segments.SegmentSettingsForm;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Choosing Apache Spark in the settings panes (with a stand-in Spark engine, so it runs in every build): what Spark
 * does not fit is refused with the command line's messages, Recommend and Baskets switch to what Spark fits, and
 * Spark fits run on a thread of their own on an engine reopened after its master changed.
 */
class SparkChoiceTest {
    @TempDir
    Path folder;

    private FitEngineSession session;
    private EngineOption option;

    @BeforeEach
    void engines() throws Exception {
        StandInSpark.OPENED.clear();
        session = new FitEngineSession(StandInSpark.engines(folder));
        option = new EngineOption(session);
    }

    @Test
    void segmentsOnSparkFitKMeansOnly() {
        SegmentSettingsForm form = new SegmentSettingsForm(option);
        form.algorithmProperty().set(SegmentAlgorithm.DBSCAN);
        form.settings(); // the local engine runs DBSCAN
        option.kindProperty().set(EngineKind.SPARK);
        BadParameterException e = assertThrows(BadParameterException.class, form::settings);
        assertEquals("segment.engine.kmeansOnly", e.messageKey());
        form.algorithmProperty().set(SegmentAlgorithm.GMM);
        assertEquals("segment.engine.kmeansOnly", assertThrows(BadParameterException.class, form::settings)
                .messageKey());
        form.algorithmProperty().set(SegmentAlgorithm.KMEANS);
        assertEquals(SegmentAlgorithm.KMEANS, form.settings().algorithm());
    }

    @Test
    void recommendOnSparkSwitchesToMatrixFactorisationByAlsAndRefusesOtherMethods() {
        RecommendSettingsForm form = new RecommendSettingsForm(option);
        assertEquals(RecommenderAlgorithm.HYBRID, form.algorithmProperty().get());
        assertEquals(FactorSolver.SGD, form.settings().withAlgorithm(RecommenderAlgorithm.MF).solver());
        option.kindProperty().set(EngineKind.SPARK);
        assertEquals(RecommenderAlgorithm.MF, form.algorithmProperty().get());
        assertEquals(FactorSolver.ALS, form.settings().solver());
        form.algorithmProperty().set(RecommenderAlgorithm.USER_KNN);
        BadParameterException e = assertThrows(BadParameterException.class, form::settings);
        assertEquals("recommend.engine.mfOnly", e.messageKey());
        option.kindProperty().set(EngineKind.LOCAL);
        assertEquals(RecommenderAlgorithm.USER_KNN, form.settings().algorithm());
    }

    @Test
    void basketsOnSparkMineWithFpGrowthOnly() {
        BasketSettingsForm form = new BasketSettingsForm(option);
        form.algorithmProperty().set(AlgorithmOption.ECLAT);
        option.kindProperty().set(EngineKind.SPARK);
        assertEquals(AlgorithmOption.FPGROWTH, form.algorithmProperty().get());
        form.algorithmProperty().set(AlgorithmOption.APRIORI);
        assertEquals("basket.engine.fpGrowthOnly", assertThrows(BadParameterException.class, form::settings)
                .messageKey());
    }

    @Test
    void sparkFitsRunOnTheirOwnThreadOnAnEngineReopenedWhenTheMasterChanges() {
        option.kindProperty().set(EngineKind.SPARK);
        session.useSpark(EngineChoice.spark("local[2]"));
        FeatureMatrix data = new FeatureMatrix(new double[] {0, 0, 0, 1, 10, 10, 10, 11}, 4, List.of("a", "b"));
        KMeansParameters two = new KMeansParameters(2, 2, 50, 1e-6, 7);
        assertEquals(2, option.engine().kMeans().fit(data, two, Progress.none()).clusterCount());
        option.engine().kMeans().fit(data, two, Progress.none());
        assertEquals(1, StandInSpark.OPENED.size(), "one engine for both fits");
        StandInSpark.Engine first = StandInSpark.OPENED.get(0);
        assertEquals("spark-fit", first.fittedOn);
        assertEquals(EngineChoice.spark("local[2]"), first.choice());

        session.useSpark(EngineChoice.spark("spark://head:7077"));
        assertFalse(first.closed, "closed at the next Spark fit, not on the FX thread");
        option.engine().kMeans().fit(data, two, Progress.none());
        assertTrue(first.closed);
        assertEquals(2, StandInSpark.OPENED.size());
        assertNotSame(first, StandInSpark.OPENED.get(1));
        assertEquals("spark://head:7077", StandInSpark.OPENED.get(1).choice().master());

        session.close();
        assertTrue(StandInSpark.OPENED.get(1).closed);
    }

    @Test
    void aFitHandedOutKeepsTheEngineChosenThen() {
        var onLocal = option.engine().kMeans();
        option.kindProperty().set(EngineKind.SPARK);
        FeatureMatrix data = new FeatureMatrix(new double[] {0, 0, 0, 1, 10, 10, 10, 11}, 4, List.of("a", "b"));
        onLocal.fit(data, new KMeansParameters(2, 2, 50, 1e-6, 7), Progress.none());
        assertTrue(StandInSpark.OPENED.isEmpty(), "Spark was not opened for a local fit");
        assertEquals(EngineKind.SPARK, option.engine().choice().kind());
    }
}
