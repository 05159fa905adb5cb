package org.crmworkbench.ui.predict;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.charts.ChartExportRequest;
import org.crmworkbench.ui.charts.ChartPane;
import org.crmworkbench.ui.common.SaveDialog;
import org.crmworkbench.ui.common.SliderSpinner;
import org.crmworkbench.ui.common.ViewScope;
import org.crmworkbench.ui.segments.FeatureChoice;

/**
 * What the Spend and Churn panes' controllers share: the settings column (features, target, model, penalty, trees,
 * evaluation, the four buttons) bound to the tab's form, the metrics line, the coefficient and comparison tables,
 * and saving charts and CSV files. Every listener on the tab goes through the view's {@link ViewScope}.
 *
 * @param <T> the tab's view model
 */
abstract class PredictionPaneController<T extends PredictionTab<?, ?, ?>> {
    /** Trees step by this much on the spinner's arrows. */
    private static final int TREES_STEP = 50;

    final T model;
    final Messages messages;
    final ViewScope scope;
    final PredictTables tables;

    @FXML BorderPane root;
    @FXML Label metricsLabel;
    @FXML TableView<?> coefficientTable;
    @FXML TableView<?> comparisonTable;
    @FXML private ListView<FeatureChoice> featureList;
    @FXML private ComboBox<String> targetBox, modelBox;
    @FXML private Label lambdaLabel, treesLabel;
    @FXML private TextField lambdaField;
    @FXML private Spinner<Integer> treesSpinner, seedSpinner, foldsSpinner;
    @FXML private Spinner<Double> testShareSpinner;
    @FXML private Button fitButton, compareButton, saveButton, exportButton;
    @FXML private SplitPane comparisonSplit;
    private final Map<String, ChartPane> fitCharts = new LinkedHashMap<>();
    private ChartPane comparisonChart;

    PredictionPaneController(T model, Messages messages, ViewScope scope) {
        this.model = Objects.requireNonNull(model, "model");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.tables = new PredictTables(messages);
    }

    /** Binds the settings column and the parts both panes have; {@code comparisonId} names the comparison chart. */
    void bindCommon(String comparisonId, String comparisonName) {
        comparisonChart = new ChartPane(comparisonId, comparisonName, messages, this::exportChart);
        comparisonSplit.getItems().add(comparisonChart.node());
        PredictionForm<?> form = model.settingsForm();
        featureList.setItems(model.choices().features());
        featureList.setCellFactory(CheckBoxListCell.forListView(FeatureChoice::selectedProperty,
                converter(c -> model.featureText(c, messages))));
        targetBox.setItems(model.choices().targets());
        targetBox.setConverter(converter(t -> model.columnText(t, messages)));
        bindText(targetBox, form.targetProperty());
        choice(modelBox, form.modelChoice(), key -> model.modelText(key, messages));
        lambdaField.setPromptText(messages.get(form.lambdaPromptKey()));
        lambdaField.setText(form.lambdaProperty().get());
        lambdaField.textProperty().addListener((o, a, b) -> form.lambdaProperty().set(b));
        scope.onChange(form.lambdaProperty(), (o, a, b) -> lambdaField.setText(b));
        showWhen(form.lambdaShown(), lambdaLabel, lambdaField);
        SliderSpinner.bind(treesSpinner, form.treesProperty(), form.treesRange(), scope)
                .setAmountToStepBy(TREES_STEP);
        showWhen(form.treesShown(), treesLabel, treesSpinner);
        EvaluationForm evaluation = form.evaluation();
        SliderSpinner.bindSeed(seedSpinner, evaluation.seedProperty(), evaluation.seedRange(), scope);
        SliderSpinner.bind(testShareSpinner, evaluation.testShareProperty(), evaluation.testShareRange(), scope);
        SliderSpinner.bind(foldsSpinner, evaluation.foldsProperty(), evaluation.foldsRange(), scope);
        fitButton.disableProperty().bind(model.fittingProperty());
        compareButton.disableProperty().bind(model.comparingProperty());
        saveButton.disableProperty().bind(model.resultProperty().isNull());
        exportButton.disableProperty().bind(model.resultProperty().isNull());
        scope.follow(model.coefficients(), () -> PredictTables.show(coefficientTable, model.coefficients()));
        scope.follow(model.comparison(), this::showComparison);
        scope.onChange(model.bestProperty(), (o, a, b) -> comparisonTable.refresh());
    }

    private void showComparison() {
        PredictTables.show(comparisonTable, model.comparison());
        comparisonChart.show(model.comparisonChart(messages));
    }

    @FXML
    private void fit() {
        model.fit();
    }

    @FXML
    private void compare() {
        model.compare();
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void exportCsv() {
        SaveDialog.ask(root, model.csvName(), "CSV", "csv").ifPresent(model::exportCsv);
    }

    /** A chart of the fit named {@code name} (as the tab's view model names it) on screen; returns its node. */
    Node chart(String id, String name) {
        ChartPane pane = new ChartPane(id, name, messages, this::exportChart);
        fitCharts.put(name, pane);
        return pane.node();
    }

    /** The metrics line and every chart of the fit. */
    void showFit() {
        metricsLabel.setText(model.metricsText(messages));
        fitCharts.keySet().forEach(this::showChart);
    }

    /** Draws the fit's chart {@code name} again. */
    void showChart(String name) {
        fitCharts.get(name).show(model.chart(name, messages));
    }

    private void exportChart(ChartExportRequest request) {
        request.askWhere(root).ifPresent(file -> model.export(file, request::write));
    }

    /** A combo box of keyed options, shown through {@code text}, kept in step with the form. */
    void choice(ComboBox<String> box, KeyedChoice<?> choice, Function<String, String> text) {
        box.setItems(choice.keys());
        box.setConverter(converter(k -> k == null ? "" : text.apply(k)));
        bindText(box, choice.keyProperty());
    }

    private void bindText(ComboBox<String> box, javafx.beans.property.StringProperty value) {
        box.setValue(value.get());
        box.valueProperty().addListener((o, a, b) -> {
            if (!Objects.equals(b, value.get())) {
                value.set(b);
            }
        });
        scope.onChange(value, (o, a, b) -> box.setValue(b));
    }

    /** Runs {@code action} now and after every change of any of {@code values}. */
    void whenAny(Runnable action, ObservableValue<?>... values) {
        for (ObservableValue<?> v : values) {
            scope.onChange(v, (o, a, b) -> action.run());
        }
        action.run();
    }

    /** Shows the nodes only while {@code visible} holds. */
    void showWhen(ObservableBooleanValue visible, Node... nodes) {
        scope.followAll(() -> {
            for (Node n : nodes) {
                n.setVisible(visible.get());
                n.setManaged(visible.get());
            }
        }, visible);
        scope.hold(visible);
    }

    static <V> StringConverter<V> converter(Function<V, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(V value) {
                return text.apply(value);
            }

            @Override
            public V fromString(String s) {
                return null;
            }
        };
    }
}
