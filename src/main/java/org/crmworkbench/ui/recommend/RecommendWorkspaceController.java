package org.crmworkbench.ui.recommend;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.charts.ChartExportRequest;
import org.crmworkbench.ui.common.NoticeLabel;
import org.crmworkbench.ui.common.SaveDialog;
import org.crmworkbench.ui.common.SliderSpinner;
import org.crmworkbench.ui.common.ViewScope;
import org.crmworkbench.ui.engine.EngineChooser;
import org.crmworkbench.work.IntRange;

/**
 * Binds the Recommend view to its {@link RecommendViewModel}: the model panel, the customer and similar-product tabs
 * and the Evaluation tab, whose comparison and neighbour curve are {@link ComparisonView} and
 * {@link NeighbourCurveView}. Every listener on the view model goes through the view's {@link ViewScope}.
 */
public final class RecommendWorkspaceController {
    /** The neighbour slider's track ends here (a readable track); the spinner takes the whole range. */
    static final int NEIGHBOURS_TRACK = 200;

    private final RecommendViewModel model;
    private final Messages messages;
    private final ViewScope scope;
    private final RecommendTables tables;

    @FXML private BorderPane root;
    @FXML private ComboBox<String> algorithmBox;
    @FXML private VBox engineBox;
    @FXML private VBox evaluationEngineBox;
    @FXML private VBox neighboursBox;
    @FXML private Spinner<Integer> neighboursSpinner;
    @FXML private Slider neighboursSlider;
    @FXML private ComboBox<String> similarityBox;
    @FXML private HBox factorsBox;
    @FXML private Spinner<Integer> factorsSpinner;
    @FXML private Spinner<Integer> seedSpinner;
    @FXML private Spinner<Integer> nSpinner;
    @FXML private Button writeButton;
    @FXML private Button exportButton;
    @FXML private CheckBox exportNamesBox;
    @FXML private Label summaryLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private TextField customerSearch;
    @FXML private ListView<Integer> customerList;
    @FXML private Label customerSummary;
    @FXML private Label coldStartLabel;
    @FXML private TableView<RecommendRows.History> historyTable;
    @FXML private Label topLabel;
    @FXML private TableView<RecommendRows.Top> topTable;
    @FXML private Label whyDetail;
    @FXML private TextField productSearch;
    @FXML private ListView<Integer> productList;
    @FXML private Label similarHeading;
    @FXML private TableView<RecommendRows.Similar> similarTable;
    @FXML private Label boughtTogetherHeading;
    @FXML private ListView<String> boughtTogetherList;
    @FXML private ComboBox<String> splitBox;
    @FXML private Label foldsLabel;
    @FXML private Spinner<Integer> foldsSpinner;
    @FXML private Spinner<Integer> evalNSpinner;
    @FXML private Button compareButton;
    @FXML private Button saveEvaluationButton;
    @FXML private FlowPane methodBoxes;
    @FXML private Tab comparisonTab;
    @FXML private Tab curveTab;
    @FXML private Label noticeLabel;

    public RecommendWorkspaceController(RecommendViewModel model, Messages messages, ViewScope scope) {
        this.model = model;
        this.messages = messages;
        this.scope = scope;
        this.tables = new RecommendTables(messages);
    }

    @FXML
    private void initialize() {
        RecommendSettingsForm form = model.form();
        engineBox.getChildren().add(new EngineChooser("recommend", form.engine(), messages, scope).node());
        evaluationEngineBox.getChildren().add(new EngineChooser("evaluation", model.evaluation().engine(), messages,
                scope).node());
        form.algorithmChoice().bind(algorithmBox, messages);
        form.similarityChoice().bind(similarityBox, messages);
        neighboursBox.visibleProperty().bind(form.usesNeighbours());
        neighboursBox.managedProperty().bind(neighboursBox.visibleProperty());
        factorsBox.visibleProperty().bind(form.usesFactors());
        factorsBox.managedProperty().bind(factorsBox.visibleProperty());
        SliderSpinner.bind(neighboursSlider, neighboursSpinner, form.neighboursProperty(), form.neighboursRange(),
                NEIGHBOURS_TRACK, scope);
        SliderSpinner.bind(factorsSpinner, form.factorsProperty(), form.factorsRange(), scope);
        SliderSpinner.bind(nSpinner, form.nProperty(), form.nRange(), scope);
        SliderSpinner.bindSeed(seedSpinner, form.seedProperty(), IntRange.SEEDS, scope);

        busyIndicator.visibleProperty().bind(model.busy());
        writeButton.disableProperty().bind(model.fittedProperty().isNull());
        exportButton.disableProperty().bind(model.fittedProperty().isNull());
        exportNamesBox.selectedProperty().bindBidirectional(model.exportNamesProperty());

        initCustomerTab();
        initSimilarTab();
        initEvaluationTab();
        scope.followAll(() -> NoticeLabel.show(noticeLabel, model.noticeProperty().get(), messages, ""),
                model.noticeProperty());
        scope.followAll(() -> summaryLabel.setText(model.summary(messages)), model.phaseProperty(),
                model.fittedProperty(), model.fittingProperty());
    }

