package org.crmworkbench.ui.value;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;
import javafx.util.converter.LocalDateStringConverter;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.charts.ChartExportRequest;
import org.crmworkbench.ui.charts.ChartPane;
import org.crmworkbench.ui.common.DataFileChooser;
import org.crmworkbench.ui.common.NoticeLabel;
import org.crmworkbench.ui.common.SliderSpinner;
import org.crmworkbench.ui.common.TableHint;
import org.crmworkbench.ui.common.ViewScope;

/**
 * Binds the Value view to its {@link ValueViewModel}: every listener on the view model goes through the view's
 * {@link ViewScope}; the charts, the data line and the names come ready from the view model.
 */
public final class ValueWorkspaceController {
    private final ValueViewModel model;
    private final Messages messages;
    private final ViewScope scope;
    private final ValueTables tables;
    private final ChartPane segmentPane;
    private final ChartPane expectedMapPane;
    private final ChartPane aliveMapPane;
    private final ChartPane holdoutPane;
    private final ChartPane trackingPane;
    private final ChartPane clvPane;
    private final ChartPane topPane;
    private final ChartPane stagePane;
    private final ChartPane migrationPane;
    private final TableView<ValueRows.SegmentRow> segmentTable = new TableView<>();
    private final TableView<ValueRows.CustomerRow> customerTable = new TableView<>();
    private final TableView<ValueRows.CustomerRow> topTable = new TableView<>();
    private final TableView<ValueRows.MigrationRow> migrationTable = new TableView<>();
    private final Label noHoldoutLabel = new Label();

    @FXML private BorderPane root;
    @FXML private ComboBox<ValueSource.Kind> sourceBox;
    @FXML private GridPane fileGrid;
    @FXML private Label fileLabel;
    @FXML private ComboBox<String> customerColumnBox;
    @FXML private ComboBox<String> dateColumnBox;
    @FXML private ComboBox<String> amountColumnBox;
    @FXML private DatePicker calibrationEndPicker;
    @FXML private CheckBox holdoutCheck;
    @FXML private DatePicker holdoutEndPicker;
    @FXML private ComboBox<ValueOption> unitBox;
    @FXML private ComboBox<ValueOption> modelBox;
    @FXML private CheckBox compareCheck;
    @FXML private Spinner<Integer> horizonSpinner;
    @FXML private Spinner<Double> discountSpinner;
    @FXML private Spinner<Double> marginSpinner;
    @FXML private Spinner<Integer> binsSpinner;
    @FXML private Spinner<Integer> newDaysSpinner;
    @FXML private Spinner<Integer> activeDaysSpinner;
    @FXML private Spinner<Integer> lapsedDaysSpinner;
    @FXML private Spinner<Integer> gapSpinner;
    @FXML private Spinner<Double> atRiskSpinner;
    @FXML private Spinner<Double> lostSpinner;
    @FXML private DatePicker migrationFromPicker;
    @FXML private TextField recencyCutsField;
    @FXML private TextField frequencyCutsField;
    @FXML private TextField monetaryCutsField;
    @FXML private Button runButton;
    @FXML private Button cancelButton;
    @FXML private Button saveButton;
    @FXML private Label dataLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Tab rfmTab;
    @FXML private Tab mapsTab;
    @FXML private Tab checksTab;
    @FXML private Tab clvTab;
    @FXML private Tab lifecycleTab;
    @FXML private Label modelLabel;
    @FXML private Label independenceLabel;
    @FXML private TableView<ValueRows.ParameterRow> parameterTable;
    @FXML private TableView<ValueRows.ComparisonRow> comparisonTable;
    @FXML private Label noticeLabel;

    public ValueWorkspaceController(ValueViewModel model, Messages messages, ViewScope scope) {
        this.model = model;
        this.messages = messages;
        this.scope = scope;
        this.tables = new ValueTables(messages);
        this.segmentPane = pane("value-segments-chart", "rfm-segments");
        this.expectedMapPane = pane("value-expected-map", "expected-purchases-map");
        this.aliveMapPane = pane("value-alive-map", "p-alive-map");
        this.holdoutPane = pane("value-holdout-chart", "holdout");
        this.trackingPane = pane("value-tracking-chart", "tracking");
        this.clvPane = pane("value-clv-chart", "clv-distribution");
        this.topPane = pane("value-top-chart", "top-customers");
        this.stagePane = pane("value-stages-chart", "lifecycle-stages");
        this.migrationPane = pane("value-migration-chart", "migration-flow");
    }

