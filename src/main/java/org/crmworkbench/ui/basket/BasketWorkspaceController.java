package org.crmworkbench.ui.basket;

import java.util.Locale;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.BasketFileFormat;
import org.crmworkbench.ui.charts.ChartExportRequest;
import org.crmworkbench.ui.charts.ChartPane;
import org.crmworkbench.ui.common.DataFileChooser;
import org.crmworkbench.ui.common.NoticeLabel;
import org.crmworkbench.ui.common.SliderSpinner;
import org.crmworkbench.ui.common.TableHint;
import org.crmworkbench.ui.common.ViewScope;
import org.crmworkbench.ui.engine.EngineChooser;
import org.crmworkbench.work.DoubleRange;

/**
 * Binds the Baskets view to its {@link BasketViewModel}: every listener on the view model goes through the view's
 * {@link ViewScope}; the rules, their coverage, the charts and the lines of text come ready from the view model.
 */
public final class BasketWorkspaceController {
    /** The min-lift spinner's range: lift 1 is independence; above 100 nothing useful is filtered. */
    static final DoubleRange MIN_LIFT = new DoubleRange("min-lift", 0, 100, 0.1);

    private final BasketViewModel model;
    private final Messages messages;
    private final ViewScope scope;
    private final ChartPane itemsPane;
    private final ChartPane scatterPane;
    private final ChartPane graphPane;
    private final ChartPane matrixPane;

    @FXML private BorderPane root;
    @FXML private ComboBox<BasketSource.Kind> sourceBox;
    @FXML private GridPane fileGrid;
    @FXML private Label fileLabel;
    @FXML private ComboBox<BasketFileFormat.Layout> layoutBox;
    @FXML private Label delimiterLabel;
    @FXML private ComboBox<BasketDelimiter> delimiterBox;
    @FXML private Label transactionColumnLabel;
    @FXML private ComboBox<String> transactionColumnBox;
    @FXML private Label itemColumnLabel;
    @FXML private ComboBox<String> itemColumnBox;
    @FXML private Spinner<Double> supportSpinner;
    @FXML private Slider supportSlider;
    @FXML private Spinner<Double> confidenceSpinner;
    @FXML private Slider confidenceSlider;
    @FXML private Spinner<Integer> minLengthSpinner;
    @FXML private Spinner<Integer> maxLengthSpinner;
    @FXML private Spinner<Integer> consequentSpinner;
    @FXML private ComboBox<AlgorithmOption> algorithmBox;
    @FXML private VBox engineBox;
    @FXML private Button mineButton;
    @FXML private Button cancelButton;
    @FXML private Button mineAnywayButton;
    @FXML private Button saveButton;
    @FXML private Label dataLabel;
    @FXML private Label summaryLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private ComboBox<String> antecedentBox;
    @FXML private ComboBox<String> consequentBox;
    @FXML private Spinner<Double> minLiftSpinner;
    @FXML private CheckBox redundantCheck;
    @FXML private Label countLabel;
    @FXML private TableView<RuleRow> ruleTable;
    @FXML private Label coverageLabel;
    @FXML private Label transactionsLabel;
    @FXML private ListView<String> transactionList;
    @FXML private Label customersLabel;
    @FXML private ListView<String> customerList;
    @FXML private Tab itemsTab;
    @FXML private Tab scatterTab;
    @FXML private Tab graphTab;
    @FXML private Tab matrixTab;
    @FXML private Label noticeLabel;

    public BasketWorkspaceController(BasketViewModel model, Messages messages, ViewScope scope) {
        this.model = model;
        this.messages = messages;
        this.scope = scope;
        this.itemsPane = pane("basket-items-chart", "item-frequency");
        this.scatterPane = pane("basket-scatter-chart", "rules-scatter");
        this.graphPane = pane("basket-graph-chart", "rules-graph");
        this.matrixPane = pane("basket-matrix-chart", "grouped-matrix");
    }

    private ChartPane pane(String id, String baseName) {
        return new ChartPane(id, baseName, messages, this::exportChart);
    }

    @FXML
    private void initialize() {
        bindSource();
        bindSettings();
        bindRules();
        busyIndicator.visibleProperty().bind(model.runningProperty()
                .or(model.source().phaseProperty().isEqualTo(BasketSource.Phase.READING)));
        cancelButton.disableProperty().bind(model.runningProperty().not());
        mineButton.disableProperty().bind(model.source().basketsProperty().isNull());
        mineAnywayButton.visibleProperty().bind(model.riskyProperty());
        mineAnywayButton.managedProperty().bind(mineAnywayButton.visibleProperty());
        saveButton.disableProperty().bind(model.canSaveProperty().not());
        dataLabel.textProperty().bind(model.dataTextProperty());
        summaryLabel.textProperty().bind(model.summaryTextProperty());
        itemsTab.setContent(itemsPane.node());
        scatterTab.setContent(scatterPane.node());
        graphTab.setContent(graphPane.node());
        matrixTab.setContent(matrixPane.node());
        scope.follow(model.drawingProperty(), this::show);
        scope.follow(model.noticeProperty(), n -> NoticeLabel.show(noticeLabel, n, messages, ""));
    }

