package org.crmworkbench.ui.predict;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.crmworkbench.analysis.predict.Coefficient;
import org.crmworkbench.analysis.predict.FitMetrics;
import org.crmworkbench.analysis.predict.ModelScore;
import org.crmworkbench.analysis.predict.OlsSummary;
import org.crmworkbench.analysis.predict.RegressionModel;
import org.crmworkbench.analysis.predict.RegressionResult;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.predict.PredictCharts;
import org.crmworkbench.ui.charts.ChartPane;

/** The Spend tab's nodes, bound to a {@link RegressionViewModel}. */
final class RegressionPane {
    private final RegressionViewModel model;
    private final Messages messages;
    private final PredictFormats formats;
    private final PredictCharts charts;
    private final SettingsControls controls;
    private final PredictTables tables;
    private final ChartPane fitChart;
    private final ChartPane residualChart;
    private final ChartPane coefficientChart;
    private final ChartPane comparisonChart;
    private final Label metrics = new Label();
    private final Label summary = new Label();
    private final TableView<Coefficient> coefficients;
    private final TableView<ModelScore> comparison;
    private final BorderPane root = new BorderPane();

    RegressionPane(RegressionViewModel model, Messages messages, ChartPane.Exporter exporter,
                   PredictActions actions) {
        this.model = model;
        this.messages = messages;
        this.formats = new PredictFormats(messages);
        this.charts = new PredictCharts(messages);
        this.controls = new SettingsControls(messages);
        this.tables = new PredictTables(messages);
        this.fitChart = new ChartPane("predict-fit-chart", "actual-vs-predicted", messages, exporter);
        this.residualChart = new ChartPane("predict-residual-chart", "residuals", messages, exporter);
        this.coefficientChart = new ChartPane("predict-coefficient-chart", "coefficients", messages, exporter);
        this.comparisonChart = new ChartPane("predict-comparison-chart", "comparison", messages, exporter);
        this.coefficients = tables.coefficients("predict-coefficients", false);
        this.comparison = tables.regressionComparison(() -> model.bestProperty().get());
        root.setLeft(settings(actions));
        root.setCenter(results());
        model.resultProperty().addListener((o, a, b) -> showResult());
        model.fittingProperty().addListener((o, a, b) -> showResult());
        model.comparison().addListener((ListChangeListener<ModelScore>) c -> showComparison());
        model.bestProperty().addListener((o, a, b) -> comparison.refresh());
        showResult();
        showComparison();
    }

    Node node() {
        return root;
    }

    private Node settings(PredictActions actions) {
        RegressionForm form = model.form();
        GridPane grid = controls.grid();
        controls.row(grid, "predict.settings.target", controls.targets(model.choices().targets(),
                form.targetProperty()));
        controls.row(grid, "predict.settings.model", controls.choice(RegressionModel.values(),
                form.modelProperty(), m -> "predict.ui.model." + m.key()));
        SettingsControls.showWhen(controls.row(grid, "predict.settings.degree",
                SettingsControls.integer(form.degreeProperty(), 2, 5, 1)),
                form.modelProperty().isEqualTo(RegressionModel.POLYNOMIAL));
        TextField lambda = new TextField();
        lambda.setPromptText(messages.get("predict.settings.lambdaByCv"));
        lambda.textProperty().bindBidirectional(form.lambdaProperty());
        SettingsControls.showWhen(controls.row(grid, "predict.settings.lambda", lambda),
                form.modelProperty().isEqualTo(RegressionModel.RIDGE)
                        .or(form.modelProperty().isEqualTo(RegressionModel.LASSO)));
        SettingsControls.showWhen(controls.row(grid, "predict.settings.trees",
                SettingsControls.integer(form.treesProperty(), 10, 2000, 50)),
                form.modelProperty().isEqualTo(RegressionModel.RANDOM_FOREST)
                        .or(form.modelProperty().isEqualTo(RegressionModel.GRADIENT_BOOSTING)));
        GridPane evaluation = controls.grid();
        controls.evaluation(evaluation, form.evaluation());
        Button fit = controls.button("predict-fit", "predict.action.fit", model::fit);
        fit.getStyleClass().add("accent");
        fit.disableProperty().bind(model.fittingProperty());
        Button compare = controls.button("predict-compare", "predict.action.compare", model::compare);
        compare.disableProperty().bind(model.comparingProperty());
        Button save = controls.button("predict-save", "predict.action.savePredictions", model::save);
        save.disableProperty().bind(model.resultProperty().isNull());
        Button export = controls.button("predict-export", "predict.action.exportCsv",
                () -> actions.askCsv("predictions.csv", model::exportCsv));
        export.disableProperty().bind(model.resultProperty().isNull());
        return SettingsControls.column(controls.section("predict.settings.features"),
                controls.features(model.choices().features()), grid,
                controls.section("predict.settings.evaluation"), evaluation, fit, compare, save, export);
    }

