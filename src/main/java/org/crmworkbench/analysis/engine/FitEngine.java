package org.crmworkbench.analysis.engine;

import org.crmworkbench.analysis.basket.ItemsetMiner;
import org.crmworkbench.analysis.recommend.Recommender;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.analysis.recommend.Recommenders;
import org.crmworkbench.analysis.segment.KMeansFitter;

/**
 * An engine for the three fits that grow worst with the data: k-means, matrix factorisation by alternating least
 * squares, and frequent itemsets by FP-growth. Each gives its results in the local engine's records (a
 * {@code Clustering}, a {@code BiasedFactorModel}, {@code FrequentItemsets}), so everything after the fit (profiles,
 * charts, explanations, rules, saved runs, reports) is the same whichever engine ran it. Opened once and used for
 * many fits; closing it frees what it holds (a Spark session).
 */
public interface FitEngine extends AutoCloseable {

    /** The choice it was opened for. */
    EngineChoice choice();

    /** K-means on this engine. */
    KMeansFitter kMeans();

    /**
     * Biased matrix factorisation on this engine, with the settings' factors, epochs, regularisation and seed (the
     * local engine also offers SGD; Spark solves by ALS only).
     */
    Recommender factorisation(RecommenderSettings settings);

    /**
     * The method {@code settings} name: matrix factorisation on this engine, every other method in this process
     * (for the evaluation bench, which compares several).
     */
    default Recommender recommender(RecommenderSettings settings) {
        return settings.algorithm() == RecommenderAlgorithm.MF ? factorisation(settings)
                : Recommenders.create(settings);
    }

    /** Frequent itemsets by FP-growth on this engine. */
    ItemsetMiner itemsets();

    /** Frees what the engine holds; fits after this fail. */
    @Override
    void close();
}
