package org.crmworkbench.ui.feedback;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.text.TextFlow;
import javafx.util.StringConverter;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.feedback.FeedbackRows.AspectRow;
import org.crmworkbench.ui.feedback.FeedbackRows.ChangeRow;
import org.crmworkbench.ui.feedback.FeedbackRows.CountsRow;
import org.crmworkbench.ui.feedback.FeedbackRows.KeywordRow;
import org.crmworkbench.ui.feedback.FeedbackRows.PriorityRow;
import org.crmworkbench.ui.feedback.FeedbackRows.TextRow;
import org.crmworkbench.ui.feedback.FeedbackRows.TopicRow;
import org.crmworkbench.ui.charts.ChartExportRequest;
import org.crmworkbench.ui.charts.ChartPane;
import org.crmworkbench.ui.common.DataFileChooser;
import org.crmworkbench.ui.common.NoticeLabel;
import org.crmworkbench.ui.common.SliderSpinner;
import org.crmworkbench.ui.common.TableHint;
import org.crmworkbench.ui.common.ViewScope;
import org.jfree.chart.JFreeChart;

/**
 * Binds the Feedback view to its {@link FeedbackViewModel}: every listener on the view model goes through the view's
 * {@link ViewScope}; results, charts, focus and lines of text come ready from the view model.
 */
public final class FeedbackWorkspaceController {
    private final FeedbackViewModel model;
    private final Messages messages;
    private final ViewScope scope;
    private final FeedbackWords words;
    private final ChartPane timelinePane;
    private final ChartPane breakdownPane;
    private final ChartPane topicsPane;
    private final ChartPane aspectsPane;

    @FXML private BorderPane root;
    @FXML private ComboBox<FeedbackSource.Kind> sourceBox;
    @FXML private GridPane fileGrid;
    @FXML private Label fileLabel;
    @FXML private ComboBox<String> textColumnBox;
    @FXML private ComboBox<String> idColumnBox;
    @FXML private ComboBox<String> dateColumnBox;
    @FXML private ComboBox<LanguageOption> languageBox;
    @FXML private ComboBox<PeriodOption> periodBox;
    @FXML private Spinner<Integer> topicsSpinner;
    @FXML private Spinner<Integer> keywordsSpinner;
    @FXML private Spinner<Integer> atRiskSpinner;
    @FXML private Spinner<Integer> topSpendersSpinner;
    @FXML private Button runButton;
    @FXML private Button cancelButton;
    @FXML private Button saveButton;
    @FXML private Label dataLabel;
    @FXML private Label summaryLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private ComboBox<String> languageFilterBox;
    @FXML private ComboBox<String> channelFilterBox;
    @FXML private ComboBox<String> productFilterBox;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private TabPane tabs;
    @FXML private StackPane timelineHolder;
    @FXML private TableView<CountsRow> countsTable;
    @FXML private ComboBox<String> dimensionBox;
    @FXML private StackPane breakdownHolder;
    @FXML private TableView<CountsRow> groupsTable;
    @FXML private ComboBox<ResultFocus.KeywordGroup> keywordGroupBox;
    @FXML private TableView<KeywordRow> keywordsTable;
    @FXML private TableView<TopicRow> topicsTable;
    @FXML private StackPane topicsHolder;
    @FXML private StackPane aspectsHolder;
    @FXML private TableView<AspectRow> aspectsTable;
    @FXML private TableView<TextRow> textsTable;
    @FXML private Label detailLabel;
    @FXML private StackPane detailTextHolder;
    @FXML private Label priorityLabel;
    @FXML private TableView<PriorityRow> priorityTable;
    @FXML private TableView<ChangeRow> changesTable;
    @FXML private Label noticeLabel;

    public FeedbackWorkspaceController(FeedbackViewModel model, Messages messages, ViewScope scope) {
        this.model = model;
        this.messages = messages;
        this.scope = scope;
        this.words = new FeedbackWords(messages);
        this.timelinePane = new ChartPane("feedback-timeline-chart", "timeline", messages, this::exportChart);
        this.breakdownPane = new ChartPane("feedback-breakdown-chart", "breakdown", messages, this::exportChart);
        this.topicsPane = new ChartPane("feedback-topics-chart", "topics", messages, this::exportChart);
        this.aspectsPane = new ChartPane("feedback-aspects-chart", "aspects", messages, this::exportChart);
    }

