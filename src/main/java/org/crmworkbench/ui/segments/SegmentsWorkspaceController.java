package org.crmworkbench.ui.segments;

import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.crmworkbench.analysis.segment.KChoice;
import org.crmworkbench.analysis.segment.OutlierFlag;
import org.crmworkbench.analysis.segment.QualityScores;
import org.crmworkbench.analysis.segment.Scaling;
import org.crmworkbench.analysis.segment.SegmentAlgorithm;
import org.crmworkbench.analysis.segment.SegmentationResult;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.FeatureLabels;
import org.crmworkbench.present.segment.SegmentChartSet;
import org.crmworkbench.ui.charts.ChartExportRequest;
import org.crmworkbench.ui.charts.ChartPane;
import org.crmworkbench.ui.common.NoticeLabel;
import org.crmworkbench.ui.common.SaveDialog;

/** Binds the Segments view to its {@link SegmentsViewModel}; builds the charts when a result arrives. */
public final class SegmentsWorkspaceController {
    private final SegmentsViewModel model;
    private final Messages messages;
    private final FeatureLabels labels;
    private final SegmentChartSet chartSet;

    @FXML private BorderPane root;
    @FXML private ListView<FeatureChoice> featureList;
    @FXML private ComboBox<Scaling> scalingBox;
    @FXML private ComboBox<SegmentAlgorithm> algorithmBox;
    @FXML private Spinner<Integer> seedSpinner;
    @FXML private VBox kBox;
    @FXML private Spinner<Integer> kSpinner;
    @FXML private Slider kSlider;
    @FXML private Button chooseKButton;
    @FXML private VBox dbscanBox;
    @FXML private Spinner<Double> epsSpinner;
    @FXML private Spinner<Integer> minPtsSpinner;
    @FXML private Spinner<Double> zSpinner;
    @FXML private Spinner<Double> iqrSpinner;
    @FXML private Button saveButton;
    @FXML private Button exportMembersButton;
    @FXML private Label summaryLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private TabPane tabs;
    @FXML private Tab scatterTab;
    @FXML private Tab profilesTab;
    @FXML private Tab kTab;
    @FXML private Tab outliersTab;
    @FXML private Tab epsTab;
    @FXML private Label noticeLabel;

    private final ToggleButton radarToggle = new ToggleButton();
    private final ChartPane scatterPane;
    private final ChartPane profilePane;
    private final ChartPane kPane;
    private final ChartPane epsPane;
    private final SegmentCardView cardView;
    private final FlowPane cardPane = new FlowPane(10, 10);
    private final Label kVerdict = new Label();
    private TableView<OutlierFlag> outlierTable;

    public SegmentsWorkspaceController(SegmentsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.labels = new FeatureLabels(messages);
        this.chartSet = new SegmentChartSet(messages);
        this.cardView = new SegmentCardView(messages);
        this.scatterPane = new ChartPane("segment-scatter", "scatter", messages, this::exportChart);
        this.profilePane = new ChartPane("segment-profile-chart", "profiles", messages, this::exportChart,
                radarToggle);
        this.kPane = new ChartPane("segment-k-chart", "k-choice", messages, this::exportChart);
        Button useEps = new Button(messages.get("segment.action.useEps"));
        useEps.setOnAction(e -> model.useSuggestedEps());
        useEps.disableProperty().bind(model.kSelection().kDistanceProperty().isNull());
        this.epsPane = new ChartPane("segment-eps-chart", "k-distance", messages, this::exportChart, useEps);
    }