    private ChartPane pane(String id, String baseName) {
        return new ChartPane(id, baseName, messages, this::exportChart);
    }

    @FXML
    private void initialize() {
        bindSource();
        bindSettings();
        ValueChoices choices = model.choices();
        unitBox.setItems(choices.units());
        unitBox.valueProperty().bindBidirectional(choices.unitProperty());
        modelBox.setItems(choices.models());
        modelBox.valueProperty().bindBidirectional(choices.modelProperty());

        busyIndicator.visibleProperty().bind(model.runningProperty().or(model.revaluingProperty())
                .or(model.source().phaseProperty().isEqualTo(ValueSource.Phase.READING)));
        cancelButton.disableProperty().bind(model.runningProperty().not());
        runButton.disableProperty().bind(model.source().purchasesProperty().isNull());
        saveButton.disableProperty().bind(model.resultProperty().isNull());
        dataLabel.textProperty().bind(model.dataTextProperty());
        modelLabel.textProperty().bind(model.modelTextProperty());
        independenceLabel.textProperty().bind(model.independenceTextProperty());

        layoutTabs();
        scope.follow(model.stageNames(), () -> tables.migration(migrationTable, model.stageNames()));
        scope.follow(model.drawingProperty(), this::show);
        scope.follow(model.noticeProperty(), n -> NoticeLabel.show(noticeLabel, n, messages, ""));
    }

    private void bindSource() {
        ValueSource source = model.source();
        sourceBox.getItems().setAll(ValueSource.Kind.values());
        sourceBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(ValueSource.Kind kind) {
                return kind == null ? "" : messages.get("value.ws.source." + kind.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public ValueSource.Kind fromString(String s) {
                return null;
            }
        });
        sourceBox.valueProperty().bindBidirectional(source.kindProperty());
        fileGrid.visibleProperty().bind(source.kindProperty().isEqualTo(ValueSource.Kind.FILE));
        fileGrid.managedProperty().bind(fileGrid.visibleProperty());
        fileLabel.textProperty().bind(source.fileProperty().map(p -> p.getFileName().toString())
                .orElse(messages.get("value.ws.noFile")));
        customerColumnBox.setItems(source.columns());
        customerColumnBox.valueProperty().bindBidirectional(source.customerColumnProperty());
        dateColumnBox.setItems(source.columns());
        dateColumnBox.valueProperty().bindBidirectional(source.dateColumnProperty());
        amountColumnBox.setItems(source.columns());
        amountColumnBox.valueProperty().bindBidirectional(source.amountColumnProperty());
    }

