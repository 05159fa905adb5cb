package org.crmworkbench.ui.predict;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.crmworkbench.analysis.predict.RegressionSettings;
import org.crmworkbench.work.IntRange;

/**
 * What both Predict tabs' settings have: the target, the model (as a {@link KeyedChoice}), the penalty as typed,
 * the trees, and the evaluation; each tab's form adds its own knobs and says which rows its model uses.
 *
 * @param <S> the settings the form makes
 */
public abstract class PredictionForm<S> {
    private final StringProperty target;
    private final StringProperty lambda = new SimpleStringProperty(this, "lambda", "");
    private final IntegerProperty trees;
    private final EvaluationForm evaluation = new EvaluationForm();

    PredictionForm(String target, int trees) {
        this.target = new SimpleStringProperty(this, "target", target);
        this.trees = new SimpleIntegerProperty(this, "trees", trees);
    }

    /** @throws org.crmworkbench.work.BadParameterException naming the knob out of range */
    public abstract S settings();

    /** The model choice as the view binds it. */
    public abstract KeyedChoice<?> modelChoice();

    /** True while the chosen model uses the penalty. */
    public abstract ObservableBooleanValue lambdaShown();

    /** True while the chosen model grows trees. */
    public abstract ObservableBooleanValue treesShown();

    /** The message key of the penalty field's prompt (blank means ...). */
    public abstract String lambdaPromptKey();

    public StringProperty targetProperty() {
        return target;
    }

    /** The penalty as typed. */
    public StringProperty lambdaProperty() {
        return lambda;
    }

    public IntegerProperty treesProperty() {
        return trees;
    }

    /** The trees the spinner offers. */
    public IntRange treesRange() {
        return RegressionSettings.TREES;
    }

    public EvaluationForm evaluation() {
        return evaluation;
    }
}
