package org.crmworkbench.ui.predict;

import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.crmworkbench.analysis.predict.RegressionModel;
import org.crmworkbench.analysis.predict.RegressionSettings;
import org.crmworkbench.model.CustomerHistory;
import org.crmworkbench.work.IntRange;

/** The Spend tab's settings: target, model and its knobs (degree, penalty, trees), evaluation. */
public final class RegressionForm extends PredictionForm<RegressionSettings> {
    private final ObjectProperty<RegressionModel> model = new SimpleObjectProperty<>(this, "model",
            RegressionModel.OLS);
    private final IntegerProperty degree = new SimpleIntegerProperty(this, "degree",
            RegressionSettings.DEFAULT_DEGREE);
    private final KeyedChoice<RegressionModel> modelChoice = new KeyedChoice<>(model, RegressionModel.values(),
            RegressionModel::key);

    public RegressionForm() {
        super(CustomerHistory.NEXT_SPEND, RegressionSettings.DEFAULT_TREES);
    }

    @Override
    public RegressionSettings settings() {
        return new RegressionSettings(model.get(), degree.get(), Lambdas.parse(lambdaProperty().get(), true),
                treesProperty().get());
    }

    public ObjectProperty<RegressionModel> modelProperty() {
        return model;
    }

    @Override
    public KeyedChoice<RegressionModel> modelChoice() {
        return modelChoice;
    }

    public IntegerProperty degreeProperty() {
        return degree;
    }

    /** The degrees a polynomial takes. */
    public IntRange degreeRange() {
        return RegressionSettings.DEGREE;
    }

    public ObservableBooleanValue degreeShown() {
        return model.isEqualTo(RegressionModel.POLYNOMIAL);
    }

    @Override
    public ObservableBooleanValue lambdaShown() {
        return Bindings.createBooleanBinding(() -> model.get() == RegressionModel.RIDGE
                || model.get() == RegressionModel.LASSO, model);
    }

    @Override
    public ObservableBooleanValue treesShown() {
        return Bindings.createBooleanBinding(() -> model.get() == RegressionModel.RANDOM_FOREST
                || model.get() == RegressionModel.GRADIENT_BOOSTING, model);
    }

    /** Blank means chosen by cross-validation. */
    @Override
    public String lambdaPromptKey() {
        return "predict.settings.lambdaByCv";
    }
}
