package org.crmworkbench.analysis.engine;

import org.crmworkbench.analysis.basket.ItemsetMiner;
import org.crmworkbench.analysis.recommend.MatrixFactorization;
import org.crmworkbench.analysis.recommend.Recommender;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.analysis.segment.KMeans;
import org.crmworkbench.analysis.segment.KMeansFitter;

/** The default engine: every fit in this process, on this machine's cores. Holds nothing. */
final class LocalFitEngine implements FitEngine {
    private final EngineChoice choice = EngineChoice.local();

    @Override
    public EngineChoice choice() {
        return choice;
    }

    @Override
    public KMeansFitter kMeans() {
        return new KMeans();
    }

    @Override
    public Recommender factorisation(RecommenderSettings settings) {
        return new MatrixFactorization(settings);
    }

    @Override
    public ItemsetMiner itemsets() {
        return ItemsetMiner.local();
    }

    @Override
    public void close() {
        // nothing held
    }
}
