package org.crmworkbench.ui.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import org.crmworkbench.analysis.engine.EngineChoice;
import org.crmworkbench.analysis.engine.EngineKind;
import org.crmworkbench.analysis.engine.FitEngines;
import org.crmworkbench.analysis.segment.FeatureMatrix;
import org.crmworkbench.analysis.segment.KMeansParameters;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

/** The window's engines in a build without Spark (a class loader that finds no engine provider). */
class FitEngineSessionTest {
    /** Engines looked up in a class loader that sees nothing of the application: no Spark. */
    static FitEngines withoutSpark() {
        return new FitEngines(new URLClassLoader(new URL[0], null));
    }

    private final FitEngineSession session = new FitEngineSession(withoutSpark());

    @Test
    void withoutSparkTheLocalEngineIsThereAndSparkIsRefusedWithTheBuildCommand() {
        assertFalse(session.sparkAvailable());
        assertTrue(session.sparkDescription().isEmpty());
        assertEquals(EngineKind.LOCAL, session.open(EngineKind.LOCAL).choice().kind());
        BadParameterException e = assertThrows(BadParameterException.class, () -> session.open(EngineKind.SPARK));
        assertEquals("engine.spark.missing", e.messageKey());
        assertEquals(FitEngines.SPARK_BUILD_COMMAND, e.args()[0]);
        assertFalse(session.sparkOpen());
    }

    @Test
    void theSparkChoiceIsKeptForTheNextFitAndMustBeASparkOne() {
        EngineChoice cluster = new EngineChoice(EngineKind.SPARK, "spark://head:7077",
                Map.of("spark.executor.memory", "4g"));
        session.useSpark(cluster);
        assertEquals(cluster, session.sparkChoice());
        assertEquals(cluster, session.choice(EngineKind.SPARK));
        assertEquals(EngineChoice.local(), session.choice(EngineKind.LOCAL));
        assertThrows(IllegalArgumentException.class, () -> session.useSpark(EngineChoice.local()));
    }

    @Test
    void anOptionCannotChooseSparkInABuildWithoutItAndFitsLocally() {
        EngineOption option = new EngineOption(session);
        option.kindProperty().set(EngineKind.SPARK);
        assertEquals(EngineKind.LOCAL, option.kindProperty().get());
        assertEquals(EngineKind.LOCAL, option.engine().choice().kind());
        FeatureMatrix data = new FeatureMatrix(new double[] {0, 0, 0, 1, 10, 10, 10, 11}, 4, java.util.List.of("a", "b"));
        var clustering = option.engine().kMeans().fit(data, new KMeansParameters(2, 2, 50, 1e-6, 7), Progress.none());
        assertEquals(2, clustering.clusterCount());
        assertEquals(clustering.labels()[0], clustering.labels()[1]);
        assertEquals(clustering.labels()[2], clustering.labels()[3]);
    }

    @Test
    void closingTwiceIsHarmlessAndNoEngineOpensAfterwards() {
        session.close();
        session.close();
        assertThrows(IllegalStateException.class, () -> session.open(EngineKind.SPARK));
        assertSame(EngineKind.LOCAL, session.open(EngineKind.LOCAL).choice().kind());
    }
}