    @FXML
    private void initialize() {
        bindSource();
        bindSettings();
        bindFilters();
        bindTables();
        busyIndicator.visibleProperty().bind(model.runningProperty()
                .or(model.source().phaseProperty().isEqualTo(FeedbackSource.Phase.READING)));
        cancelButton.disableProperty().bind(model.runningProperty().not());
        runButton.disableProperty().bind(model.source().dataProperty().isNull());
        saveButton.disableProperty().bind(model.canSaveProperty().not());
        dataLabel.textProperty().bind(model.dataTextProperty());
        summaryLabel.textProperty().bind(model.summaryTextProperty());
        timelineHolder.getChildren().setAll(timelinePane.node());
        breakdownHolder.getChildren().setAll(breakdownPane.node());
        topicsHolder.getChildren().setAll(topicsPane.node());
        aspectsHolder.getChildren().setAll(aspectsPane.node());
        scope.follow(model.drawingProperty(), d -> {
            draw(timelinePane, () -> d == null ? null : d.timeline());
            draw(topicsPane, () -> d == null ? null : d.topics());
            draw(aspectsPane, () -> d == null ? null : d.aspects());
            drawBreakdown();
        });
        scope.follow(model.focus().dimensionProperty(), d -> drawBreakdown());
        priorityLabel.textProperty().bind(model.priorityTextProperty());
        scope.follow(model.noticeProperty(), n -> NoticeLabel.show(noticeLabel, n, messages, ""));
    }

    /** Shows a chart; one that cannot be drawn leaves the pane empty and says why. */
    private void draw(ChartPane pane, Supplier<JFreeChart> chart) {
        draw(pane, chart, null);
    }

    /** Shows the chart; {@code forExport} (may be null) is what leaves the window instead (names masked). */
    private void draw(ChartPane pane, Supplier<JFreeChart> chart, Supplier<JFreeChart> forExport) {
        try {
            pane.show(chart.get(), forExport);
        } catch (RuntimeException e) {
            pane.show(null);
            model.chartFailed(e);
        }
    }

    private void drawBreakdown() {
        FeedbackDrawing d = model.drawingProperty().get();
        String dimension = model.focus().dimensionProperty().get();
        boolean none = d == null || dimension == null;
        draw(breakdownPane, () -> none ? null : d.breakdown(dimension),
                none ? null : () -> d.breakdownMasked(dimension));
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
        FeedbackSource source = model.source();
        sourceBox.getItems().setAll(FeedbackSource.Kind.values());
        sourceBox.setConverter(named(k -> messages.get("feedback.ws.source." + k.name().toLowerCase(Locale.ROOT))));
        sourceBox.valueProperty().bindBidirectional(source.kindProperty());
        fileGrid.visibleProperty().bind(source.kindProperty().isEqualTo(FeedbackSource.Kind.FILE));
        fileGrid.managedProperty().bind(fileGrid.visibleProperty());
        fileLabel.textProperty().bind(source.fileProperty().map(p -> p.getFileName().toString())
                .orElse(messages.get("feedback.ws.noFile")));
        for (ComboBox<String> box : List.of(textColumnBox, idColumnBox, dateColumnBox)) {
            box.setItems(source.columns());
        }
        idColumnBox.setPromptText(messages.get("feedback.ws.noColumn"));
        dateColumnBox.setPromptText(messages.get("feedback.ws.noColumn"));
        textColumnBox.valueProperty().bindBidirectional(source.textColumnProperty());
        idColumnBox.valueProperty().bindBidirectional(source.idColumnProperty());
        dateColumnBox.valueProperty().bindBidirectional(source.dateColumnProperty());
    }

    private void bindSettings() {
        FeedbackSettingsForm form = model.form();
        languageBox.getItems().setAll(LanguageOption.values());
        languageBox.setConverter(named(c -> messages.get("feedback.ws.lang." + c.cliName())));
        languageBox.valueProperty().bindBidirectional(form.languageProperty());
        periodBox.getItems().setAll(PeriodOption.values());
        periodBox.setConverter(named(p -> messages.get("feedback.ws.period." + p.cliName())));
        periodBox.valueProperty().bindBidirectional(form.periodProperty());
        SliderSpinner.bind(topicsSpinner, form.topicsProperty(), form.topicsRange(), scope);
        SliderSpinner.bind(keywordsSpinner, form.keywordsProperty(), form.keywordsRange(), scope);
        SliderSpinner.bind(atRiskSpinner, form.atRiskDaysProperty(), form.atRiskDaysRange(), scope);
        SliderSpinner.bind(topSpendersSpinner, form.topSpendersProperty(), form.topSpendersRange(), scope);
    }

