package org.crmworkbench.ui.assistant;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.AskedQuestion;
import org.crmworkbench.model.AssistantRunRecord.ConfusionRow;
import org.crmworkbench.model.AssistantRunRecord.IntentRow;
import org.crmworkbench.model.KnowledgeEntry;
import org.crmworkbench.ui.charts.ChartExportRequest;
import org.crmworkbench.ui.charts.ChartPane;
import org.crmworkbench.ui.common.DataFileChooser;
import org.crmworkbench.ui.common.NoticeLabel;
import org.crmworkbench.ui.common.SliderSpinner;
import org.crmworkbench.ui.common.TableHint;
import org.crmworkbench.ui.common.ViewScope;
import org.jfree.chart.JFreeChart;

/**
 * Binds the Assistant view to its {@link AssistantViewModel}: every listener on the view model goes through the
 * view's {@link ViewScope}; rows, answers, figures and charts come ready from the view model.
 */
public final class AssistantWorkspaceController {
    private final AssistantViewModel model;
    private final Messages messages;
    private final ViewScope scope;
    private final AssistantTables tables;
    private final ChartPane tradeOffPane;
    private final ChartPane intentsPane;

    @FXML private BorderPane root;
    @FXML private Label countsLabel;
    @FXML private TextField oosLabelField;
    @FXML private ComboBox<ThresholdMode> modeBox;
    @FXML private Label fixedThresholdLabel;
    @FXML private Spinner<Double> fixedThresholdSpinner;
    @FXML private Spinner<Double> wrongCostSpinner;
    @FXML private Button trainButton;
    @FXML private Button cancelButton;
    @FXML private Button saveButton;
    @FXML private Label statusLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private TabPane tabs;
    @FXML private TextField filterField;
    @FXML private Button editButton;
    @FXML private Button removeButton;
    @FXML private Button importButton;
    @FXML private Button addButton;
    @FXML private TableView<KnowledgeEntry> knowledgeTable;
    @FXML private GridPane entryPane;
    @FXML private TextField questionField;
    @FXML private ComboBox<String> intentBox;
    @FXML private ComboBox<String> languageBox;
    @FXML private TextArea answerArea;
    @FXML private Button adoptButton;
    @FXML private Button forgetButton;
    @FXML private TableView<AskedQuestion> askedTable;
    @FXML private ScrollPane transcriptScroll;
    @FXML private VBox transcriptBox;
    @FXML private TextField questionInput;
    @FXML private Button askButton;
    @FXML private ComboBox<EvaluationSource> evalSourceBox;
    @FXML private Label testFileLabel;
    @FXML private Label figuresLabel;
    @FXML private Slider thresholdSlider;
    @FXML private Label thresholdLabel;
    @FXML private StackPane tradeOffHolder;
    @FXML private StackPane intentsHolder;
    @FXML private TableView<IntentRow> intentTable;
    @FXML private TableView<ConfusionRow> confusionTable;
    @FXML private Label noticeLabel;

    public AssistantWorkspaceController(AssistantViewModel model, Messages messages, ViewScope scope) {
        this.model = model;
        this.messages = messages;
        this.scope = scope;
        this.tables = new AssistantTables(messages);
        this.tradeOffPane = new ChartPane("assistant-tradeoff-chart", "tradeoff", messages, this::exportChart);
        this.intentsPane = new ChartPane("assistant-intents-chart", "intents", messages, this::exportChart);
    }

