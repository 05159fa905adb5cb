package org.crmworkbench.ui.recommend;

import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.analysis.recommend.Similarity;
import org.crmworkbench.work.BadParameterException;

/** The values of the Recommend workspace's model panel: method, neighbours, similarity, factors, seed and N. */
public final class RecommendSettingsForm {
    public static final int MAX_NEIGHBOURS = 200;
    public static final int MAX_N = 100;

    private final ObjectProperty<RecommenderAlgorithm> algorithm =
            new SimpleObjectProperty<>(this, "algorithm", RecommenderAlgorithm.HYBRID);
    private final IntegerProperty neighbours = new SimpleIntegerProperty(this, "neighbours", 20);
    private final ObjectProperty<Similarity> similarity =
            new SimpleObjectProperty<>(this, "similarity", Similarity.COSINE);
    private final IntegerProperty factors = new SimpleIntegerProperty(this, "factors", 20);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", RecommenderSettings.DEFAULT_SEED);
    private final IntegerProperty n = new SimpleIntegerProperty(this, "n", 10);

    /**
     * The model the form asks for.
     *
     * @throws BadParameterException naming the parameter that is out of range
     */
    public RecommenderSettings settings() {
        return RecommenderSettings.defaults(algorithm.get()).withNeighbours(neighbours.get())
                .withSimilarity(similarity.get()).withFactors(factors.get()).withSeed(seed.get());
    }

    /** Every property that changes the fitted model (not N, which only cuts the list). */
    Observable[] modelInputs() {
        return new Observable[] {algorithm, neighbours, similarity, factors, seed};
    }

    public ObjectProperty<RecommenderAlgorithm> algorithmProperty() {
        return algorithm;
    }

    public IntegerProperty neighboursProperty() {
        return neighbours;
    }

    public ObjectProperty<Similarity> similarityProperty() {
        return similarity;
    }

    public IntegerProperty factorsProperty() {
        return factors;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public IntegerProperty nProperty() {
        return n;
    }
}
