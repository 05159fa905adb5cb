package org.crmworkbench.ui.segments;

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
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.charts.ChartExportRequest;
import org.crmworkbench.ui.charts.ChartPane;
import org.crmworkbench.ui.common.NoticeLabel;
import org.crmworkbench.ui.common.SaveDialog;
import org.crmworkbench.ui.common.SliderSpinner;
import org.crmworkbench.ui.common.ViewScope;
import org.crmworkbench.ui.engine.EngineChooser;

/**
 * Binds the Segments view to its {@link SegmentsViewModel}. What the view shows (charts, summary, verdicts) comes
 * from {@link SegmentDisplay}; every listener on the view model goes through the view's {@link ViewScope}.
 */
public final class SegmentsWorkspaceController {
    private final SegmentsViewModel model;
    private final SegmentSettingsForm form;
    private final Messages messages;
    private final ViewScope scope;
    private final SegmentDisplay display;

    @FXML private BorderPane root;
    @FXML private ListView<FeatureChoice> featureList;
    @FXML private ComboBox<String> scalingBox;
    @FXML private ComboBox<String> algorithmBox;
    @FXML private Spinner<Integer> seedSpinner;
    @FXML private VBox engineBox;
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
    private final Label kVerdict = new Label();

    public SegmentsWorkspaceController(SegmentsViewModel model, Messages messages, ViewScope scope) {
        this.model = model;
        this.form = model.form();
        this.messages = messages;
        this.scope = scope;
        this.display = new SegmentDisplay(model, messages);
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
                display.featureNames()));
        scalingBox.getItems().setAll(form.scalingKeys());
        scalingBox.setConverter(display.scalingNames());
        scalingBox.valueProperty().bindBidirectional(form.scalingKeyProperty());
        algorithmBox.getItems().setAll(form.algorithmKeys());
        algorithmBox.setConverter(display.algorithmNames());
        algorithmBox.valueProperty().bindBidirectional(form.algorithmKeyProperty());
        engineBox.getChildren().add(new EngineChooser("segment", form.engine(), messages, scope).node());
        kBox.visibleProperty().bind(form.takesKProperty());
        kBox.managedProperty().bind(kBox.visibleProperty());
        chooseKButton.visibleProperty().bind(form.scoresKProperty());
        chooseKButton.managedProperty().bind(chooseKButton.visibleProperty());
        chooseKButton.disableProperty().bind(model.kSelection().sweepingProperty());
        dbscanBox.visibleProperty().bind(kBox.visibleProperty().not());
        dbscanBox.managedProperty().bind(dbscanBox.visibleProperty());

        SliderSpinner.bind(kSlider, kSpinner, form.kProperty(), SegmentSettingsForm.K,
                SegmentSettingsForm.K_ON_SLIDER, scope);
        SliderSpinner.bindSeed(seedSpinner, form.seedProperty(), SegmentSettingsForm.SEED, scope);
        SliderSpinner.bind(epsSpinner, form.epsProperty(), SegmentSettingsForm.EPS, scope);
        SliderSpinner.bind(minPtsSpinner, form.minPtsProperty(), SegmentSettingsForm.MIN_PTS, scope);
        SliderSpinner.bind(zSpinner, form.zThresholdProperty(), SegmentSettingsForm.Z, scope);
        SliderSpinner.bind(iqrSpinner, form.iqrMultiplierProperty(), SegmentSettingsForm.IQR, scope);

        busyIndicator.visibleProperty().bind(model.busyProperty());
        saveButton.disableProperty().bind(model.hasResultProperty().not());
        exportMembersButton.disableProperty().bind(model.hasResultProperty().not());

        buildTabs();
        scope.followAll(this::showResultCharts, model.resultProperty());
        scope.followAll(this::showKChoice, model.kSelection().kChoiceProperty());
        scope.followAll(() -> epsPane.show(display.kDistance()), model.kSelection().kDistanceProperty());
        scope.followAll(() -> NoticeLabel.show(noticeLabel, model.noticeProperty().get(), messages, ""),
                model.noticeProperty());
        scope.followAll(() -> summaryLabel.setText(display.summary()), model.resultProperty(), model.phaseProperty(),
                model.savedRunProperty());
    }

    private void buildTabs() {
        scatterTab.setContent(scatterPane.node());
        radarToggle.setText(messages.get("segment.action.radar"));
        radarToggle.setOnAction(e -> showProfileChart());
        ScrollPane cardScroll = new ScrollPane(new SegmentCardView(model, messages, scope, this::showResultCharts)
                .node());
        cardScroll.setFitToWidth(true);
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

        outliersTab.setContent(OutlierTable.create(model, messages, scope));
        epsTab.setContent(epsPane.node());
    }

    private void exportChart(ChartExportRequest request) {
        request.askWhere(root).ifPresent(file -> model.export(file, request::write));
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

    private void showResultCharts() {
        scatterPane.show(display.scatter());
        showProfileChart();
    }

    private void showProfileChart() {
        profilePane.show(display.profiles(radarToggle.isSelected()));
    }

    private void showKChoice() {
        kPane.show(display.kChoice());
        kVerdict.setText(display.kVerdict());
    }
}
