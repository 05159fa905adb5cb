package org.crmworkbench.ui.predict;

import org.crmworkbench.ui.common.TableHint;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.common.ViewScope;
import org.crmworkbench.work.DoubleRange;

/** Binds the Churn tab (churn-pane.fxml) to its {@link ChurnViewModel}. */
public final class ChurnPaneController extends PredictionPaneController<ChurnViewModel> {
    @FXML private ComboBox<String> balanceBox;
    @FXML private SplitPane rocSplit;
    @FXML private VBox thresholdBox;
    @FXML private Slider thresholdSlider;
    @FXML private Label thresholdLabel;
    @FXML private TableView<?> riskTable;
    @FXML private Tab prTab, gainsTab, importanceTab;

    public ChurnPaneController(ChurnViewModel model, Messages messages, ViewScope scope) {
        super(model, messages, scope);
    }

    @FXML
    private void initialize() {
        ConfusionGrid confusion = new ConfusionGrid(messages);
        thresholdBox.getChildren().add(confusion.node());
        rocSplit.getItems().add(chart("churn-roc-chart", "roc"));
        prTab.setContent(chart("churn-pr-chart", "precision-recall"));
        gainsTab.setContent(chart("churn-gains-chart", "gains"));
        importanceTab.setContent(chart("churn-importance-chart", "importance"));
        tables.coefficients(coefficientTable, true);
        tables.risk(riskTable);
        tables.classifierComparison(comparisonTable, () -> model.bestProperty().get());
        TableHint.set(coefficientTable, messages.get("predict.hint.coefficients"));
        TableHint.set(riskTable, messages.get("predict.hint.risk"));
        TableHint.set(comparisonTable, messages.get("predict.hint.compareClassifiers"));
        choice(balanceBox, model.form().balanceChoice(), key -> messages.get("predict.ui.balance." + key));
        DoubleRange cuts = model.thresholdRange();
        thresholdSlider.setMin(cuts.min());
        thresholdSlider.setMax(cuts.max());
        thresholdSlider.setValue(model.thresholdProperty().get());
        thresholdSlider.valueProperty().addListener((o, a, b) -> model.thresholdProperty().set(b.doubleValue()));
        scope.onChange(model.thresholdProperty(), (o, a, b) -> thresholdSlider.setValue(b.doubleValue()));
        bindCommon("churn-comparison-chart", "classifier-comparison");
        confusion.follow(model, scope);
        whenAny(this::showFit, model.resultProperty(), model.fittingProperty());
        scope.follow(model.confusionProperty(), confusionNow -> showThreshold());
        scope.follow(model.atRisk(), () -> PredictTables.show(riskTable, model.atRisk()));
    }

    /** The threshold moved: its label and the ROC chart's marked point follow. */
    private void showThreshold() {
        thresholdLabel.setText(model.thresholdText(messages));
        showChart("roc");
    }
}
