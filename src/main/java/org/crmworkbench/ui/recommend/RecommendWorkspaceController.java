package org.crmworkbench.ui.recommend;

import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.crmworkbench.analysis.recommend.AlgorithmScores;
import org.crmworkbench.analysis.recommend.RecommendationCorpus;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.analysis.recommend.Similarity;
import org.crmworkbench.analysis.recommend.SplitKind;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.recommend.RecommendCharts;
import org.crmworkbench.present.recommend.RecommendationWording;
import org.crmworkbench.ui.charts.ChartExportRequest;
import org.crmworkbench.ui.charts.ChartPane;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.common.NoticeLabel;
import org.crmworkbench.ui.common.SaveDialog;

/** Binds the Recommend view to its {@link RecommendViewModel}; builds the charts when scores or points arrive. */
public final class RecommendWorkspaceController {
    private final RecommendViewModel model;
    private final Messages messages;
    private final RecommendationWording wording;
    private final RecommendTables tables;
    private final RecommendCharts charts;
    private final ChartPane comparisonPane;
    private final ChartPane curvePane;
    private final ComboBox<RecommenderAlgorithm> curveMethodBox = new ComboBox<>();
    private final Slider kSlider = new Slider(1, 200, 20);
    private final Label kLabel = new Label();
    private final Button sweepButton = new Button();
    private final TableView<AlgorithmScores> scoreTable = new TableView<>();

    @FXML private BorderPane root;
    @FXML private ComboBox<RecommenderAlgorithm> algorithmBox;
    @FXML private VBox neighboursBox;
    @FXML private Spinner<Integer> neighboursSpinner;
    @FXML private Slider neighboursSlider;
    @FXML private ComboBox<Similarity> similarityBox;
    @FXML private HBox factorsBox;
    @FXML private Spinner<Integer> factorsSpinner;
    @FXML private Spinner<Integer> seedSpinner;
    @FXML private Spinner<Integer> nSpinner;
    @FXML private Button writeButton;
    @FXML private Button exportButton;
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
    @FXML private ComboBox<SplitKind> splitBox;
    @FXML private Label foldsLabel;
    @FXML private Spinner<Integer> foldsSpinner;
    @FXML private Spinner<Integer> evalNSpinner;
    @FXML private Button compareButton;
    @FXML private Button saveEvaluationButton;
    @FXML private FlowPane methodBoxes;
    @FXML private Tab comparisonTab;
    @FXML private Tab curveTab;
    @FXML private Label noticeLabel;

    public RecommendWorkspaceController(RecommendViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.wording = new RecommendationWording(messages);
        this.tables = new RecommendTables(messages);
        this.charts = new RecommendCharts(messages);
        this.comparisonPane = new ChartPane("recommend-comparison-chart", "recommend-comparison", messages,
                this::exportChart);
        this.curvePane = new ChartPane("recommend-curve-chart", "neighbour-curve", messages, this::exportChart,
                curveMethodBox, kSlider, kLabel, sweepButton);
    }