    private Node results() {
        metrics.setId("predict-metrics");
        metrics.setWrapText(true);
        metrics.setPadding(new Insets(8, 10, 4, 10));
        summary.setId("predict-summary");
        summary.setWrapText(true);
        summary.setPadding(new Insets(6, 10, 6, 10));
        VBox summaryBox = new VBox(coefficients, summary);
        VBox.setVgrow(coefficients, Priority.ALWAYS);
        SplitPane compareSplit = new SplitPane(comparison, comparisonChart.node());
        compareSplit.setOrientation(Orientation.VERTICAL);
        compareSplit.setDividerPositions(0.38);
        TabPane tabs = new TabPane(
                tab("predict.tab.summary", summaryBox),
                tab("predict.tab.actualVsPredicted", fitChart.node()),
                tab("predict.tab.residuals", residualChart.node()),
                tab("predict.tab.coefficients", coefficientChart.node()),
                tab("predict.tab.comparison", compareSplit));
        tabs.setId("predict-regression-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox box = new VBox(metrics, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        return box;
    }

    private Tab tab(String key, Node content) {
        return new Tab(messages.get(key), content);
    }

    private void showResult() {
        RegressionResult r = model.resultProperty().get();
        if (r == null) {
            metrics.setText(messages.get(model.fittingProperty().get() ? "predict.summary.fitting"
                    : "predict.summary.noFit"));
            coefficients.getItems().clear();
            summary.setText("");
            fitChart.show(null);
            residualChart.show(null);
            coefficientChart.show(null);
            return;
        }
        FitMetrics t = r.test();
        String cv = r.folds().isEmpty() ? messages.get("predict.summary.noCv")
                : messages.get("predict.summary.cv", r.folds().size(), formats.meanSd(new ModelScore(r.settings(),
                t, r.folds()).cvRmse(), new ModelScore(r.settings(), t, r.folds()).cvRmseSd()));
        String lambda = Double.isFinite(r.lambda()) ? "  " + messages.get("predict.summary.lambda",
                formats.number(r.lambda(), 4)) : "";
        metrics.setText(messages.get("predict.summary.regression", messages.get("predict.ui.model."
                        + r.settings().model().key()), formats.count(r.data().rows()), formats.count(r.heldOut().size()),
                formats.number(t.rmse(), 2), formats.number(t.mae(), 2), formats.number(t.rSquared(), 3),
                Double.isFinite(t.mape()) ? formats.number(t.mape(), 1) + " %" : "–") + "  " + cv + lambda);
        coefficients.getItems().setAll(r.coefficients());
        summary.setText(summaryText(r));
        fitChart.show(charts.actualVsPredicted(r));
        residualChart.show(charts.residuals(r));
        coefficientChart.show(r.importance().isEmpty() ? null : charts.coefficients(r));
    }

    private String summaryText(RegressionResult r) {
        OlsSummary s = r.summary();
        if (s != null) {
            return messages.get("predict.summary.ols", formats.number(s.residualStandardError(), 3),
                    formats.count(s.residualDf()), formats.number(s.rSquared(), 4),
                    formats.number(s.adjustedRSquared(), 4), formats.number(s.fStatistic(), 2),
                    formats.count(s.modelDf()), formats.count(s.residualDf()), formats.p(s.fPValue()),
                    formats.count(s.observations())) + "\n" + messages.get("predict.summary.stars");
        }
        return r.coefficients().isEmpty() ? messages.get("predict.summary.noCoefficients")
                : messages.get("predict.summary.penalised");
    }

    private void showComparison() {
        comparison.getItems().setAll(model.comparison());
        comparisonChart.show(model.comparison().isEmpty() ? null : charts.comparison(model.comparison()));
    }
}
