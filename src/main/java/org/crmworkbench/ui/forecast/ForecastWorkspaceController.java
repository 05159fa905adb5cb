package org.crmworkbench.ui.forecast;

import org.crmworkbench.ui.common.DataFileChooser;
import org.crmworkbench.ui.common.TableHint;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.SeriesBreakdown;
import org.crmworkbench.model.SeriesFrequency;
import org.crmworkbench.model.SeriesMeasure;
import org.crmworkbench.ui.charts.ChartExportRequest;
import org.crmworkbench.ui.charts.ChartPane;
import org.crmworkbench.ui.common.NoticeLabel;
import org.crmworkbench.ui.common.SaveDialog;
import org.crmworkbench.ui.common.SliderSpinner;
import org.crmworkbench.ui.common.ViewScope;

/**
 * Binds the Forecast view to its {@link ForecastViewModel}: every listener on the view model goes through the
 * view's {@link ViewScope}; the charts, series line and model names come ready from the view model.
 */
public final class ForecastWorkspaceController {
    private final ForecastViewModel model;
    private final Messages messages;
    private final ViewScope scope;
    private final ForecastTables tables;
    private final ChartPane forecastPane;
    private final ChartPane backtestPane;
    private final TableView<ForecastRows.ModelRow> modelTable = new TableView<>();

    @FXML private BorderPane root;
    @FXML private ComboBox<SeriesChoice.Source> sourceBox;
    @FXML private GridPane ordersGrid;
    @FXML private ComboBox<SeriesMeasure> measureBox;
    @FXML private ComboBox<SeriesFrequency> frequencyBox;
    @FXML private ComboBox<SeriesBreakdown> breakdownBox;
    @FXML private Label groupLabel;
    @FXML private ComboBox<String> groupBox;
    @FXML private GridPane fileGrid;
    @FXML private Label fileLabel;
    @FXML private ComboBox<String> dateColumnBox;
    @FXML private ComboBox<String> valueColumnBox;
    @FXML private ComboBox<ModelOption> modelBox;
    @FXML private Spinner<Integer> horizonSpinner;
    @FXML private TextField levelsField;
    @FXML private Spinner<Integer> originsSpinner;
    @FXML private Button forecastButton;
    @FXML private Button cancelButton;
    @FXML private Button saveButton;
    @FXML private Button exportCsvButton;
    @FXML private Label seriesLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Tab chartTab;
    @FXML private Tab backtestTab;
    @FXML private TableView<ForecastRows.ParameterRow> parameterTable;
    @FXML private TableView<ForecastRows.PeriodRow> periodTable;
    @FXML private Label noticeLabel;

    public ForecastWorkspaceController(ForecastViewModel model, Messages messages, ViewScope scope) {
        this.model = model;
        this.messages = messages;
        this.scope = scope;
        this.tables = new ForecastTables(messages);
        this.forecastPane = new ChartPane("forecast-chart", "forecast", messages, this::exportChart);
        this.backtestPane = new ChartPane("forecast-backtest-chart", "backtest", messages, this::exportChart);
    }

