package org.crmworkbench.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.crmworkbench.analysis.basket.BasketAnalysis;
import org.crmworkbench.analysis.basket.BasketSettings;
import org.crmworkbench.analysis.basket.FrequentItemsets;
import org.crmworkbench.analysis.basket.Itemset;
import org.crmworkbench.analysis.basket.Transactions;
import org.crmworkbench.analysis.recommend.FactorSolver;
import org.crmworkbench.analysis.recommend.MatrixFactorization;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.analysis.segment.KMeans;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

class FitEnginesTest {
    /** A class loader that sees none of the application's service files: a build without the Spark engine. */
    private final FitEngines withoutSpark = new FitEngines(new URLClassLoader(new URL[0], null));

    @Test
    void theLocalEngineIsAlwaysThereAndFitsInThisProcess() {
        try (FitEngine local = withoutSpark.open(EngineChoice.local())) {
            assertTrue(withoutSpark.available(EngineKind.LOCAL));
            assertInstanceOf(KMeans.class, local.kMeans());
            RecommenderSettings sgd = RecommenderSettings.defaults(RecommenderAlgorithm.MF);
            MatrixFactorization mf = assertInstanceOf(MatrixFactorization.class, local.factorisation(sgd));
            assertEquals(FactorSolver.SGD, mf.settings().solver(), "the local engine keeps the solver asked for");
            assertEquals(RecommenderAlgorithm.ITEM_KNN, local.recommender(RecommenderSettings
                    .defaults(RecommenderAlgorithm.ITEM_KNN)).settings().algorithm());
        }
    }

    @Test
    void sparkMissingFromTheBuildSaysHowToGetIt() {
        assertFalse(withoutSpark.available(EngineKind.SPARK));
        BadParameterException e = assertThrows(BadParameterException.class,
                () -> withoutSpark.open(EngineChoice.spark("local[2]")));
        assertEquals("engine", e.parameter());
        assertEquals("engine.spark.missing", e.messageKey());
        assertTrue(e.getMessage().contains("mvn -B -Pspark -DskipTests package"), e.getMessage());
    }

    @Test
    void theLocalMinerThroughTheSeamGivesWhatTheAnalysisMines() {
        Transactions baskets = Transactions.ofNumbered(new int[][] {{0, 1, 2}, {0, 1}, {1, 2}, {0, 2}, {0, 1, 2},
                {3}, {0, 3}}, 4);
        BasketSettings settings = BasketSettings.of(0.2, 0.1);
        FrequentItemsets direct = new BasketAnalysis().itemsets(baskets, settings, Progress.none());
        try (FitEngine local = withoutSpark.open(EngineChoice.local())) {
            assertEquals(direct.all(), local.itemsets().mine(baskets, settings, Progress.none()).all());
            assertEquals(new BasketAnalysis().run(baskets, settings, Progress.none()).rules(),
                    new BasketAnalysis(local.itemsets()).run(baskets, settings, Progress.none()).rules());
        }
    }

    @Test
    void itemsetsFoundElsewhereAreOrderedAsTheLocalMinersOrderThem() {
        Transactions baskets = Transactions.ofNumbered(new int[][] {{0, 1, 2}, {0, 1}, {1, 2}, {0, 2}, {0, 1, 2},
                {3, 4}, {0, 3, 4}, {2, 4}}, 5);
        FrequentItemsets local = new BasketAnalysis().itemsets(baskets, BasketSettings.of(0.1, 0.1), Progress.none());
        List<Itemset> shuffled = new java.util.ArrayList<>(local.all());
        java.util.Collections.reverse(shuffled);
        shuffled.replaceAll(s -> new Itemset(reversed(s.items()), s.count()));
        FrequentItemsets rebuilt = FrequentItemsets.of(local.transactions(), shuffled);
        assertEquals(local.all(), rebuilt.all());
        assertEquals(local.transactions(), rebuilt.transactions());
    }

    private static int[] reversed(int[] items) {
        int[] r = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            r[i] = items[items.length - 1 - i];
        }
        return r;
    }
}