    private <T> StringConverter<T> named(Function<T, String> key) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : messages.get(key.apply(value));
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private void bindSource() {
        BasketSource source = model.source();
        sourceBox.getItems().setAll(BasketSource.Kind.values());
        sourceBox.setConverter(named(k -> "basket.ws.source." + k.name().toLowerCase(Locale.ROOT)));
        sourceBox.valueProperty().bindBidirectional(source.kindProperty());
        fileGrid.visibleProperty().bind(source.kindProperty().isEqualTo(BasketSource.Kind.FILE));
        fileGrid.managedProperty().bind(fileGrid.visibleProperty());
        fileLabel.textProperty().bind(source.fileProperty().map(p -> p.getFileName().toString())
                .orElse(messages.get("basket.ws.noFile")));
        layoutBox.getItems().setAll(BasketFileFormat.Layout.values());
        layoutBox.setConverter(named(l -> "basket.ws.layout." + l.cliName()));
        layoutBox.valueProperty().bindBidirectional(source.layoutProperty());
        delimiterBox.getItems().setAll(BasketDelimiter.values());
        delimiterBox.setConverter(named(BasketDelimiter::key));
        delimiterBox.valueProperty().bindBidirectional(source.delimiterProperty());
        transactionColumnBox.setItems(source.columns());
        transactionColumnBox.valueProperty().bindBidirectional(source.transactionColumnProperty());
        itemColumnBox.setItems(source.columns());
        itemColumnBox.valueProperty().bindBidirectional(source.itemColumnProperty());
        var isLong = layoutBox.valueProperty().isEqualTo(BasketFileFormat.Layout.LONG);
        for (var node : new Node[] {transactionColumnLabel, transactionColumnBox, itemColumnLabel,
                itemColumnBox}) {
            node.visibleProperty().bind(isLong);
            node.managedProperty().bind(isLong);
        }
        delimiterLabel.visibleProperty().bind(isLong.not());
        delimiterLabel.managedProperty().bind(isLong.not());
        delimiterBox.visibleProperty().bind(isLong.not());
        delimiterBox.managedProperty().bind(isLong.not());
    }

    private void bindSettings() {
        BasketSettingsForm form = model.form();
        BasketSliders.bindSteps(supportSpinner, form.minSupportProperty(), form.supportRange(), messages.locale(),
                scope);
        BasketSliders.bindLog(supportSlider, form.minSupportProperty(), BasketSettingsForm.SUPPORT_SLIDER_MIN,
                BasketSettingsForm.SUPPORT_SLIDER_MAX, scope);
        SliderSpinner.bind(confidenceSpinner, form.minConfidenceProperty(), form.confidenceRange(), scope);
        BasketSliders.bindLinear(confidenceSlider, form.minConfidenceProperty(), form.confidenceRange(), scope);
        SliderSpinner.bind(minLengthSpinner, form.minLengthProperty(), form.minLengthRange(), scope);
        SliderSpinner.bind(maxLengthSpinner, form.maxLengthProperty(), form.maxLengthRange(), scope);
        SliderSpinner.bind(consequentSpinner, form.maxConsequentProperty(), form.consequentRange(), scope);
        algorithmBox.getItems().setAll(AlgorithmOption.values());
        algorithmBox.setConverter(named(AlgorithmOption::key));
        algorithmBox.valueProperty().bindBidirectional(form.algorithmProperty());
        engineBox.getChildren().add(new EngineChooser("basket", form.engine(), messages, scope).node());
    }

    private void bindRules() {
        RuleList rules = model.rules();
        new BasketTables(messages).rules(ruleTable);
        scope.follow(model.runningProperty(), mining -> TableHint.set(ruleTable,
                messages.get(mining ? "basket.ws.hint.mining" : "basket.ws.hint.rules")));
        ruleTable.setItems(rules.rows());
        antecedentBox.setItems(rules.items());
        antecedentBox.getEditor().textProperty().bindBidirectional(rules.antecedentItemProperty());
        antecedentBox.setPromptText(messages.get("basket.ws.filter.anyItem"));
        consequentBox.setItems(rules.items());
        consequentBox.getEditor().textProperty().bindBidirectional(rules.consequentItemProperty());
        consequentBox.setPromptText(messages.get("basket.ws.filter.anyItem"));
        SliderSpinner.bind(minLiftSpinner, rules.minLiftProperty(), MIN_LIFT, scope);
        redundantCheck.selectedProperty().bindBidirectional(rules.removeRedundantProperty());
        scope.followAll(() -> countLabel.setText(messages.get("basket.ws.ruleCount", rules.shownProperty().get(),
                rules.totalProperty().get())), rules.shownProperty(), rules.totalProperty());

        RuleCoverage coverage = model.coverage();
        ruleTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> coverage.ruleProperty().set(b));
        transactionList.setItems(coverage.transactions());
        customerList.setItems(coverage.customers());
        scope.followAll(() -> {
            RuleRow chosen = coverage.ruleProperty().get();
            coverageLabel.setText(chosen == null ? messages.get("basket.ws.coverage.none") : chosen.text());
            transactionsLabel.setText(messages.get("basket.ws.coverage.transactions",
                    coverage.transactionCountProperty().get()));
            customersLabel.setText(messages.get("basket.ws.coverage.customers",
                    coverage.customerCountProperty().get()));
        }, coverage.ruleProperty(), coverage.transactionCountProperty(), coverage.customerCountProperty());
    }

    @FXML
    private void openFile() {
        DataFileChooser.ask(root.getScene().getWindow(), messages.get("basket.ws.fileFilter"))
                .ifPresent(model.source().fileProperty()::set);
    }

    @FXML
    private void mine() {
        model.mine();
    }

    @FXML
    private void mineAnyway() {
        model.mineAnyway();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    @FXML
    private void save() {
        model.save();
    }

    private void exportChart(ChartExportRequest request) {
        request.askWhere(root).ifPresent(file -> model.export(file, request::write));
    }

    private void show(BasketDrawing drawing) {
        BasketDrawing.Charts charts = drawing == null ? null : drawing.charts();
        itemsPane.show(charts == null ? null : charts.itemFrequency());
        scatterPane.show(charts == null ? null : charts.scatter());
        graphPane.show(charts == null ? null : charts.graph());
        matrixPane.show(charts == null ? null : charts.matrix());
    }
}
