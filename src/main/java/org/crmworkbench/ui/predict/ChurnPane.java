package org.crmworkbench.ui.predict;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.crmworkbench.analysis.predict.ClassBalance;
import org.crmworkbench.analysis.predict.ClassificationResult;
import org.crmworkbench.analysis.predict.ClassifierModel;
import org.crmworkbench.analysis.predict.ClassifierScore;
import org.crmworkbench.analysis.predict.Coefficient;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.predict.PredictCharts;
import org.crmworkbench.ui.charts.ChartPane;

/** The Churn tab's nodes, bound to a {@link ChurnViewModel}. */
final class ChurnPane {
    private final ChurnViewModel model;
    private final Messages messages;
    private final PredictFormats formats;
    private final PredictCharts charts;
    private final SettingsControls controls;
    private final ChartPane rocChart;
    private final ChartPane prChart;
    private final ChartPane gainsChart;
    private final ChartPane importanceChart;
    private final ChartPane comparisonChart;
    private final ConfusionGrid confusion;
    private final Label metrics = new Label();
    private final Label thresholdText = new Label();
    private final Slider threshold = new Slider(0, 1, 0.5);
    private final TableView<Coefficient> coefficients;
    private final TableView<RiskRow> risk;
    private final TableView<ClassifierScore> comparison;
    private final BorderPane root = new BorderPane();

    ChurnPane(ChurnViewModel model, Messages messages, ChartPane.Exporter exporter, PredictActions actions) {
        this.model = model;
        this.messages = messages;
        this.formats = new PredictFormats(messages);
        this.charts = new PredictCharts(messages);
        this.controls = new SettingsControls(messages);
        PredictTables tables = new PredictTables(messages);
        this.rocChart = new ChartPane("churn-roc-chart", "roc", messages, exporter);
        this.prChart = new ChartPane("churn-pr-chart", "precision-recall", messages, exporter);
        this.gainsChart = new ChartPane("churn-gains-chart", "gains", messages, exporter);
        this.importanceChart = new ChartPane("churn-importance-chart", "importance", messages, exporter);
        this.comparisonChart = new ChartPane("churn-comparison-chart", "classifier-comparison", messages, exporter);
        this.confusion = new ConfusionGrid(messages);
        this.coefficients = tables.coefficients("churn-coefficients", true);
        this.risk = tables.risk();
        this.comparison = tables.classifierComparison(() -> model.bestProperty().get());
        root.setLeft(settings(actions));
        root.setCenter(results());
        model.resultProperty().addListener((o, a, b) -> showResult());
        model.fittingProperty().addListener((o, a, b) -> showResult());
        model.confusionProperty().addListener((o, a, b) -> showThreshold());
        model.comparison().addListener((ListChangeListener<ClassifierScore>) c -> showComparison());
        model.bestProperty().addListener((o, a, b) -> comparison.refresh());
        model.atRisk().addListener((ListChangeListener<RiskRow>) c -> risk.getItems().setAll(model.atRisk()));
        showResult();
        showComparison();
    }

    Node node() {
        return root;
    }

    private Node settings(PredictActions actions) {
        ChurnForm form = model.form();
        GridPane grid = controls.grid();
        controls.row(grid, "predict.settings.target", controls.targets(model.choices().targets(),
                form.targetProperty()));
        controls.row(grid, "predict.settings.model", controls.choice(ClassifierModel.values(),
                form.modelProperty(), m -> "predict.ui.classifier." + m.key()));
        controls.row(grid, "predict.settings.balance", controls.choice(ClassBalance.values(),
                form.balanceProperty(), b -> "predict.ui.balance." + b.key()));
        TextField lambda = new TextField();
        lambda.setPromptText(messages.get("predict.settings.lambdaNone"));
        lambda.textProperty().bindBidirectional(form.lambdaProperty());
        SettingsControls.showWhen(controls.row(grid, "predict.settings.lambda", lambda),
                form.modelProperty().isEqualTo(ClassifierModel.LOGISTIC));
        SettingsControls.showWhen(controls.row(grid, "predict.settings.trees",
                SettingsControls.integer(form.treesProperty(), 10, 2000, 50)),
                form.modelProperty().isNotEqualTo(ClassifierModel.LOGISTIC));
        GridPane evaluation = controls.grid();
        controls.evaluation(evaluation, form.evaluation());
        Button fit = controls.button("churn-fit", "predict.action.fit", model::fit);
        fit.getStyleClass().add("accent");
        fit.disableProperty().bind(model.fittingProperty());
        Button compare = controls.button("churn-compare", "predict.action.compareClassifiers", model::compare);
        compare.disableProperty().bind(model.comparingProperty());
        Button save = controls.button("churn-save", "predict.action.saveScores", model::save);
        save.disableProperty().bind(model.resultProperty().isNull());
        Button export = controls.button("churn-export", "predict.action.exportCsv",
                () -> actions.askCsv("scores.csv", model::exportCsv));
        export.disableProperty().bind(model.resultProperty().isNull());
        return SettingsControls.column(controls.section("predict.settings.features"),
                controls.features(model.choices().features()), grid,
                controls.section("predict.settings.evaluation"), evaluation, fit, compare, save, export);
    }