    private void initCustomerTab() {
        CustomerLists customers = model.customers();
        customerSearch.textProperty().bindBidirectional(customers.searchProperty());
        customerList.setItems(customers.found());
        customerList.setCellFactory(v -> indexCell(customers::describe));
        customerList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                customers.customerProperty().set(b);
            }
        });
        tables.history(historyTable);
        tables.top(topTable);
        historyTable.setItems(customers.history());
        ExplanationDetail.bind(topTable, customers.top(), whyDetail, messages, scope);
        historyTable.setPlaceholder(new Label(""));
        topTable.setPlaceholder(new Label(messages.get("recommend.customer.pick")));
        scope.follow(customers.summaryProperty(), n -> NoticeLabel.show(customerSummary, n, messages,
                messages.get("recommend.customer.pick")));
        scope.follow(customers.coldStartProperty(), n -> {
            coldStartLabel.setText(n == null ? "" : n.text(messages));
            coldStartLabel.setVisible(n != null);
            coldStartLabel.setManaged(n != null);
        });
        scope.follow(model.form().nProperty(), n -> topLabel.setText(messages.get("recommend.customer.top", n)));
    }

    private void initSimilarTab() {
        SimilarProducts products = model.products();
        productSearch.textProperty().bindBidirectional(products.searchProperty());
        productList.setItems(products.found());
        productList.setCellFactory(v -> indexCell(products::describe));
        productList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                products.productProperty().set(b);
            }
        });
        tables.similar(similarTable);
        similarTable.setItems(products.similar());
        similarTable.setPlaceholder(new Label(""));
        scope.follow(products.headingProperty(), n -> NoticeLabel.show(similarHeading, n, messages,
                messages.get("recommend.similar.pick")));
        boughtTogetherList.setItems(products.boughtTogether());
        boughtTogetherList.setPlaceholder(new Label(""));
        boughtTogetherList.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String sentence, boolean empty) {
                super.updateItem(sentence, empty);
                setText(empty ? null : sentence);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        scope.follow(products.boughtTogetherHeadingProperty(), n -> NoticeLabel.show(boughtTogetherHeading, n,
                messages, messages.get("recommend.boughtTogether.heading")));
    }

    private void initEvaluationTab() {
        EvaluationViewModel eval = model.evaluation();
        eval.splitChoice().bind(splitBox, messages);
        foldsLabel.visibleProperty().bind(eval.kFold());
        foldsSpinner.visibleProperty().bind(foldsLabel.visibleProperty());
        SliderSpinner.bind(foldsSpinner, eval.foldsProperty(), eval.foldsRange(), scope);
        SliderSpinner.bind(evalNSpinner, eval.nProperty(), eval.nRange(), scope);
        for (MethodChoice m : eval.methods()) {
            CheckBox box = new CheckBox(m.text(messages));
            box.selectedProperty().bindBidirectional(m.selectedProperty());
            methodBoxes.getChildren().add(box);
        }
        compareButton.disableProperty().bind(eval.comparingProperty().or(model.hasData().not()));
        saveEvaluationButton.disableProperty().bind(Bindings.isEmpty(eval.scores())
                .or(eval.comparingProperty()).or(eval.savingEvaluationProperty())
                .or(eval.savedEvaluationProperty().greaterThan(0)));
        comparisonTab.setContent(new ComparisonView(model, messages, scope, this::exportChart).node());
        curveTab.setContent(new NeighbourCurveView(model, messages, scope, this::exportChart).node());
        // an empty curve says nothing: the first visit sweeps the usual neighbour counts
        curveTab.setOnSelectionChanged(e -> {
            if (curveTab.isSelected() && eval.points().isEmpty() && model.hasData().get()) {
                eval.sweep();
            }
        });
    }

    @FXML
    private void writeToDatabase() {
        model.writeToDatabase();
    }

    @FXML
    private void exportCsv() {
        SaveDialog.ask(root, "recommendations.csv", "CSV", "csv").ifPresent(model::exportCsv);
    }

    @FXML
    private void compare() {
        model.evaluation().compare();
    }

    @FXML
    private void saveEvaluation() {
        model.saveEvaluation();
    }

    private void exportChart(ChartExportRequest request) {
        request.askWhere(root).ifPresent(file -> model.export(file, (target, progress) -> request.write(target)));
    }

    private static ListCell<Integer> indexCell(Function<Integer, String> describe) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                String text = empty || item == null ? null : describe.apply(item);
                setText(text);
                // the list is narrow: a long name is cut, the tooltip shows it whole
                setTooltip(text == null ? null : new javafx.scene.control.Tooltip(text));
            }
        };
    }
}
