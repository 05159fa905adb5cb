package org.crmworkbench.ui.predict;

import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.common.NoticeLabel;
import org.crmworkbench.ui.common.SliderSpinner;
import org.crmworkbench.ui.common.ViewScope;

/** Binds the Predict view to its {@link PredictViewModel}; the tabs hold the Spend and Churn panes' views. */
public final class PredictWorkspaceController {
    /** The window spinner's arrows move it by this many days. */
    private static final int WINDOW_STEP = 30;

    private final PredictViewModel model;
    private final Messages messages;
    private final ViewScope scope;
    private final Node spendView;
    private final Node churnView;

    @FXML private Spinner<Integer> windowSpinner;
    @FXML private Label definitionLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private TabPane tabs;
    @FXML private Tab spendTab;
    @FXML private Tab churnTab;
    @FXML private Label noticeLabel;

    public PredictWorkspaceController(PredictViewModel model, Messages messages, ViewScope scope, Node spendView,
                                      Node churnView) {
        this.model = model;
        this.messages = messages;
        this.scope = scope;
        this.spendView = spendView;
        this.churnView = churnView;
    }

    @FXML
    private void initialize() {
        SliderSpinner.bind(windowSpinner, model.windowDaysProperty(), model.windowDaysRange(), scope)
                .setAmountToStepBy(WINDOW_STEP);
        spendTab.setContent(spendView);
        churnTab.setContent(churnView);
        RegressionViewModel regression = model.regression();
        ChurnViewModel churn = model.churn();
        whenAny(() -> busyIndicator.setVisible(model.phaseProperty().get() == PredictViewModel.Phase.LOADING
                        || regression.fittingProperty().get() || regression.comparingProperty().get()
                        || churn.fittingProperty().get() || churn.comparingProperty().get()),
                model.phaseProperty(), regression.fittingProperty(), regression.comparingProperty(),
                churn.fittingProperty(), churn.comparingProperty());
        whenAny(() -> definitionLabel.setText(model.definitionText(messages)), model.phaseProperty(),
                model.historyProperty());
        whenAny(this::showNotice, model.noticeProperty(), regression.noticeProperty(), churn.noticeProperty(),
                regression.savedRunProperty());
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showNotice());
    }

    private void whenAny(Runnable action, ObservableValue<?>... values) {
        for (ObservableValue<?> v : values) {
            scope.onChange(v, (o, a, b) -> action.run());
        }
        action.run();
    }

    /** The data's notice first, then the shown tab's. */
    private void showNotice() {
        Notice notice = model.noticeProperty().get();
        if (notice == null) {
            PredictionTab<?, ?, ?> tab = tabs.getSelectionModel().getSelectedItem() == churnTab ? model.churn()
                    : model.regression();
            notice = tab.noticeProperty().get();
        }
        NoticeLabel.show(noticeLabel, notice, messages, "");
    }
}
