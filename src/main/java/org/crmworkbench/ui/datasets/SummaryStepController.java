package org.crmworkbench.ui.datasets;

import org.crmworkbench.ui.common.ViewScope;
import java.nio.file.Path;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.crmworkbench.data.imports.ImportProblem;
import org.crmworkbench.data.imports.ImportReport;
import org.crmworkbench.i18n.Messages;

/** Controller of {@code import-summary.fxml}: what the import did, in numbers, and its problems if it failed. */
public final class SummaryStepController {
    @FXML private Label headline;
    @FXML private Label detail;
    @FXML private GridPane numbers;
    @FXML private VBox problemsBox;
    @FXML private TableView<ImportProblem> problems;

    private final ImportWizardViewModel wizard;
    private final Messages messages;
    private final ViewScope listeners = new ViewScope();

    public SummaryStepController(ImportWizardViewModel wizard, Messages messages) {
        this.wizard = Objects.requireNonNull(wizard, "wizard");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @FXML
    private void initialize() {
        ProblemTable.configure(problems, wizard.run().problems(), messages);
        listeners.follow(wizard.run().phaseProperty(), phase -> show());
    }

    @FXML
    private void importAnother() {
        wizard.restart(wizard.tableProperty().get());
    }

    private void show() {
        ImportRunViewModel run = wizard.run();
        ImportPhase phase = run.phaseProperty().get();
        ImportReport report = run.reportProperty().get();
        String table = Formats.table(messages, wizard.tableProperty().get());
        headline.getStyleClass().removeAll("verdict-ok", "verdict-warn", "verdict-bad");
        headline.getStyleClass().add(phase == ImportPhase.COMMITTED ? "verdict-ok"
                : phase == ImportPhase.CANCELLED ? "verdict-warn" : "verdict-bad");
        switch (phase) {
            case COMMITTED -> {
                headline.setText(messages.get("import.summary.committed", report.rowsLoaded(), table));
                detail.setText(run.finishedBeforeCancelProperty().get() ? messages.get("import.summary.tooLateToCancel")
                        : report.rowsRejected() > 0 ? messages.get("import.summary.rejected", report.rowsRejected())
                        : messages.get("import.summary.allLoaded"));
            }
            case REFUSED -> {
                headline.setText(messages.get("import.summary.refused", report.problemCount()));
                detail.setText(messages.get("import.summary.unchanged"));
            }
            case CANCELLED -> {
                headline.setText(messages.get("import.summary.cancelled"));
                detail.setText(messages.get("import.summary.rolledBack"));
            }
            case FAILED -> {
                headline.setText(messages.get("import.summary.failed"));
                detail.setText((run.failureProperty().get() == null ? "" : run.failureProperty().get().text(messages) + "\n")
                        + messages.get("import.summary.unchanged"));
            }
            default -> {
                headline.setText("");
                detail.setText("");
            }
        }
        showNumbers(phase == ImportPhase.COMMITTED || phase == ImportPhase.REFUSED ? report : null);
        boolean withProblems = phase == ImportPhase.REFUSED || (report != null && !run.problems().isEmpty()
                && phase == ImportPhase.COMMITTED);
        problemsBox.setVisible(withProblems);
        problemsBox.setManaged(withProblems);
    }

    private void showNumbers(ImportReport report) {
        numbers.getChildren().clear();
        numbers.setVisible(report != null);
        numbers.setManaged(report != null);
        if (report == null) {
            return;
        }
        int row = 0;
        add(row++, "import.summary.rowsRead", Formats.count(messages, report.rowsRead()), "summary-read");
        add(row++, "import.summary.rowsLoaded", Formats.count(messages, report.rowsLoaded()), "summary-loaded");
        add(row++, "import.summary.rowsRejected", Formats.count(messages, report.rowsRejected()), "summary-rejected");
        add(row++, "import.summary.speed", messages.get("import.summary.rowsPerSecond",
                Formats.rate(messages, report.rowsPerSecond())), "summary-speed");
        add(row++, "import.summary.elapsed", Formats.elapsed(messages, report.elapsed()), "summary-elapsed");
        String rejects = report.rejects().isEmpty() ? messages.get("import.summary.noRejects")
                : String.join("\n", report.rejects().stream().map(Path::toString).toList());
        add(row, "import.summary.rejectsFile", rejects, "summary-rejects");
    }

    private void add(int row, String key, String value, String id) {
        Label name = new Label(messages.get(key));
        name.getStyleClass().add("summary-name");
        Label shown = new Label(value);
        shown.getStyleClass().add("summary-value");
        shown.setId(id);
        shown.setWrapText(true);
        numbers.add(name, 0, row);
        numbers.add(shown, 1, row);
    }
}