    @FXML
    private void initialize() {
        featureList.setItems(model.features());
        featureList.setCellFactory(CheckBoxListCell.forListView(FeatureChoice::selectedProperty,
                new StringConverter<>() {
                    @Override
                    public String toString(FeatureChoice c) {
                        return c == null ? "" : labels.label(c.name())
                                + (c.isCategory() ? " " + messages.get("segment.settings.category") : "");
                    }

                    @Override
                    public FeatureChoice fromString(String s) {
                        return null;
                    }
                }));
        scalingBox.getItems().setAll(Scaling.values());
        scalingBox.setConverter(keyed("segment.scaling."));
        scalingBox.valueProperty().bindBidirectional(model.form().scalingProperty());
        algorithmBox.getItems().setAll(SegmentAlgorithm.values());
        algorithmBox.setConverter(keyed("segment.algorithm."));
        algorithmBox.valueProperty().bindBidirectional(model.form().algorithmProperty());
        kBox.visibleProperty().bind(model.form().algorithmProperty().isNotEqualTo(SegmentAlgorithm.DBSCAN));
        kBox.managedProperty().bind(kBox.visibleProperty());
        chooseKButton.visibleProperty().bind(model.form().algorithmProperty().isEqualTo(SegmentAlgorithm.KMEANS));
        chooseKButton.managedProperty().bind(chooseKButton.visibleProperty());
        chooseKButton.disableProperty().bind(model.kSelection().sweepingProperty());
        dbscanBox.visibleProperty().bind(kBox.visibleProperty().not());
        dbscanBox.managedProperty().bind(dbscanBox.visibleProperty());

        SpinnerValueFactory.IntegerSpinnerValueFactory kValues = new SpinnerValueFactory.IntegerSpinnerValueFactory(2,
                (int) kSlider.getMax(), model.form().kProperty().get());
        kSpinner.setValueFactory(kValues);
        kSlider.setValue(model.form().kProperty().get());
        kSlider.valueProperty().addListener((o, a, b) -> {
            int v = (int) Math.round(b.doubleValue());
            if (v != model.form().kProperty().get()) {
                model.form().kProperty().set(v);
            }
        });
        kValues.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != model.form().kProperty().get()) {
                model.form().kProperty().set(b);
            }
        });
        model.form().kProperty().addListener((o, a, b) -> {
            kSlider.setValue(b.intValue());
            kValues.setValue(b.intValue());
        });

        SpinnerValueFactory.IntegerSpinnerValueFactory seeds = new SpinnerValueFactory.IntegerSpinnerValueFactory(0,
                Integer.MAX_VALUE, (int) model.form().seedProperty().get());
        seedSpinner.setValueFactory(seeds);
        seeds.valueProperty().addListener((o, a, b) -> model.form().seedProperty().set(b));
        model.form().seedProperty().addListener((o, a, b) -> seeds.setValue(b.intValue()));

        SpinnerValueFactory.DoubleSpinnerValueFactory epsValues =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(0.01, 100, model.form().epsProperty().get(), 0.05);
        epsSpinner.setValueFactory(epsValues);
        epsValues.valueProperty().addListener((o, a, b) -> model.form().epsProperty().set(b));
        model.form().epsProperty().addListener((o, a, b) -> epsValues.setValue(b.doubleValue()));
        SpinnerValueFactory.IntegerSpinnerValueFactory minPtsValues =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 1000, model.form().minPtsProperty().get());
        minPtsSpinner.setValueFactory(minPtsValues);
        minPtsValues.valueProperty().addListener((o, a, b) -> model.form().minPtsProperty().set(b));
        SpinnerValueFactory.DoubleSpinnerValueFactory zValues =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(0.5, 20, model.form().zThresholdProperty().get(), 0.5);
        zSpinner.setValueFactory(zValues);
        zValues.valueProperty().addListener((o, a, b) -> model.form().zThresholdProperty().set(b));
        SpinnerValueFactory.DoubleSpinnerValueFactory iqrValues =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(0.5, 20, model.form().iqrMultiplierProperty().get(), 0.5);
        iqrSpinner.setValueFactory(iqrValues);
        iqrValues.valueProperty().addListener((o, a, b) -> model.form().iqrMultiplierProperty().set(b));

        busyIndicator.visibleProperty().bind(model.runningProperty().or(model.kSelection().sweepingProperty())
                .or(model.phaseProperty().isEqualTo(SegmentsViewModel.Phase.LOADING)));
        saveButton.disableProperty().bind(model.resultProperty().isNull());
        exportMembersButton.disableProperty().bind(model.resultProperty().isNull());

        buildTabs();
        model.resultProperty().addListener((o, a, b) -> showResult());
        model.cards().addListener((ListChangeListener<SegmentCard>) c -> showCards());
        model.kSelection().kChoiceProperty().addListener((o, a, b) -> showKChoice());
        model.kSelection().kDistanceProperty().addListener((o, a, b) -> showKDistance());
        model.noticeProperty().addListener((o, a, b) -> showNotice());
        model.phaseProperty().addListener((o, a, b) -> showSummary());
        model.savedRunProperty().addListener((o, a, b) -> showSummary());
        showResult();
        showCards();
        showKChoice();
        showKDistance();
        showNotice();
    }

    private void buildTabs() {
        scatterTab.setContent(scatterPane.node());
        radarToggle.setText(messages.get("segment.action.radar"));
        radarToggle.setOnAction(e -> showProfileChart());
        ScrollPane cardScroll = new ScrollPane(cardPane);
        cardScroll.setFitToWidth(true);
        cardPane.setPadding(new Insets(10));
        cardPane.setId("segment-cards");
        SplitPane split = new SplitPane(cardScroll, profilePane.node());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        profilesTab.setContent(split);

        kVerdict.setWrapText(true);
        kVerdict.setId("segment-k-verdict");
        kVerdict.setPadding(new Insets(6, 10, 0, 10));
        VBox kContent = new VBox(kVerdict, kPane.node());
        VBox.setVgrow(kPane.node(), Priority.ALWAYS);
        kTab.setContent(kContent);

        outlierTable = OutlierTable.create(messages, this::rowId, this::segmentName);
        outliersTab.setContent(outlierTable);
        epsTab.setContent(epsPane.node());
    }

    private void exportChart(ChartExportRequest request) {
        SaveDialog.ask(root, request.fileName(), request.format().name(), request.format().extension())
                .ifPresent(file -> model.export(file, request::write));
    }

    @FXML
    private void chooseK() {
        model.chooseK();
        tabs.getSelectionModel().select(kTab);
    }

    @FXML
    private void suggestEps() {
        model.suggestEps();
        tabs.getSelectionModel().select(epsTab);
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void exportMembers() {
        SaveDialog.ask(root, "segment-members.csv", "CSV", "csv").ifPresent(model::exportMembers);
    }

    private void showResult() {
        SegmentationResult r = model.resultProperty().get();
        if (r == null) {
            scatterPane.show(null);
            profilePane.show(null);
            outlierTable.getItems().clear();
        } else {
            List<String> names = names();
            scatterPane.show(chartSet.scatter(r, names));
            showProfileChart();
            outlierTable.getItems().setAll(r.outliers().flags());
        }
        showSummary();
    }

    private void showProfileChart() {
        SegmentationResult r = model.resultProperty().get();
        if (r != null) {
            profilePane.show(radarToggle.isSelected() ? chartSet.radar(r, names()) : chartSet.profiles(r, names()));
        }
    }

    private List<String> names() {
        return model.cards().stream().map(SegmentCard::name).toList();
    }

    private void showCards() {
        cardPane.getChildren().setAll(model.cards().stream().map(c -> cardView.build(c, this::rename)).toList());
    }

    private void rename(SegmentCard card, String text) {
        String trimmed = text == null ? "" : text.trim();
        if (!trimmed.isEmpty() && !trimmed.equals(card.name())) {
            card.nameProperty().set(trimmed);
            showResultCharts();
        }
    }

    private void showResultCharts() {
        SegmentationResult r = model.resultProperty().get();
        if (r != null) {
            scatterPane.show(chartSet.scatter(r, names()));
            showProfileChart();
        }
    }

    private void showKChoice() {
        KChoice choice = model.kSelection().kChoiceProperty().get();
        if (choice == null) {
            kPane.show(null);
            kVerdict.setText(messages.get("segment.k.hint"));
            return;
        }
        kPane.show(chartSet.kChoice(choice));
        kVerdict.setText(choice.metricsAgree() ? messages.get("segment.k.agree", choice.suggestedK())
                : messages.get("segment.k.disagree", choice.suggestedK(), choice.disagreeing().stream()
                        .map(m -> messages.get(m.messageKey()) + " → " + choice.favouredBy(m).orElse(0)).toList()
                        .toString().replaceAll("[\\[\\]]", "")));
    }

    private void showKDistance() {
        var curve = model.kSelection().kDistanceProperty().get();
        epsPane.show(curve == null ? null : chartSet.kDistance(curve));
    }

    private void showNotice() {
        NoticeLabel.show(noticeLabel, model.noticeProperty().get(), messages, "");
    }

    private void showSummary() {
        SegmentationResult r = model.resultProperty().get();
        switch (model.phaseProperty().get()) {
            case WAITING_FOR_DATA -> summaryLabel.setText(messages.get("segment.summary.waiting"));
            case LOADING -> summaryLabel.setText(messages.get("segment.summary.loading"));
            case FAILED -> summaryLabel.setText(messages.get("segment.summary.failed"));
            case READY -> {
                if (r == null) {
                    summaryLabel.setText(messages.get("segment.summary.running"));
                    return;
                }
                QualityScores q = r.quality();
                String silhouette = q.silhouetteExact() ? messages.get("segment.summary.silhouetteExact",
                        q.silhouette()) : messages.get("segment.summary.silhouetteSampled", q.silhouette(),
                        q.silhouetteSample());
                summaryLabel.setText(messages.get("segment.summary.result", r.clustering().labels().length,
                        r.clustering().clusterCount(), r.clustering().noiseCount(), silhouette,
                        q.daviesBouldin(), r.outliers().rowCount(), r.features().imputedValues())
                        + (model.savedRunProperty().get() > 0
                        ? "  " + messages.get("segment.summary.saved", model.savedRunProperty().get()) : ""));
            }
            default -> throw new IllegalStateException();
        }
    }

    private String rowId(int row) {
        var set = model.featureSet();
        return set == null || row >= set.table().rowCount() ? Integer.toString(row) : set.table().rowIds().get(row);
    }

    private String segmentName(int row) {
        SegmentationResult r = model.resultProperty().get();
        if (r == null) {
            return "";
        }
        int label = r.clustering().labels()[row];
        return model.cards().stream().filter(c -> c.profile().segment() == label).map(SegmentCard::name)
                .findFirst().orElse(Integer.toString(label));
    }

    private <T extends Enum<T>> StringConverter<T> keyed(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : messages.get(prefix + value.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
