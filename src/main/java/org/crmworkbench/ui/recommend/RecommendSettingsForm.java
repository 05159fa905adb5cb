package org.crmworkbench.ui.recommend;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.analysis.recommend.Similarity;
import org.crmworkbench.present.recommend.RecommendationWording;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.IntRange;

/**
 * The values of the Recommend workspace's model panel: method, neighbours, similarity, factors, seed and N. Their
 * ranges are the settings records' ({@link RecommenderSettings#NEIGHBOURS}, ...), offered here for the spinners.
 */
public final class RecommendSettingsForm {

    private final ObjectProperty<RecommenderAlgorithm> algorithm =
            new SimpleObjectProperty<>(this, "algorithm", RecommenderAlgorithm.HYBRID);
    private final IntegerProperty neighbours = new SimpleIntegerProperty(this, "neighbours",
            RecommenderSettings.DEFAULT_NEIGHBOURS);
    private final ObjectProperty<Similarity> similarity =
            new SimpleObjectProperty<>(this, "similarity", RecommenderSettings.DEFAULT_SIMILARITY);
    private final IntegerProperty factors = new SimpleIntegerProperty(this, "factors", 20);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", RecommenderSettings.DEFAULT_SEED);
    private final IntegerProperty n = new SimpleIntegerProperty(this, "n", 10);
    private final SettingChoice<RecommenderAlgorithm> algorithmChoice;
    private final SettingChoice<Similarity> similarityChoice;
    private final BooleanBinding usesNeighbours = Bindings.createBooleanBinding(
            () -> algorithm.get().usesNeighbours() || algorithm.get() == RecommenderAlgorithm.HYBRID, algorithm);
    private final BooleanBinding usesFactors = Bindings.createBooleanBinding(
            () -> algorithm.get().usesFactors() || algorithm.get() == RecommenderAlgorithm.HYBRID, algorithm);

    public RecommendSettingsForm() {
        algorithmChoice = new SettingChoice<>(algorithm, List.of(RecommenderAlgorithm.values()),
                RecommenderAlgorithm::cliName, (m, a) -> new RecommendationWording(m).algorithm(a));
        similarityChoice = new SettingChoice<>(similarity, List.of(Similarity.values()), Similarity::cliName,
                (m, s) -> m.get("recommend.similarity." + s.cliName()));
    }

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

    /** The method, by name, for the method box. */
    public SettingChoice<RecommenderAlgorithm> algorithmChoice() {
        return algorithmChoice;
    }

    /** The similarity, by name, for the similarity box. */
    public SettingChoice<Similarity> similarityChoice() {
        return similarityChoice;
    }

    /** True when the method chosen reads the neighbour count and similarity. */
    public BooleanBinding usesNeighbours() {
        return usesNeighbours;
    }

    /** True when the method chosen reads the factor count. */
    public BooleanBinding usesFactors() {
        return usesFactors;
    }

    /** The accepted neighbour counts. */
    public IntRange neighboursRange() {
        return RecommenderSettings.NEIGHBOURS;
    }

    /** The accepted factor counts. */
    public IntRange factorsRange() {
        return RecommenderSettings.FACTORS;
    }

    /** The accepted list lengths. */
    public IntRange nRange() {
        return RecommenderSettings.N;
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
