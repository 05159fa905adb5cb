package org.crmworkbench.ui.segments;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.util.StringConverter;
import org.crmworkbench.analysis.engine.EngineKind;
import org.crmworkbench.analysis.segment.DbscanParameters;
import org.crmworkbench.analysis.segment.KMeansParameters;
import org.crmworkbench.analysis.segment.OutlierRules;
import org.crmworkbench.analysis.segment.Scaling;
import org.crmworkbench.analysis.segment.SegmentAlgorithm;
import org.crmworkbench.analysis.segment.SegmentationSettings;
import org.crmworkbench.model.SegmentRunRecord;
import org.crmworkbench.ui.engine.EngineOption;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.DoubleRange;
import org.crmworkbench.work.IntRange;
import org.crmworkbench.workflow.SegmentRequest;
import org.crmworkbench.workflow.SegmentWorkflow;

/**
 * The values of the Segments workspace's settings panel: scaling, method and its parameters, outlier rules, and the
 * engine k-means runs on. The spinners take their limits from the parameters' ranges, which the analysis's parameter
 * records declare. On Apache Spark, a method other than k-means is refused as {@code segment --engine spark} refuses
 * it.
 */
public final class SegmentSettingsForm {
    /** The number of segments. */
    public static final IntRange K = KMeansParameters.K;
    /** The largest k the k slider shows (the spinner takes any k in {@link #K}). */
    public static final int K_ON_SLIDER = 15;
    public static final DoubleRange EPS = DbscanParameters.EPS;
    public static final IntRange MIN_PTS = DbscanParameters.MIN_PTS;
    public static final DoubleRange Z = OutlierRules.Z;
    public static final DoubleRange IQR = OutlierRules.IQR;
    /** The seeds the seed spinner offers (a whole-number spinner; the command line takes any long). */
    public static final IntRange SEED = IntRange.SEEDS;

    private final ObjectProperty<Scaling> scaling = new SimpleObjectProperty<>(this, "scaling", Scaling.ZSCORE);
    private final ObjectProperty<SegmentAlgorithm> algorithm =
            new SimpleObjectProperty<>(this, "algorithm", SegmentAlgorithm.KMEANS);
    private final IntegerProperty k = new SimpleIntegerProperty(this, "k", 5);
    private final DoubleProperty eps = new SimpleDoubleProperty(this, "eps", 0.5);
    private final IntegerProperty minPts = new SimpleIntegerProperty(this, "minPts", 10);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", SegmentationSettings.DEFAULT_SEED);
    private final DoubleProperty zThreshold = new SimpleDoubleProperty(this, "zThreshold", 3);
    private final DoubleProperty iqrMultiplier = new SimpleDoubleProperty(this, "iqrMultiplier", 1.5);
    private final StringProperty scalingKey = new SimpleStringProperty(this, "scalingKey");
    private final StringProperty algorithmKey = new SimpleStringProperty(this, "algorithmKey");
    private final BooleanBinding takesK = Bindings.createBooleanBinding(() -> algorithm.get().takesK(), algorithm);
    private final BooleanBinding scoresK = algorithm.isEqualTo(SegmentAlgorithm.KMEANS);

    private final EngineOption engine;

    public SegmentSettingsForm(EngineOption engine) {
        this.engine = java.util.Objects.requireNonNull(engine, "engine");
        Bindings.bindBidirectional(scalingKey, scaling, keys(Scaling::key, Scaling::fromKey));
        Bindings.bindBidirectional(algorithmKey, algorithm, keys(SegmentAlgorithm::key, SegmentAlgorithm::fromKey));
    }

    private static <T> StringConverter<T> keys(Function<T, String> key, Function<String, T> fromKey) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? null : key.apply(value);
            }

            @Override
            public T fromString(String text) {
                return text == null ? null : fromKey.apply(text);
            }
        };
    }

    /**
     * The run the form asks for.
     *
     * @throws BadParameterException naming the parameter that is out of range
     */
    public SegmentationSettings settings() {
        SegmentationSettings settings = switch (algorithm.get()) {
            case KMEANS -> new SegmentationSettings(SegmentAlgorithm.KMEANS, k.get(), 0, 0,
                    KMeansParameters.DEFAULT_RESTARTS, seed.get());
            case DBSCAN -> SegmentationSettings.dbscan(eps.get(), minPts.get());
            case GMM -> SegmentationSettings.gmm(k.get(), seed.get());
        };
        if (engine.kind() != EngineKind.LOCAL) {
            boolean takesK = settings.algorithm().takesK();
            SegmentWorkflow.checkEngine(engine.choice(), new SegmentRequest(List.of(), scaling.get(),
                    settings.algorithm(), settings.k(), settings.k(), takesK ? null : settings.eps(),
                    settings.minPts(), settings.restarts(), settings.seed(), zThreshold.get(), iqrMultiplier.get()));
        }
        return settings;
    }

    /** Where k-means runs: this machine or Apache Spark. */
    public EngineOption engine() {
        return engine;
    }

    /** The outlier rules the form asks for. */
    public OutlierRules outlierRules() {
        return new OutlierRules(zThreshold.get(), iqrMultiplier.get());
    }

    /** Fills the form with a saved run's parameters. */
    void apply(SegmentRunRecord run) {
        scaling.set(Scaling.fromKey(run.scaling()));
        algorithm.set(SegmentAlgorithm.fromKey(run.algorithm()));
        if (run.k() != null) {
            k.set(run.k());
        }
        if (run.eps() != null) {
            eps.set(run.eps());
            minPts.set(run.minPts());
        }
        seed.set(run.seed());
    }

    /** The scalings the panel offers, by key ({@code zscore}, ...). */
    public List<String> scalingKeys() {
        return Arrays.stream(Scaling.values()).map(Scaling::key).toList();
    }

    /** The methods the panel offers, by key ({@code kmeans}, ...). */
    public List<String> algorithmKeys() {
        return Arrays.stream(SegmentAlgorithm.values()).map(SegmentAlgorithm::key).toList();
    }

    /** The scaling's key, bound both ways to {@link #scalingProperty()}. */
    public StringProperty scalingKeyProperty() {
        return scalingKey;
    }

    /** The method's key, bound both ways to {@link #algorithmProperty()}. */
    public StringProperty algorithmKeyProperty() {
        return algorithmKey;
    }

    /** True while the method takes k (k-means, GMM), false for DBSCAN. */
    public BooleanBinding takesKProperty() {
        return takesK;
    }

    /** True while the method is k-means, whose k can be scored. */
    public BooleanBinding scoresKProperty() {
        return scoresK;
    }

    public ObjectProperty<Scaling> scalingProperty() {
        return scaling;
    }

    public ObjectProperty<SegmentAlgorithm> algorithmProperty() {
        return algorithm;
    }

    public IntegerProperty kProperty() {
        return k;
    }

    public DoubleProperty epsProperty() {
        return eps;
    }

    public IntegerProperty minPtsProperty() {
        return minPts;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public DoubleProperty zThresholdProperty() {
        return zThreshold;
    }

    public DoubleProperty iqrMultiplierProperty() {
        return iqrMultiplier;
    }
}
