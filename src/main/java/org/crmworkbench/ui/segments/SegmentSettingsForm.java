package org.crmworkbench.ui.segments;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.crmworkbench.analysis.segment.KMeansParameters;
import org.crmworkbench.analysis.segment.OutlierRules;
import org.crmworkbench.analysis.segment.Scaling;
import org.crmworkbench.analysis.segment.SegmentAlgorithm;
import org.crmworkbench.analysis.segment.SegmentationSettings;
import org.crmworkbench.model.SegmentRunRecord;
import org.crmworkbench.work.BadParameterException;

/** The values of the Segments workspace's settings panel: scaling, method and its parameters, outlier rules. */
public final class SegmentSettingsForm {
    private final ObjectProperty<Scaling> scaling = new SimpleObjectProperty<>(this, "scaling", Scaling.ZSCORE);
    private final ObjectProperty<SegmentAlgorithm> algorithm =
            new SimpleObjectProperty<>(this, "algorithm", SegmentAlgorithm.KMEANS);
    private final IntegerProperty k = new SimpleIntegerProperty(this, "k", 5);
    private final DoubleProperty eps = new SimpleDoubleProperty(this, "eps", 0.5);
    private final IntegerProperty minPts = new SimpleIntegerProperty(this, "minPts", 10);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", SegmentationSettings.DEFAULT_SEED);
    private final DoubleProperty zThreshold = new SimpleDoubleProperty(this, "zThreshold", 3);
    private final DoubleProperty iqrMultiplier = new SimpleDoubleProperty(this, "iqrMultiplier", 1.5);

    /**
     * The run the form asks for.
     *
     * @throws BadParameterException naming the parameter that is out of range
     */
    public SegmentationSettings settings() {
        return switch (algorithm.get()) {
            case KMEANS -> new SegmentationSettings(SegmentAlgorithm.KMEANS, k.get(), 0, 0,
                    KMeansParameters.DEFAULT_RESTARTS, seed.get());
            case DBSCAN -> SegmentationSettings.dbscan(eps.get(), minPts.get());
            case GMM -> SegmentationSettings.gmm(k.get(), seed.get());
        };
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
