package org.crmworkbench.ui.predict;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import org.crmworkbench.analysis.predict.Evaluation;
import org.crmworkbench.work.DoubleRange;
import org.crmworkbench.work.IntRange;

/** The evaluation part of a Predict settings form: seed, share held out, cross-validation folds. */
public final class EvaluationForm {
    private final LongProperty seed = new SimpleLongProperty(this, "seed", Evaluation.DEFAULT_SEED);
    private final DoubleProperty testShare = new SimpleDoubleProperty(this, "testShare",
            Evaluation.DEFAULT_TEST_SHARE);
    private final IntegerProperty folds = new SimpleIntegerProperty(this, "folds", Evaluation.DEFAULT_FOLDS);

    /** @throws org.crmworkbench.work.BadParameterException naming the value out of range */
    public Evaluation evaluation() {
        return new Evaluation(testShare.get(), folds.get(), seed.get());
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public DoubleProperty testShareProperty() {
        return testShare;
    }

    public IntegerProperty foldsProperty() {
        return folds;
    }

    /** The folds the spinner offers: 0 (no cross-validation) up to the most accepted. */
    public IntRange foldsRange() {
        return new IntRange(Evaluation.FOLDS.parameter(), 0, Evaluation.FOLDS.max());
    }

    public DoubleRange testShareRange() {
        return Evaluation.TEST_SHARE;
    }

    public IntRange seedRange() {
        return Evaluation.SEED;
    }
}