    private void bindFilters() {
        FeedbackFilters filters = model.filters();
        languageFilterBox.setItems(filters.languages());
        languageFilterBox.setConverter(named(words::language));
        languageFilterBox.valueProperty().bindBidirectional(filters.languageProperty());
        channelFilterBox.setItems(filters.channels());
        channelFilterBox.setConverter(named(c -> c.isEmpty() ? messages.get("feedback.ws.filter.allChannels")
                : words.channel(c)));
        channelFilterBox.valueProperty().bindBidirectional(filters.channelProperty());
        productFilterBox.setItems(filters.products());
        productFilterBox.setConverter(named(p -> p.isEmpty() ? messages.get("feedback.ws.filter.allProducts") : p));
        productFilterBox.valueProperty().bindBidirectional(filters.productProperty());
        fromPicker.valueProperty().bindBidirectional(filters.fromProperty());
        toPicker.valueProperty().bindBidirectional(filters.toProperty());
        fromPicker.setPromptText(messages.get("feedback.ws.filter.start"));
        toPicker.setPromptText(messages.get("feedback.ws.filter.end"));
    }

    private void bindTables() {
        FeedbackTables tables = new FeedbackTables(messages);
        ResultFocus focus = model.focus();
        tables.counts(countsTable);
        tables.groups(groupsTable);
        tables.keywords(keywordsTable);
        tables.topics(topicsTable);
        tables.aspects(aspectsTable);
        tables.texts(textsTable);
        tables.priority(priorityTable);
        tables.changes(changesTable);
        countsTable.setItems(focus.counts());
        groupsTable.setItems(focus.groups());
        keywordsTable.setItems(focus.keywords());
        topicsTable.setItems(focus.topics());
        aspectsTable.setItems(focus.aspects());
        changesTable.setItems(focus.changes());
        SortedList<TextRow> sortedTexts = new SortedList<>(focus.texts());
        sortedTexts.comparatorProperty().bind(textsTable.comparatorProperty());
        textsTable.setItems(sortedTexts);
        SortedList<PriorityRow> sortedPriority = new SortedList<>(focus.priority());
        sortedPriority.comparatorProperty().bind(priorityTable.comparatorProperty());
        priorityTable.setItems(sortedPriority);
        scope.follow(model.runningProperty(), running -> {
            String hint = messages.get(running ? "feedback.ws.hint.running" : "feedback.ws.hint.none");
            for (TableView<?> t : List.of(countsTable, groupsTable, keywordsTable, topicsTable, aspectsTable,
                    textsTable, changesTable)) {
                TableHint.set(t, hint);
            }
            TableHint.set(priorityTable, messages.get(running ? "feedback.ws.hint.running"
                    : !model.hasResultProperty().get() ? "feedback.ws.hint.none" : "feedback.ws.hint.noPriority"));
        });
        scope.follow(model.hasResultProperty(), has -> {
            if (!model.runningProperty().get()) {
                TableHint.set(priorityTable, messages.get(!has ? "feedback.ws.hint.none"
                        : "feedback.ws.hint.noPriority"));
            }
        });
        dimensionBox.setItems(focus.dimensions());
        dimensionBox.setConverter(named(words::dimension));
        dimensionBox.valueProperty().bindBidirectional(focus.dimensionProperty());
        keywordGroupBox.setItems(focus.keywordGroups());
        keywordGroupBox.setConverter(named(g -> messages.get("feedback.ws.keywordGroup.name",
                words.language(g.language()), words.label(g.label()))));
        keywordGroupBox.valueProperty().bindBidirectional(focus.keywordGroupProperty());
        textsTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                focus.chosenProperty().set(b);
            }
        });
        priorityTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                focus.chosenProperty().set(b.row());
            }
        });
        priorityTable.setOnMouseClicked(e -> {
            PriorityRow chosen = priorityTable.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && chosen != null) {
                tabs.getSelectionModel().select(tabs.getTabs().stream()
                        .filter(t -> "textsTab".equals(t.getId())).findFirst().orElseThrow());
                textsTable.getSelectionModel().select(chosen.row());
                textsTable.scrollTo(chosen.row());
            }
        });
        detailLabel.textProperty().bind(model.detailTextProperty());
        scope.follow(focus.chosenProperty(), chosen -> {
            if (chosen == null) {
                detailTextHolder.getChildren().setAll(new Label(messages.get("feedback.ws.detail.choose")));
                return;
            }
            TextFlow whole = HighlightedText.flow(chosen);
            whole.setId("detailText");
            whole.getStyleClass().add("feedback-detail-text");
            detailTextHolder.getChildren().setAll(whole);
        });
    }

    @FXML
    private void openFile() {
        DataFileChooser.ask(root.getScene().getWindow(), messages.get("feedback.ws.fileFilter"))
                .ifPresent(model.source().fileProperty()::set);
    }

    @FXML
    private void run() {
        model.run();
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
    private void clearFilters() {
        model.filters().clear();
    }

    private void exportChart(ChartExportRequest request) {
        request.askWhere(root).ifPresent(file -> model.export(file, request::write));
    }
}
