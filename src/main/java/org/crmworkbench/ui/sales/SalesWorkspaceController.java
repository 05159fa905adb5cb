package org.crmworkbench.ui.sales;

import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.charts.ChartExportRequest;
import org.crmworkbench.ui.charts.ChartPane;
import org.crmworkbench.ui.common.DataFileChooser;
import org.crmworkbench.ui.common.NoticeLabel;
import org.crmworkbench.ui.common.SliderSpinner;
import org.crmworkbench.ui.common.TableHint;
import org.crmworkbench.ui.common.ViewScope;

/**
 * Binds the Sales team view to its {@link SalesViewModel}: every listener on the view model goes through the view's
 * {@link ViewScope}; the league lines, the rep card, the comparison, the charts and the lines of text come ready
 * from the view model.
 */
public final class SalesWorkspaceController {
    private final SalesViewModel model;
    private final Messages messages;
    private final ViewScope scope;
    private final ChartPane caterpillarPane;
    private final ChartPane ranksPane;
    private final ChartPane trendPane;
    private final Map<String, BooleanProperty> factorChecks = new LinkedHashMap<>();
    private final Label trendNote = new Label();

    @FXML private BorderPane root;
    @FXML private ComboBox<SalesSource.Kind> sourceBox;
    @FXML private GridPane fileGrid;
    @FXML private Label fileLabel;
    @FXML private ComboBox<String> repColumnBox;
    @FXML private ComboBox<String> amountColumnBox;
    @FXML private ComboBox<String> dateColumnBox;
    @FXML private ComboBox<String> customerColumnBox;
    @FXML private ListView<String> factorColumnList;
    @FXML private Button openFileButton;
    @FXML private Label quotaLabel;
    @FXML private Button clearQuotaButton;
    @FXML private ComboBox<OutcomeOption> outcomeBox;
    @FXML private ComboBox<PeriodOption> periodBox;
    @FXML private Spinner<Integer> churnSpinner;
    @FXML private VBox adjustBox;
    @FXML private CheckBox seasonCheck;
    @FXML private Button analyseButton;
    @FXML private Button cancelButton;
    @FXML private Button saveButton;
    @FXML private Label dataLabel;
    @FXML private Label summaryLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private ComboBox<String> regionBox;
    @FXML private ComboBox<String> periodFilterBox;
    @FXML private Label shiftLabel;
    @FXML private TableView<RepRow> leagueTable;
    @FXML private Label cardLabel;
    @FXML private TableView<ScorecardRow> scorecardTable;
    @FXML private Label customersLabel;
    @FXML private TableView<RepCard.CustomerRevenue> customerTable;
    @FXML private StackPane trendHolder;
    @FXML private StackPane caterpillarHolder;
    @FXML private StackPane ranksHolder;
    @FXML private ComboBox<RepRow> compareABox;
    @FXML private ComboBox<RepRow> compareBBox;
    @FXML private Label compareALabel;
    @FXML private Label compareBLabel;
    @FXML private TableView<RepComparison.Line> compareTable;
    @FXML private Label noticeLabel;

    public SalesWorkspaceController(SalesViewModel model, Messages messages, ViewScope scope) {
        this.model = model;
        this.messages = messages;
        this.scope = scope;
        this.caterpillarPane = new ChartPane("sales-caterpillar-chart", "caterpillar", messages, this::exportChart);
        this.ranksPane = new ChartPane("sales-ranks-chart", "ranks", messages, this::exportChart);
        this.trendPane = new ChartPane("sales-trend-chart", "rep-trend", messages, this::exportChart);
    }

    @FXML
    private void initialize() {
        bindSource();
        bindSettings();
        bindLeague();
        bindCard();
        bindComparison();
        busyIndicator.visibleProperty().bind(model.runningProperty()
                .or(model.source().phaseProperty().isEqualTo(SalesSource.Phase.READING)));
        cancelButton.disableProperty().bind(model.runningProperty().not());
        analyseButton.disableProperty().bind(model.source().dataProperty().isNull());
        saveButton.disableProperty().bind(model.canSaveProperty().not());
        dataLabel.textProperty().bind(model.dataTextProperty());
        summaryLabel.textProperty().bind(model.summaryTextProperty());
        shiftLabel.textProperty().bind(model.shiftTextProperty());
        shiftLabel.visibleProperty().bind(model.shiftTextProperty().isNotEmpty());
        shiftLabel.managedProperty().bind(shiftLabel.visibleProperty());
        caterpillarHolder.getChildren().setAll(caterpillarPane.node());
        ranksHolder.getChildren().setAll(ranksPane.node());
        trendNote.getStyleClass().add("field-hint");
        trendNote.setWrapText(true);
        trendNote.setId("trendNote");
        trendHolder.getChildren().setAll(trendPane.node(), trendNote);
        scope.follow(model.drawingProperty(), d -> {
            caterpillarPane.show(d == null ? null : d.caterpillar(), d == null ? null : d::caterpillarMasked);
            ranksPane.show(d == null ? null : d.ranks(), d == null ? null : d::ranksMasked);
            showTrend();
        });
        scope.follow(model.noticeProperty(), n -> NoticeLabel.show(noticeLabel, n, messages, ""));
    }

