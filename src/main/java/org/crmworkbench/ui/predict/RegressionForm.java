package org.crmworkbench.ui.predict;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.crmworkbench.analysis.predict.RegressionModel;
import org.crmworkbench.analysis.predict.RegressionSettings;
import org.crmworkbench.model.CustomerHistory;

/** The Spend tab's settings: target, model and its knobs, evaluation. */
public final class RegressionForm {
    private final StringProperty target = new SimpleStringProperty(this, "target", CustomerHistory.NEXT_SPEND);
    private final ObjectProperty<RegressionModel> model = new SimpleObjectProperty<>(this, "model",
            RegressionModel.OLS);
    private final IntegerProperty degree = new SimpleIntegerProperty(this, "degree",
            RegressionSettings.DEFAULT_DEGREE);
    private final StringProperty lambda = new SimpleStringProperty(this, "lambda", "");
    private final IntegerProperty trees = new SimpleIntegerProperty(this, "trees", RegressionSettings.DEFAULT_TREES);
    private final EvaluationForm evaluation = new EvaluationForm();

    /** @throws org.crmworkbench.work.BadParameterException naming the knob out of range */
    public RegressionSettings settings() {
        return new RegressionSettings(model.get(), degree.get(), Lambdas.parse(lambda.get(), true), trees.get());
    }

    public StringProperty targetProperty() {
        return target;
    }

    public ObjectProperty<RegressionModel> modelProperty() {
        return model;
    }

    public IntegerProperty degreeProperty() {
        return degree;
    }

    /** The penalty as typed; blank means chosen by cross-validation. */
    public StringProperty lambdaProperty() {
        return lambda;
    }

    public IntegerProperty treesProperty() {
        return trees;
    }

    public EvaluationForm evaluation() {
        return evaluation;
    }
}
