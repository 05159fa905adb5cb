package org.crmworkbench.ui.predict;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.CustomerHistory;
import org.crmworkbench.ui.charts.ChartExportRequest;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.common.NoticeLabel;
import org.crmworkbench.ui.common.SaveDialog;

/** Binds the Predict view to its {@link PredictViewModel}; the tabs' contents come from their panes. */
public final class PredictWorkspaceController {
    private final PredictViewModel model;
    private final Messages messages;

    @FXML private BorderPane root;
    @FXML private Spinner<Integer> windowSpinner;
    @FXML private Label definitionLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private TabPane tabs;
    @FXML private Tab spendTab;
    @FXML private Tab churnTab;
    @FXML private Label noticeLabel;

    public PredictWorkspaceController(PredictViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        SpinnerValueFactory.IntegerSpinnerValueFactory days = new SpinnerValueFactory.IntegerSpinnerValueFactory(7,
                3650, model.windowDaysProperty().get(), 30);
        windowSpinner.setValueFactory(days);
        days.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != model.windowDaysProperty().get()) {
                model.windowDaysProperty().set(b);
            }
        });
        RegressionViewModel regression = model.regression();
        ChurnViewModel churn = model.churn();
        spendTab.setContent(new RegressionPane(regression, messages,
                request -> exportChart(request, regression::export), this::askCsv).node());
        churnTab.setContent(new ChurnPane(churn, messages,
                request -> exportChart(request, churn::export), this::askCsv).node());
        busyIndicator.visibleProperty().bind(model.phaseProperty().isEqualTo(PredictViewModel.Phase.LOADING)
                .or(regression.fittingProperty()).or(regression.comparingProperty())
                .or(churn.fittingProperty()).or(churn.comparingProperty()));
        model.phaseProperty().addListener((o, a, b) -> showDefinition());
        model.historyProperty().addListener((o, a, b) -> showDefinition());
        model.noticeProperty().addListener((o, a, b) -> showNotice());
        regression.noticeProperty().addListener((o, a, b) -> showNotice());
        churn.noticeProperty().addListener((o, a, b) -> showNotice());
        regression.savedRunProperty().addListener((o, a, b) -> showNotice());
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showNotice());
        showDefinition();
        showNotice();
    }

    private void exportChart(ChartExportRequest request, ChartSaver saver) {
        SaveDialog.ask(root, request.fileName(), request.format().name(), request.format().extension())
                .ifPresent(file -> saver.save(file, request::write));
    }

    /** Where a tab's chart export goes. */
    @FunctionalInterface
    private interface ChartSaver {
        void save(Path file, PredictOutput.FileWork work);
    }

    private void askCsv(String suggestedName, Consumer<Path> save) {
        SaveDialog.ask(root, suggestedName, "CSV", "csv").ifPresent(save);
    }

    private void showDefinition() {
        CustomerHistory h = model.historyProperty().get();
        definitionLabel.setText(switch (model.phaseProperty().get()) {
            case WAITING_FOR_DATA -> messages.get("predict.data.waiting");
            case LOADING -> messages.get("predict.data.loading");
            case FAILED -> messages.get("predict.data.failed");
            case READY -> h == null ? "" : messages.get("predict.data.definition", h.cutoff().toString(),
                    h.windowDays(), h.cutoff().plusDays(h.windowDays() - 1L).toString(),
                    h.atCutoff().table().rowCount());
        });
    }

    /** The data's notice first, then the shown tab's. */
    private void showNotice() {
        Notice notice = model.noticeProperty().get();
        if (notice == null) {
            TabState tab = tabs.getSelectionModel().getSelectedItem() == churnTab ? model.churn() : model.regression();
            notice = tab.noticeProperty().get();
        }
        NoticeLabel.show(noticeLabel, notice, messages, "");
    }
}