    private <T> StringConverter<T> named(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private void bindSource() {
        SalesSource source = model.source();
        sourceBox.getItems().setAll(SalesSource.Kind.values());
        sourceBox.setConverter(named(k -> messages.get("sales.ws.source." + k.name().toLowerCase(Locale.ROOT))));
        sourceBox.valueProperty().bindBidirectional(source.kindProperty());
        fileGrid.visibleProperty().bind(source.kindProperty().isEqualTo(SalesSource.Kind.FILE));
        fileGrid.managedProperty().bind(fileGrid.visibleProperty());
        fileLabel.textProperty().bind(source.fileProperty().map(p -> p.getFileName().toString())
                .orElse(messages.get("sales.ws.noFile")));
        quotaLabel.textProperty().bind(source.quotaFileProperty().map(p -> p.getFileName().toString())
                .orElse(messages.get("sales.ws.noQuotas")));
        clearQuotaButton.disableProperty().bind(source.quotaFileProperty().isNull());
        for (ComboBox<String> box : List.of(repColumnBox, amountColumnBox, dateColumnBox, customerColumnBox)) {
            box.setItems(source.columns());
        }
        repColumnBox.valueProperty().bindBidirectional(source.repColumnProperty());
        amountColumnBox.valueProperty().bindBidirectional(source.amountColumnProperty());
        dateColumnBox.valueProperty().bindBidirectional(source.dateColumnProperty());
        customerColumnBox.valueProperty().bindBidirectional(source.customerColumnProperty());
        factorColumnList.setCellFactory(CheckBoxListCell.forListView(factorChecks::get));
        scope.follow(source.columns(), this::offerFactorColumns);
    }

    /** A check per column of the file (rep, amount and date aside), ticked when the source reads it as a factor. */
    private void offerFactorColumns() {
        SalesSource source = model.source();
        factorChecks.clear();
        for (String column : source.columns()) {
            BooleanProperty ticked = new SimpleBooleanProperty(source.factorColumns().contains(column));
            ticked.addListener((o, was, is) -> {
                if (is && !source.factorColumns().contains(column)) {
                    source.factorColumns().add(column);
                } else if (!is) {
                    source.factorColumns().remove(column);
                }
            });
            factorChecks.put(column, ticked);
        }
        factorColumnList.setItems(FXCollections.observableArrayList(source.columns()));
    }

    private void bindSettings() {
        SalesSettingsForm form = model.form();
        outcomeBox.getItems().setAll(OutcomeOption.values());
        outcomeBox.setConverter(named(o -> messages.get("sales.ws.outcome." + o.cliName())));
        outcomeBox.valueProperty().bindBidirectional(form.outcomeProperty());
        periodBox.getItems().setAll(PeriodOption.values());
        periodBox.setConverter(named(p -> messages.get("sales.ws.period." + p.cliName())));
        periodBox.valueProperty().bindBidirectional(form.periodProperty());
        SliderSpinner.bind(churnSpinner, form.churnWindowProperty(), form.churnRange(), scope);
        seasonCheck.selectedProperty().bindBidirectional(form.seasonProperty());
        SalesWords words = new SalesWords(messages);
        scope.follow(form.factors(), () -> {
            adjustBox.getChildren().clear();
            for (SalesSettingsForm.Factor factor : form.factors()) {
                CheckBox check = new CheckBox(words.factor(factor.name()));
                check.setId("adjust-" + factor.name());
                check.selectedProperty().bindBidirectional(factor.adjusted());
                adjustBox.getChildren().add(check);
            }
            if (form.factors().isEmpty()) {
                Label none = new Label(messages.get("sales.ws.noFactors"));
                none.getStyleClass().add("field-hint");
                adjustBox.getChildren().add(none);
            }
        });
    }

    private void bindLeague() {
        RepFocus focus = model.focus();
        new SalesTables(messages).league(leagueTable, model::shownOutcome);
        leagueTable.setItems(focus.rows());
        scope.followAll(() -> leagueTable.getColumns().get(3).setText(messages.get(
                "sales.ws.raw." + model.shownOutcome().cliName())), model.resultProperty());
        scope.follow(model.runningProperty(), running -> TableHint.set(leagueTable,
                messages.get(running ? "sales.ws.hint.running" : "sales.ws.hint.league")));
        regionBox.setItems(focus.regions());
        regionBox.setConverter(named(r -> r.isEmpty() ? messages.get("sales.ws.filter.allRegions") : r));
        regionBox.valueProperty().bindBidirectional(focus.regionProperty());
        periodFilterBox.setItems(focus.periods());
        periodFilterBox.setConverter(named(p -> p.isEmpty() ? messages.get("sales.ws.filter.allPeriods") : p));
        periodFilterBox.valueProperty().bindBidirectional(focus.periodProperty());
        leagueTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                focus.chosenProperty().set(b);
            }
        });
    }

    private void bindCard() {
        SalesTables tables = new SalesTables(messages);
        tables.scorecards(scorecardTable);
        tables.customers(customerTable);
        TableHint.set(scorecardTable, messages.get("sales.ws.hint.card"));
        TableHint.set(customerTable, messages.get("sales.ws.hint.card"));
        scope.follow(model.focus().cardProperty(), card -> {
            cardLabel.setText(card == null ? messages.get("sales.ws.card.none") : line(card.row()));
            scorecardTable.getItems().setAll(card == null ? List.of() : card.scorecards());
            customerTable.getItems().setAll(card == null ? List.of() : card.topCustomers());
            customersLabel.setText(card == null ? "" : messages.get("sales.ws.card.customers", card.customers(),
                    card.topCustomers().size()));
            showTrend();
        });
    }

    private void showTrend() {
        RepCard card = model.focus().cardProperty().get();
        SalesDrawing drawing = model.drawingProperty().get();
        trendPane.show(card == null || drawing == null ? null : drawing.trend(card.trend(), card.row()),
                card == null || drawing == null ? null : () -> drawing.trendMasked(card.trend(), card.row()));
        trendNote.setText(card == null ? messages.get("sales.ws.hint.card")
                : card.trend() == null ? messages.get("sales.ws.card.noTrend", card.row().label()) : "");
        trendNote.setVisible(card == null || card.trend() == null);
    }

    /** A rep's league line in words: region, ranks, effect and interval. */
    private String line(RepRow row) {
        NumberFormat f = NumberFormat.getNumberInstance(messages.locale());
        f.setMinimumFractionDigits(3);
        f.setMaximumFractionDigits(3);
        return messages.get("sales.ws.card.line", row.label(), row.region().isEmpty() ? "\u2013" : row.region(),
                row.rankAdjusted(), model.focus().allRows().size(), row.rankRaw(), f.format(row.effect()),
                f.format(row.lower()), f.format(row.upper()), row.observations());
    }

    private void bindComparison() {
        RepFocus focus = model.focus();
        new SalesTables(messages).comparison(compareTable);
        TableHint.set(compareTable, messages.get("sales.ws.hint.compare"));
        for (ComboBox<RepRow> box : List.of(compareABox, compareBBox)) {
            box.setItems(focus.allRows());
            box.setConverter(named(RepRow::label));
            box.setPromptText(messages.get("sales.ws.compare.choose"));
        }
        compareABox.valueProperty().bindBidirectional(focus.compareAProperty());
        compareBBox.valueProperty().bindBidirectional(focus.compareBProperty());
        scope.follow(focus.comparisonProperty(), c -> {
            compareALabel.setText(c == null ? "" : line(c.a().row()));
            compareBLabel.setText(c == null ? "" : line(c.b().row()));
            compareTable.getItems().setAll(c == null ? List.of() : c.lines());
        });
    }

    @FXML
    private void openFile() {
        DataFileChooser.ask(root.getScene().getWindow(), messages.get("sales.ws.fileFilter"))
                .ifPresent(model.source().fileProperty()::set);
    }

    @FXML
    private void openQuotas() {
        DataFileChooser.ask(root.getScene().getWindow(), messages.get("sales.ws.fileFilter"))
                .ifPresent(model.source().quotaFileProperty()::set);
    }

    @FXML
    private void clearQuotas() {
        model.source().quotaFileProperty().set(null);
    }

    @FXML
    private void analyse() {
        model.analyse();
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
}
