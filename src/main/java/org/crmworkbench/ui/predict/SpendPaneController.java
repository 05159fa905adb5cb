package org.crmworkbench.ui.predict;

import org.crmworkbench.ui.common.TableHint;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.common.SliderSpinner;
import org.crmworkbench.ui.common.ViewScope;

/** Binds the Spend tab (spend-pane.fxml) to its {@link RegressionViewModel}. */
public final class SpendPaneController extends PredictionPaneController<RegressionViewModel> {
    @FXML private Label degreeLabel, summaryLabel;
    @FXML private Spinner<Integer> degreeSpinner;
    @FXML private Tab fitTab, residualTab, coefficientTab;

    public SpendPaneController(RegressionViewModel model, Messages messages, ViewScope scope) {
        super(model, messages, scope);
    }

    @FXML
    private void initialize() {
        fitTab.setContent(chart("predict-fit-chart", "actual-vs-predicted"));
        residualTab.setContent(chart("predict-residual-chart", "residuals"));
        coefficientTab.setContent(chart("predict-coefficient-chart", "coefficients"));
        tables.coefficients(coefficientTable, false);
        tables.regressionComparison(comparisonTable, () -> model.bestProperty().get());
        TableHint.set(coefficientTable, messages.get("predict.hint.coefficients"));
        TableHint.set(comparisonTable, messages.get("predict.hint.compare"));
        RegressionForm form = model.form();
        SliderSpinner.bind(degreeSpinner, form.degreeProperty(), form.degreeRange(), scope);
        showWhen(form.degreeShown(), degreeLabel, degreeSpinner);
        bindCommon("predict-comparison-chart", "comparison");
        whenAny(() -> {
            summaryLabel.setText(model.summaryText(messages));
            showFit();
        }, model.resultProperty(), model.fittingProperty());
    }
}