    private void bindSettings() {
        ValueSettingsForm form = model.form();
        for (DatePicker picker : List.of(calibrationEndPicker, holdoutEndPicker, migrationFromPicker)) {
            picker.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, null));
        }
        calibrationEndPicker.valueProperty().bindBidirectional(form.calibrationEndProperty());
        holdoutCheck.selectedProperty().bindBidirectional(form.holdoutProperty());
        holdoutEndPicker.valueProperty().bindBidirectional(form.holdoutEndProperty());
        holdoutEndPicker.disableProperty().bind(holdoutCheck.selectedProperty().not());
        compareCheck.selectedProperty().bindBidirectional(form.compareModelsProperty());
        migrationFromPicker.valueProperty().bindBidirectional(form.migrationFromProperty());
        migrationFromPicker.setPromptText(messages.get("value.ws.migrationFrom.prompt"));
        SliderSpinner.bind(horizonSpinner, form.horizonProperty(), form.horizonRange(), scope);
        SliderSpinner.bind(discountSpinner, form.discountRateProperty(), form.discountRange(), scope)
                .setConverter(new PercentText(messages.locale()));
        SliderSpinner.bind(marginSpinner, form.marginProperty(), form.marginRange(), scope)
                .setConverter(new PercentText(messages.locale()));
        SliderSpinner.bind(binsSpinner, form.rfmBinsProperty(), form.binsRange(), scope);
        recencyCutsField.textProperty().bindBidirectional(form.recencyCutsProperty());
        frequencyCutsField.textProperty().bindBidirectional(form.frequencyCutsProperty());
        monetaryCutsField.textProperty().bindBidirectional(form.monetaryCutsProperty());
        SliderSpinner.bind(newDaysSpinner, form.newDaysProperty(), form.daysRange(), scope);
        SliderSpinner.bind(activeDaysSpinner, form.activeDaysProperty(), form.daysRange(), scope);
        SliderSpinner.bind(lapsedDaysSpinner, form.lapsedDaysProperty(), form.daysRange(), scope);
        SliderSpinner.bind(gapSpinner, form.reactivationGapProperty(), form.daysRange(), scope);
        SliderSpinner.bind(atRiskSpinner, form.atRiskAliveProperty(), form.aliveRange(), scope);
        SliderSpinner.bind(lostSpinner, form.lostAliveProperty(), form.aliveRange(), scope);
    }

    private void layoutTabs() {
        segmentTable.setId("value-segment-table");
        customerTable.setId("value-customer-table");
        topTable.setId("value-top-table");
        migrationTable.setId("value-migration-table");
        parameterTable.setId("value-parameter-table");
        comparisonTable.setId("value-comparison-table");
        tables.segments(segmentTable);
        tables.customers(customerTable);
        tables.customers(topTable);
        tables.parameters(parameterTable);
        tables.comparison(comparisonTable);
        TableHint.set(segmentTable, messages.get("value.ws.hint.segments"));
        TableHint.set(customerTable, messages.get("value.ws.hint.customers"));
        TableHint.set(topTable, messages.get("value.ws.hint.customers"));
        TableHint.set(migrationTable, messages.get("value.ws.hint.migration"));
        TableHint.set(parameterTable, messages.get("value.ws.hint.parameters"));
        TableHint.set(comparisonTable, messages.get("value.ws.hint.comparison"));
        segmentTable.setItems(model.segments());
        customerTable.setItems(model.customers());
        topTable.setItems(model.topCustomers());
        migrationTable.setItems(model.migration());
        parameterTable.setItems(model.parameters());
        comparisonTable.setItems(model.comparison());

        rfmTab.setContent(split(Orientation.VERTICAL, 0.45,
                split(Orientation.HORIZONTAL, 0.5, segmentPane.node(), segmentTable), customerTable));
        mapsTab.setContent(split(Orientation.HORIZONTAL, 0.5, expectedMapPane.node(), aliveMapPane.node()));
        noHoldoutLabel.setId("value-no-holdout");
        noHoldoutLabel.setWrapText(true);
        noHoldoutLabel.setMaxWidth(380);
        noHoldoutLabel.getStyleClass().add("placeholder-text");
        noHoldoutLabel.setText(messages.get("value.ws.checks.noHoldout"));
        checksTab.setContent(split(Orientation.HORIZONTAL, 0.5, new StackPane(holdoutPane.node(), noHoldoutLabel),
                trackingPane.node()));
        clvTab.setContent(split(Orientation.VERTICAL, 0.6,
                split(Orientation.HORIZONTAL, 0.5, clvPane.node(), topPane.node()), topTable));
        lifecycleTab.setContent(split(Orientation.VERTICAL, 0.6,
                split(Orientation.HORIZONTAL, 0.5, stagePane.node(), migrationPane.node()), migrationTable));
    }

    private static SplitPane split(Orientation orientation, double divider, Node... items) {
        SplitPane pane = new SplitPane(items);
        pane.setOrientation(orientation);
        pane.setDividerPositions(divider);
        return pane;
    }

    @FXML
    private void openFile() {
        DataFileChooser.ask(root.getScene().getWindow(), messages.get("value.ws.fileFilter")).ifPresent(model.source().fileProperty()::set);
    }

    @FXML
    private void run() {
        model.fit();
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

    private void show(ValueDrawing drawing) {
        boolean none = drawing == null;
        segmentPane.show(none ? null : drawing.segmentSizes());
        expectedMapPane.show(none ? null : drawing.expectedPurchasesMap());
        aliveMapPane.show(none ? null : drawing.aliveMap());
        holdoutPane.show(none ? null : drawing.holdout());
        noHoldoutLabel.setVisible(!none && !drawing.hasHoldout());
        trackingPane.show(none ? null : drawing.tracking());
        clvPane.show(none ? null : drawing.clvDistribution());
        topPane.show(none ? null : drawing.topCustomers());
        stagePane.show(none ? null : drawing.stageSizes());
        migrationPane.show(none ? null : drawing.migration());
        independenceLabel.getStyleClass().remove("error");
        if (!none && drawing.spendDependsOnFrequency()) {
            independenceLabel.getStyleClass().add("error");
        }
    }
}