    @FXML
    private void initialize() {
        SeriesChoice series = model.series();
        sourceBox.getItems().setAll(SeriesChoice.Source.values());
        sourceBox.setConverter(keyed("forecast.ws.source."));
        sourceBox.valueProperty().bindBidirectional(series.sourceProperty());
        measureBox.getItems().setAll(SeriesMeasure.values());
        measureBox.setConverter(keyed("forecast.unit."));
        measureBox.valueProperty().bindBidirectional(series.measureProperty());
        frequencyBox.getItems().setAll(SeriesFrequency.WEEK, SeriesFrequency.MONTH);
        frequencyBox.setConverter(keyed("forecast.frequency."));
        frequencyBox.valueProperty().bindBidirectional(series.frequencyProperty());
        breakdownBox.getItems().setAll(SeriesBreakdown.values());
        breakdownBox.setConverter(keyed("forecast.ws.breakdown."));
        breakdownBox.valueProperty().bindBidirectional(series.breakdownProperty());
        groupBox.setItems(series.groups());
        groupBox.valueProperty().bindBidirectional(series.groupProperty());
        groupBox.disableProperty().bind(series.breakdownProperty().isEqualTo(SeriesBreakdown.OVERALL));
        groupLabel.disableProperty().bind(groupBox.disableProperty());
        dateColumnBox.setItems(series.columns());
        dateColumnBox.valueProperty().bindBidirectional(series.dateColumnProperty());
        valueColumnBox.setItems(series.columns());
        valueColumnBox.valueProperty().bindBidirectional(series.valueColumnProperty());
        ordersGrid.visibleProperty().bind(series.sourceProperty().isEqualTo(SeriesChoice.Source.ORDERS));
        ordersGrid.managedProperty().bind(ordersGrid.visibleProperty());
        fileGrid.visibleProperty().bind(ordersGrid.visibleProperty().not());
        fileGrid.managedProperty().bind(fileGrid.visibleProperty());
        fileLabel.textProperty().bind(series.fileProperty().map(p -> p.getFileName().toString()).orElse(""));

        modelBox.setItems(model.modelOptions());
        modelBox.valueProperty().bindBidirectional(model.modelOptionProperty());
        ForecastSettingsForm form = model.form();
        SliderSpinner.bind(horizonSpinner, form.horizonProperty(), form.horizonRange(), scope);
        SliderSpinner.bind(originsSpinner, form.originsProperty(), form.originsRange(), scope);
        levelsField.textProperty().bindBidirectional(model.form().levelsProperty());

        busyIndicator.visibleProperty().bind(model.runningProperty().or(series.readingProperty()));
        cancelButton.disableProperty().bind(model.runningProperty().not());
        forecastButton.disableProperty().bind(series.seriesProperty().isNull());
        saveButton.disableProperty().bind(model.drawingProperty().isNull());
        exportCsvButton.disableProperty().bind(model.drawingProperty().isNull());

        chartTab.setContent(forecastPane.node());
        SplitPane backtest = new SplitPane(modelTable, backtestPane.node());
        backtest.setOrientation(Orientation.VERTICAL);
        backtest.setDividerPositions(0.34);
        backtestTab.setContent(backtest);
        modelTable.setId("forecast-model-table");
        parameterTable.setId("forecast-parameter-table");
        periodTable.setId("forecast-period-table");
        tables.models(modelTable);
        tables.parameters(parameterTable);
        TableHint.set(modelTable, messages.get("forecast.ws.hint.models"));
        TableHint.set(parameterTable, messages.get("forecast.ws.hint.parameters"));
        TableHint.set(periodTable, messages.get("forecast.ws.hint.periods"));
        modelTable.setItems(model.models());
        parameterTable.setItems(model.parameters());
        periodTable.setItems(model.periods());

        seriesLabel.textProperty().bind(model.seriesTextProperty());
        scope.follow(model.drawingProperty(), this::show);
        scope.follow(model.noticeProperty(), n -> NoticeLabel.show(noticeLabel, n, messages, ""));
    }

    @FXML
    private void openFile() {
        DataFileChooser.ask(root.getScene().getWindow(), messages.get("forecast.ws.fileFilter")).ifPresent(model.series().fileProperty()::set);
    }

    @FXML
    private void forecast() {
        model.forecast();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void exportCsv() {
        SaveDialog.ask(root, "forecast.csv", "CSV", "csv").ifPresent(model::exportCsv);
    }

    private void exportChart(ChartExportRequest request) {
        request.askWhere(root).ifPresent(file -> model.export(file, request::write));
    }

    private void show(ForecastDrawing drawing) {
        forecastPane.show(drawing == null ? null : drawing.forecastChart());
        backtestPane.show(drawing == null ? null : drawing.backtestChart());
        tables.periods(periodTable, drawing == null ? new int[0] : drawing.levels());
    }

    private <T extends Enum<T>> StringConverter<T> keyed(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                if (value == null) {
                    return "";
                }
                String key = value instanceof SeriesBreakdown b ? b.key() : value.name().toLowerCase(Locale.ROOT);
                return messages.get(prefix + key);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