    private Node results() {
        metrics.setId("churn-metrics");
        metrics.setWrapText(true);
        metrics.setPadding(new Insets(8, 10, 4, 10));
        threshold.setId("churn-threshold");
        threshold.setShowTickLabels(true);
        threshold.setShowTickMarks(true);
        threshold.setMajorTickUnit(0.1);
        threshold.setBlockIncrement(0.01);
        threshold.valueProperty().bindBidirectional(model.thresholdProperty());
        HBox.setHgrow(threshold, Priority.ALWAYS);
        Label thresholdLabel = new Label(messages.get("predict.settings.threshold"));
        HBox sliderRow = new HBox(10, thresholdLabel, threshold, thresholdText);
        sliderRow.setPadding(new Insets(10, 10, 0, 10));
        SplitPane rocSplit = new SplitPane(new VBox(sliderRow, confusion.node()), rocChart.node());
        rocSplit.setDividerPositions(0.48);
        SplitPane compareSplit = new SplitPane(comparison, comparisonChart.node());
        compareSplit.setOrientation(Orientation.VERTICAL);
        compareSplit.setDividerPositions(0.3);
        TabPane tabs = new TabPane(
                tab("predict.tab.threshold", rocSplit),
                tab("predict.tab.precisionRecall", prChart.node()),
                tab("predict.tab.gains", gainsChart.node()),
                tab("predict.tab.importance", importanceChart.node()),
                tab("predict.tab.coefficients", coefficients),
                tab("predict.tab.atRisk", risk),
                tab("predict.tab.comparison", compareSplit));
        tabs.setId("predict-churn-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox box = new VBox(metrics, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        return box;
    }

    private Tab tab(String key, Node content) {
        return new Tab(messages.get(key), content);
    }

    private void showResult() {
        ClassificationResult r = model.resultProperty().get();
        if (r == null) {
            metrics.setText(messages.get(model.fittingProperty().get() ? "predict.summary.fitting"
                    : "predict.summary.noFit"));
            for (ChartPane p : new ChartPane[] {rocChart, prChart, gainsChart, importanceChart}) {
                p.show(null);
            }
            coefficients.getItems().clear();
            risk.getItems().clear();
            showThreshold();
            return;
        }
        double cvAuc = java.util.Arrays.stream(r.foldAuc()).average().orElse(Double.NaN);
        String cv = r.foldAuc().length == 0 ? messages.get("predict.summary.noCv")
                : messages.get("predict.summary.cvAuc", r.foldAuc().length, formats.meanSd(cvAuc,
                new ClassifierScore(r.settings(), 0, 0, 0, r.foldAuc()).cvAucSd()));
        metrics.setText(messages.get("predict.summary.churn", messages.get("predict.ui.classifier."
                        + r.settings().model().key()), formats.count(r.data().rows()), formats.count(r.positives()),
                formats.count(r.heldOut().size()), formats.number(r.roc().auc(), 3),
                formats.number(r.precisionRecall().averagePrecision(), 3),
                formats.percent(r.precisionRecall().baseRate())) + "  " + cv);
        prChart.show(charts.precisionRecall(r, model.thresholdProperty().get()));
        gainsChart.show(charts.gains(r));
        importanceChart.show(r.importance().isEmpty() ? null : charts.importance(r));
        coefficients.getItems().setAll(r.coefficients());
        risk.getItems().setAll(model.atRisk());
        showThreshold();
    }

    private void showThreshold() {
        confusion.show(model.confusionProperty().get());
        ClassificationResult r = model.resultProperty().get();
        double cut = model.thresholdProperty().get();
        thresholdText.setText(formats.number(cut, 3));
        thresholdText.setId("churn-threshold-value");
        rocChart.show(r == null ? null : charts.roc(r, cut));
    }

    private void showComparison() {
        comparison.getItems().setAll(model.comparison());
        comparisonChart.show(model.comparison().isEmpty() ? null
                : charts.classifierComparison(model.comparison()));
    }
}
