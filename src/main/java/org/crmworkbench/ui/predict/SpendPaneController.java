package org.crmworkbench.ui.predict;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.charts.ChartPane;
import org.crmworkbench.ui.common.SliderSpinner;
import org.crmworkbench.ui.common.ViewScope;

/** Binds the Spend tab (spend-pane.fxml) to its {@link RegressionViewModel}. */
public final class SpendPaneController extends PredictionPaneController<RegressionViewModel> {
    @FXML private Label degreeLabel;
    @FXML private Spinner<Integer> degreeSpinner;
    @FXML private Label summaryLabel;
    @FXML private Tab fitTab;
    @FXML private Tab residualTab;
    @FXML private Tab coefficientTab;
    private ChartPane fitChart;
    private ChartPane residualChart;
    private ChartPane coefficientChart;

    public SpendPaneController(RegressionViewModel model, Messages messages, ViewScope scope) {
        super(model, messages, scope);
    }

    @FXML
    private void initialize() {
        fitChart = chart("predict-fit-chart", "actual-vs-predicted");
        residualChart = chart("predict-residual-chart", "residuals");
        coefficientChart = chart("predict-coefficient-chart", "coefficients");
        fitTab.setContent(fitChart.node());
        residualTab.setContent(residualChart.node());
        coefficientTab.setContent(coefficientChart.node());
        tables.coefficients(coefficientTable, false);
        tables.regressionComparison(comparisonTable, () -> model.bestProperty().get());
        RegressionForm form = model.form();
        SliderSpinner.bind(degreeSpinner, form.degreeProperty(), form.degreeRange(), scope);
        showWhen(form.degreeShown(), degreeLabel, degreeSpinner);
        bindCommon("predict-comparison-chart", "comparison");
        whenAny(this::showResult, model.resultProperty(), model.fittingProperty());
    }

    private void showResult() {
        metricsLabel.setText(model.metricsText(messages));
        summaryLabel.setText(model.summaryText(messages));
        fitChart.show(model.chart("actual-vs-predicted", messages));
        residualChart.show(model.chart("residuals", messages));
        coefficientChart.show(model.chart("coefficients", messages));
    }
}
