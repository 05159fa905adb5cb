package org.crmworkbench.ui.predict;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.crmworkbench.analysis.predict.ClassBalance;
import org.crmworkbench.analysis.predict.ClassificationSettings;
import org.crmworkbench.analysis.predict.ClassifierModel;
import org.crmworkbench.model.CustomerHistory;

/** The Churn tab's settings: 0/1 target, classifier and its knobs, class balance, evaluation. */
public final class ChurnForm extends PredictionForm<ClassificationSettings> {
    private final ObjectProperty<ClassifierModel> model = new SimpleObjectProperty<>(this, "model",
            ClassifierModel.LOGISTIC);
    private final ObjectProperty<ClassBalance> balance = new SimpleObjectProperty<>(this, "balance",
            ClassBalance.WEIGHTS);
    private final KeyedChoice<ClassifierModel> modelChoice = new KeyedChoice<>(model, ClassifierModel.values(),
            ClassifierModel::key);
    private final KeyedChoice<ClassBalance> balanceChoice = new KeyedChoice<>(balance, ClassBalance.values(),
            ClassBalance::key);

    public ChurnForm() {
        super(CustomerHistory.CHURNED, ClassificationSettings.DEFAULT_TREES);
    }

    @Override
    public ClassificationSettings settings() {
        return new ClassificationSettings(model.get(), balance.get(), Lambdas.parse(lambdaProperty().get(), false),
                treesProperty().get());
    }

    public ObjectProperty<ClassifierModel> modelProperty() {
        return model;
    }

    public ObjectProperty<ClassBalance> balanceProperty() {
        return balance;
    }

    @Override
    public KeyedChoice<ClassifierModel> modelChoice() {
        return modelChoice;
    }

    public KeyedChoice<ClassBalance> balanceChoice() {
        return balanceChoice;
    }

    @Override
    public ObservableBooleanValue lambdaShown() {
        return model.isEqualTo(ClassifierModel.LOGISTIC);
    }

    @Override
    public ObservableBooleanValue treesShown() {
        return model.isNotEqualTo(ClassifierModel.LOGISTIC);
    }

    /** Blank means no penalty. */
    @Override
    public String lambdaPromptKey() {
        return "predict.settings.lambdaNone";
    }
}
