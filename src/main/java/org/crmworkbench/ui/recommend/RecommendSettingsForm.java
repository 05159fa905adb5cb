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
import org.crmworkbench.analysis.engine.EngineKind;
import org.crmworkbench.analysis.recommend.FactorSolver;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.analysis.recommend.Similarity;
import org.crmworkbench.present.recommend.RecommendationWording;
import org.crmworkbench.ui.engine.EngineOption;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.IntRange;
import org.crmworkbench.workflow.RecommendWorkflow;

/**
 * The values of the Recommend workspace's model panel: method, neighbours, similarity, factors, seed, N and the
 * engine. Their ranges are the settings records' ({@link RecommenderSettings#NEIGHBOURS}, ...), offered here for the
 * spinners. Apache Spark fits matrix factorisation by ALS only: choosing it switches the method to matrix
 * factorisation, and another method is then refused as {@code recommend --engine spark} refuses it.
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

    private final EngineOption engine;

    public RecommendSettingsForm(EngineOption engine) {
        this.engine = java.util.Objects.requireNonNull(engine, "engine");
        engine.kindProperty().addListener((o, before, after) -> {
            if (after == EngineKind.SPARK) {
                algorithm.set(RecommenderAlgorithm.MF);
            }
        });
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
        RecommenderSettings settings = RecommenderSettings.defaults(algorithm.get()).withNeighbours(neighbours.get())
                .withSimilarity(similarity.get()).withFactors(factors.get()).withSeed(seed.get());
        if (engine.kind() == EngineKind.SPARK) {
            settings = settings.withSolver(FactorSolver.ALS);
            RecommendWorkflow.checkEngine(engine.choice(), settings);
        }
        return settings;
    }

    /** Every property that changes the fitted model (not N, which only cuts the list). */
    Observable[] modelInputs() {
        return new Observable[] {algorithm, neighbours, similarity, factors, seed, engine.kindProperty()};
    }

    /** Where matrix factorisation is fitted: this machine or Apache Spark. */
    public EngineOption engine() {
        return engine;
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