    @FXML
    private void initialize() {
        bindSettings();
        bindKnowledge();
        bindChat();
        bindEvaluation();
        busyIndicator.visibleProperty().bind(model.trainingProperty().or(model.busyProperty())
                .or(model.evaluation().evaluatingProperty()));
        trainButton.disableProperty().bind(model.trainingProperty());
        cancelButton.disableProperty().bind(model.trainingProperty().not());
        saveButton.disableProperty().bind(model.canSaveProperty().not());
        statusLabel.textProperty().bind(model.statusTextProperty());
        countsLabel.textProperty().bind(model.countsTextProperty());
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

    private void bindSettings() {
        AssistantSettingsForm form = model.form();
        oosLabelField.textProperty().bindBidirectional(form.oosLabelProperty());
        modeBox.getItems().setAll(ThresholdMode.values());
        modeBox.setConverter(named(m -> messages.get(m.messageKey())));
        modeBox.valueProperty().bindBidirectional(form.modeProperty());
        SliderSpinner.bind(fixedThresholdSpinner, form.fixedThresholdProperty(), form.thresholdRange(), scope);
        SliderSpinner.bind(wrongCostSpinner, form.wrongCostProperty(), form.wrongCostRange(), scope);
        fixedThresholdSpinner.disableProperty().bind(form.modeProperty().isNotEqualTo(ThresholdMode.FIXED));
        fixedThresholdLabel.disableProperty().bind(fixedThresholdSpinner.disableProperty());
    }

    private void bindKnowledge() {
        KnowledgeBaseList knowledge = model.knowledge();
        tables.knowledge(knowledgeTable);
        tables.asked(askedTable);
        SortedList<KnowledgeEntry> sorted = new SortedList<>(knowledge.shown());
        sorted.comparatorProperty().bind(knowledgeTable.comparatorProperty());
        knowledgeTable.setItems(sorted);
        askedTable.setItems(model.asked());
        filterField.textProperty().bindBidirectional(knowledge.filterProperty());
        TableHint.set(knowledgeTable, messages.get("assistant.ws.hint.knowledge"));
        TableHint.set(askedTable, messages.get("assistant.ws.hint.asked"));
        addButton.disableProperty().bind(model.hasDatabaseProperty().not());
        importButton.disableProperty().bind(addButton.disableProperty());
        editButton.disableProperty().bind(knowledgeTable.getSelectionModel().selectedItemProperty().isNull());
        removeButton.disableProperty().bind(editButton.disableProperty());
        adoptButton.disableProperty().bind(askedTable.getSelectionModel().selectedItemProperty().isNull());
        forgetButton.disableProperty().bind(adoptButton.disableProperty());
        knowledgeTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                editEntry();
            }
        });
        EntryForm form = model.entryForm();
        entryPane.visibleProperty().bind(form.openProperty());
        entryPane.managedProperty().bind(entryPane.visibleProperty());
        questionField.textProperty().bindBidirectional(form.questionProperty());
        answerArea.textProperty().bindBidirectional(form.answerProperty());
        intentBox.setItems(knowledge.intents());
        intentBox.getEditor().textProperty().bindBidirectional(form.intentProperty());
        languageBox.getItems().setAll("", "en", "zh");
        languageBox.setConverter(named(tables::language));
        languageBox.valueProperty().bindBidirectional(form.languageProperty());
    }

    private void bindChat() {
        ChatBubbles bubbles = new ChatBubbles(new AssistantWords(messages), transcriptScroll.widthProperty());
        scope.follow(model.transcript(), () -> transcriptBox.getChildren().setAll(bubbles.of(model.transcript(),
                messages.get("assistant.ws.chat.empty"))));
        // the newest bubble stays in sight
        transcriptBox.heightProperty().addListener((o, a, b) -> transcriptScroll.setVvalue(1.0));
        askButton.disableProperty().bind(model.canAskProperty().not());
    }

    private void bindEvaluation() {
        ShownEvaluation evaluation = model.evaluation();
        evalSourceBox.getItems().setAll(EvaluationSource.values());
        evalSourceBox.setConverter(named(s -> messages.get(s.messageKey())));
        evalSourceBox.valueProperty().bindBidirectional(evaluation.sourceProperty());
        testFileLabel.textProperty().bind(evaluation.testFileProperty().map(p -> p.getFileName().toString())
                .orElse(messages.get("assistant.ws.noFile")));
        figuresLabel.textProperty().bind(model.figuresTextProperty());
        thresholdSlider.valueProperty().bindBidirectional(model.thresholdProperty());
        thresholdSlider.disableProperty().bind(model.trainedProperty().isNull());
        scope.follow(model.thresholdProperty(), t -> thresholdLabel.setText(messages.get(
                "assistant.ws.eval.thresholdValue", t.doubleValue())));
        tables.intents(intentTable);
        tables.confusions(confusionTable);
        intentTable.setItems(evaluation.intents());
        confusionTable.setItems(evaluation.confusions());
        TableHint.set(intentTable, messages.get("assistant.ws.hint.evaluation"));
        TableHint.set(confusionTable, messages.get("assistant.ws.hint.confusion"));
        tradeOffHolder.getChildren().setAll(tradeOffPane.node());
        intentsHolder.getChildren().setAll(intentsPane.node());
        scope.follow(evaluation.drawingProperty(), d -> {
            draw(tradeOffPane, () -> d == null ? null : d.tradeOff());
            draw(intentsPane, () -> d == null ? null : d.intents());
        });
    }

    /** Shows a chart; one that cannot be drawn leaves the pane empty and says why. */
    private void draw(ChartPane pane, Supplier<JFreeChart> chart) {
        try {
            pane.show(chart.get());
        } catch (RuntimeException e) {
            pane.show(null);
            model.chartFailed(e);
        }
    }

    @FXML
    private void train() {
        model.train();
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
    private void addEntry() {
        model.changes().startNew();
        questionField.requestFocus();
    }

    @FXML
    private void editEntry() {
        KnowledgeEntry chosen = knowledgeTable.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            model.changes().startEdit(chosen);
            questionField.requestFocus();
        }
    }

    @FXML
    private void removeEntry() {
        model.changes().remove(knowledgeTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void importFile() {
        DataFileChooser.ask(root.getScene().getWindow(), messages.get("assistant.ws.fileFilter"))
                .ifPresent(model.changes()::importFile);
    }

    @FXML
    private void storeEntry() {
        model.changes().storeForm();
    }

    @FXML
    private void cancelEntry() {
        model.changes().cancelForm();
    }

    @FXML
    private void adoptAsked() {
        model.changes().startFrom(askedTable.getSelectionModel().getSelectedItem());
        questionField.requestFocus();
    }

    @FXML
    private void forgetAsked() {
        model.changes().forget(askedTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void ask() {
        if (model.canAskProperty().get() && !questionInput.getText().isBlank()) {
            model.ask(questionInput.getText());
            questionInput.clear();
        }
    }

    @FXML
    private void clearChat() {
        model.clearTranscript();
    }

    @FXML
    private void chooseTestFile() {
        DataFileChooser.ask(root.getScene().getWindow(), messages.get("assistant.ws.testFileFilter"))
                .ifPresent(model.evaluation().testFileProperty()::set);
    }

    private void exportChart(ChartExportRequest request) {
        request.askWhere(root).ifPresent(file -> model.export(file, request::write));
    }
}
