package org.crmworkbench.ui.basket;

import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.crmworkbench.analysis.basket.BasketSettings;
import org.crmworkbench.analysis.basket.MiningAlgorithm;
import org.crmworkbench.analysis.engine.EngineKind;
import org.crmworkbench.ui.engine.EngineOption;
import org.crmworkbench.work.DoubleRange;
import org.crmworkbench.work.IntRange;
import org.crmworkbench.workflow.BasketWorkflow;

/**
 * The Baskets settings panel's values: min support and confidence, min and max length, the most items in a
 * consequent and the algorithm; {@link #settings()} turns them into {@link BasketSettings}, refusing bad ones with
 * the parameter named. The support slider covers {@link #SUPPORT_SLIDER_MIN} to {@link #SUPPORT_SLIDER_MAX} on a
 * log scale; the spinner takes the whole range. Apache Spark mines with FP-growth only: choosing it switches the
 * algorithm to FP-growth, and another is then refused as {@code rules --engine spark} refuses it.
 */
public final class BasketSettingsForm {
    /** Where the support slider's track starts and ends (the spinner goes further). */
    public static final double SUPPORT_SLIDER_MIN = 0.0001;
    public static final double SUPPORT_SLIDER_MAX = 0.5;
    static final double DEFAULT_SUPPORT = 0.001;
    static final double DEFAULT_CONFIDENCE = 0.05;

    private final DoubleProperty minSupport = new SimpleDoubleProperty(this, "minSupport", DEFAULT_SUPPORT);
    private final DoubleProperty minConfidence = new SimpleDoubleProperty(this, "minConfidence", DEFAULT_CONFIDENCE);
    private final IntegerProperty minLength = new SimpleIntegerProperty(this, "minLength", 1);
    private final IntegerProperty maxLength = new SimpleIntegerProperty(this, "maxLength", 10);
    private final IntegerProperty maxConsequent = new SimpleIntegerProperty(this, "maxConsequent", 1);
    private final ObjectProperty<AlgorithmOption> algorithm =
            new SimpleObjectProperty<>(this, "algorithm", AlgorithmOption.FPGROWTH);
    private final EngineOption engine;

    public BasketSettingsForm(EngineOption engine) {
        this.engine = java.util.Objects.requireNonNull(engine, "engine");
        engine.kindProperty().addListener((o, before, after) -> {
            if (after == EngineKind.SPARK) {
                algorithm.set(AlgorithmOption.FPGROWTH);
            }
        });
    }

    /** The settings as they stand; throws {@code BadParameterException} naming the parameter of a bad one. */
    public BasketSettings settings() {
        MiningAlgorithm a = algorithm.get() == null ? MiningAlgorithm.FPGROWTH : algorithm.get().algorithm();
        BasketSettings settings = new BasketSettings(minSupport.get(), minConfidence.get(), minLength.get(),
                maxLength.get(), maxConsequent.get(), a, BasketSettings.DEFAULT_MEMORY_CAP_MB);
        BasketWorkflow.checkEngine(engine.choice(), settings);
        return settings;
    }

    /** Every value whose change asks for mining again (the engine too). */
    Observable[] all() {
        return new Observable[] {minSupport, minConfidence, minLength, maxLength, maxConsequent, algorithm,
                engine.kindProperty()};
    }

    /** Where FP-growth runs: this machine or Apache Spark. */
    public EngineOption engine() {
        return engine;
    }

    public DoubleProperty minSupportProperty() {
        return minSupport;
    }

    public DoubleProperty minConfidenceProperty() {
        return minConfidence;
    }

    public IntegerProperty minLengthProperty() {
        return minLength;
    }

    public IntegerProperty maxLengthProperty() {
        return maxLength;
    }

    public IntegerProperty maxConsequentProperty() {
        return maxConsequent;
    }

    public ObjectProperty<AlgorithmOption> algorithmProperty() {
        return algorithm;
    }

    public DoubleRange supportRange() {
        return BasketSettings.SUPPORT;
    }

    public DoubleRange confidenceRange() {
        return BasketSettings.CONFIDENCE;
    }

    public IntRange minLengthRange() {
        return BasketSettings.MIN_LENGTH;
    }

    public IntRange maxLengthRange() {
        return BasketSettings.LENGTH;
    }

    public IntRange consequentRange() {
        return BasketSettings.CONSEQUENT;
    }
}
