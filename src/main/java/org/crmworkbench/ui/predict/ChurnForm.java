package org.crmworkbench.ui.predict;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.crmworkbench.analysis.predict.ClassBalance;
import org.crmworkbench.analysis.predict.ClassificationSettings;
import org.crmworkbench.analysis.predict.ClassifierModel;
import org.crmworkbench.model.CustomerHistory;

/** The Churn tab's settings: 0/1 target, classifier and its knobs, class balance, evaluation. */
public final class ChurnForm {
    private final StringProperty target = new SimpleStringProperty(this, "target", CustomerHistory.CHURNED);
    private final ObjectProperty<ClassifierModel> model = new SimpleObjectProperty<>(this, "model",
            ClassifierModel.LOGISTIC);
    private final ObjectProperty<ClassBalance> balance = new SimpleObjectProperty<>(this, "balance",
            ClassBalance.WEIGHTS);
    private final StringProperty lambda = new SimpleStringProperty(this, "lambda", "");
    private final IntegerProperty trees = new SimpleIntegerProperty(this, "trees",
            ClassificationSettings.DEFAULT_TREES);
    private final EvaluationForm evaluation = new EvaluationForm();

    /** @throws org.crmworkbench.work.BadParameterException naming the knob out of range */
    public ClassificationSettings settings() {
        return new ClassificationSettings(model.get(), balance.get(), Lambdas.parse(lambda.get(), false),
                trees.get());
    }

    public StringProperty targetProperty() {
        return target;
    }

    public ObjectProperty<ClassifierModel> modelProperty() {
        return model;
    }

    public ObjectProperty<ClassBalance> balanceProperty() {
        return balance;
    }

    /** The L2 penalty as typed; blank means none. */
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