    @FXML
    private void initialize() {
        RecommendSettingsForm form = model.form();
        algorithmBox.getItems().setAll(RecommenderAlgorithm.values());
        algorithmBox.setConverter(converter(wording::algorithm));
        algorithmBox.valueProperty().bindBidirectional(form.algorithmProperty());
        neighboursBox.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> form.algorithmProperty().get().usesNeighbours()
                        || form.algorithmProperty().get() == RecommenderAlgorithm.HYBRID, form.algorithmProperty()));
        neighboursBox.managedProperty().bind(neighboursBox.visibleProperty());
        factorsBox.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> form.algorithmProperty().get().usesFactors()
                        || form.algorithmProperty().get() == RecommenderAlgorithm.HYBRID, form.algorithmProperty()));
        factorsBox.managedProperty().bind(factorsBox.visibleProperty());
        similarityBox.getItems().setAll(Similarity.values());
        similarityBox.setConverter(converter(s -> messages.get("recommend.similarity." + s.cliName())));
        similarityBox.valueProperty().bindBidirectional(form.similarityProperty());
        bindSliderAndSpinner(neighboursSlider, neighboursSpinner, form.neighboursProperty(), 1,
                RecommendSettingsForm.MAX_NEIGHBOURS);
        bindSpinner(factorsSpinner, form.factorsProperty(), 1, 200);
        bindSpinner(nSpinner, form.nProperty(), 1, RecommendSettingsForm.MAX_N);
        SpinnerValueFactory.IntegerSpinnerValueFactory seeds = new SpinnerValueFactory.IntegerSpinnerValueFactory(0,
                Integer.MAX_VALUE, (int) form.seedProperty().get());
        seedSpinner.setValueFactory(seeds);
        seeds.valueProperty().addListener((o, a, b) -> form.seedProperty().set(b));

        busyIndicator.visibleProperty().bind(model.fittingProperty()
                .or(model.phaseProperty().isEqualTo(RecommendViewModel.Phase.LOADING))
                .or(model.evaluation().comparingProperty()).or(model.evaluation().evaluatingKProperty()));
        writeButton.disableProperty().bind(model.fittedProperty().isNull());
        exportButton.disableProperty().bind(model.fittedProperty().isNull());

        initCustomerTab();
        initSimilarTab();
        initEvaluationTab();
        model.noticeProperty().addListener((o, a, b) -> showNotice());
        model.phaseProperty().addListener((o, a, b) -> showSummary());
        model.fittedProperty().addListener((o, a, b) -> showSummary());
        model.fittingProperty().addListener((o, a, b) -> showSummary());
        showNotice();
        showSummary();
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
        topTable.setItems(customers.top());
        ExplanationDetail.bind(topTable, whyDetail, messages);
        historyTable.setPlaceholder(new Label(""));
        topTable.setPlaceholder(new Label(messages.get("recommend.customer.pick")));
        customers.summaryProperty().addListener((o, a, b) -> showNotice(customerSummary, b, "recommend.customer.pick"));
        customers.coldStartProperty().addListener((o, a, b) -> showColdStart());
        model.form().nProperty().addListener((o, a, b) -> showTopLabel());
        showNotice(customerSummary, customers.summaryProperty().get(), "recommend.customer.pick");
        showColdStart();
        showTopLabel();
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
        products.headingProperty().addListener((o, a, b) -> showNotice(similarHeading, b, "recommend.similar.pick"));
        showNotice(similarHeading, products.headingProperty().get(), "recommend.similar.pick");
    }

    private void initEvaluationTab() {
        EvaluationViewModel eval = model.evaluation();
        splitBox.getItems().setAll(SplitKind.values());
        splitBox.setConverter(converter(s -> messages.get("recommend.split." + s.cliName())));
        splitBox.valueProperty().bindBidirectional(eval.splitProperty());
        foldsLabel.visibleProperty().bind(eval.splitProperty().isEqualTo(SplitKind.KFOLD));
        foldsSpinner.visibleProperty().bind(foldsLabel.visibleProperty());
        bindSpinner(foldsSpinner, eval.foldsProperty(), 2, 20);
        bindSpinner(evalNSpinner, eval.nProperty(), 1, RecommendSettingsForm.MAX_N);
        for (MethodChoice m : eval.methods()) {
            CheckBox box = new CheckBox(wording.algorithm(m.algorithm()));
            box.selectedProperty().bindBidirectional(m.selectedProperty());
            methodBoxes.getChildren().add(box);
        }
        compareButton.disableProperty().bind(eval.comparingProperty().or(model.corpusProperty().isNull()));
        saveEvaluationButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(eval.scores())
                .or(eval.comparingProperty()).or(eval.savingEvaluationProperty())
                .or(eval.savedEvaluationProperty().greaterThan(0)));

        tables.scores(scoreTable, eval.nProperty().get());
        scoreTable.setItems(eval.scores());
        scoreTable.setPlaceholder(new Label(messages.get("recommend.eval.hint")));
        SplitPane comparison = new SplitPane(scoreTable, comparisonPane.node());
        comparison.setOrientation(Orientation.VERTICAL);
        comparison.setDividerPositions(0.3);
        comparisonTab.setContent(comparison);
        eval.scores().addListener((ListChangeListener<AlgorithmScores>) c -> showComparison());

        curveMethodBox.getItems().setAll(RecommenderAlgorithm.USER_KNN, RecommenderAlgorithm.ITEM_KNN);
        curveMethodBox.setConverter(converter(wording::algorithm));
        curveMethodBox.valueProperty().bindBidirectional(eval.curveMethodProperty());
        kSlider.setId("recommend-k-slider");
        kSlider.setBlockIncrement(1);
        kSlider.setMajorTickUnit(1);
        kSlider.setMinorTickCount(0);
        kSlider.setSnapToTicks(true);
        kSlider.setPrefWidth(200);
        kSlider.setValue(eval.kProperty().get());
        kSlider.valueProperty().addListener((o, a, b) -> {
            int v = (int) Math.round(b.doubleValue());
            if (v != eval.kProperty().get()) {
                eval.kProperty().set(v);
            }
        });
        eval.kProperty().addListener((o, a, b) -> {
            kSlider.setValue(b.intValue());
            showKLabel();
            showCurve();
        });
        kLabel.setMinWidth(60);
        sweepButton.setText(messages.get("recommend.action.sweep"));
        sweepButton.setOnAction(e -> eval.sweep());
        sweepButton.disableProperty().bind(model.corpusProperty().isNull());
        curveTab.setContent(curvePane.node());
        // an empty curve says nothing: the first visit sweeps the usual neighbour counts
        curveTab.setOnSelectionChanged(e -> {
            if (curveTab.isSelected() && eval.points().isEmpty() && model.corpusProperty().get() != null) {
                eval.sweep();
            }
        });
        eval.points().addListener((ListChangeListener<Object>) c -> showCurve());
        model.corpusProperty().addListener((o, a, b) -> {
            showComparison();
            showCurve();
        });
        showKLabel();
        showComparison();
        showCurve();
    }

    private void showKLabel() {
        kLabel.setText(messages.get("recommend.eval.k", model.evaluation().kProperty().get()));
    }

    private void showComparison() {
        var scores = model.evaluation().scores();
        comparisonPane.show(scores.isEmpty() ? null : charts.comparison(scores, dataSet()));
        if (!scores.isEmpty()) {
            tables.scores(scoreTable, scores.get(0).n());
        }
    }

    private void showCurve() {
        var points = model.evaluation().points();
        curvePane.show(points.isEmpty() ? null : charts.neighbourCurve(points, model.evaluation().kProperty().get(),
                dataSet()));
    }

    private String dataSet() {
        RecommendationCorpus c = model.corpusProperty().get();
        return c == null ? "" : c.data().source();
    }

    private void showTopLabel() {
        topLabel.setText(messages.get("recommend.customer.top", model.form().nProperty().get()));
    }

    private void showColdStart() {
        Notice n = model.customers().coldStartProperty().get();
        coldStartLabel.setText(n == null ? "" : n.text(messages));
        coldStartLabel.setVisible(n != null);
        coldStartLabel.setManaged(n != null);
    }

    private void showNotice(Label label, Notice n, String emptyKey) {
        NoticeLabel.show(label, n, messages, messages.get(emptyKey));
    }

    private void showNotice() {
        NoticeLabel.show(noticeLabel, model.noticeProperty().get(), messages, "");
    }

    private void showSummary() {
        summaryLabel.setText(RecommendSummary.text(model, wording, messages));
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
        SaveDialog.ask(root, request.fileName(), request.format().name(), request.format().extension())
                .ifPresent(file -> model.export(file, (target, progress) -> request.write(target)));
    }

    private static void bindSpinner(Spinner<Integer> spinner, IntegerProperty property, int min, int max) {
        SpinnerValueFactory.IntegerSpinnerValueFactory values =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, property.get());
        spinner.setValueFactory(values);
        values.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != property.get()) {
                property.set(b);
            }
        });
        property.addListener((o, a, b) -> values.setValue(b.intValue()));
    }

    private static void bindSliderAndSpinner(Slider slider, Spinner<Integer> spinner, IntegerProperty property,
                                             int min, int max) {
        bindSpinner(spinner, property, min, max);
        slider.setValue(property.get());
        slider.valueProperty().addListener((o, a, b) -> {
            int v = (int) Math.round(b.doubleValue());
            if (v != property.get()) {
                property.set(v);
            }
        });
        property.addListener((o, a, b) -> slider.setValue(b.intValue()));
    }

    private static ListCell<Integer> indexCell(Function<Integer, String> describe) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe.apply(item));
            }
        };
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
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
}
