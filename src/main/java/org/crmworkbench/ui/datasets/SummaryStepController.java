package org.crmworkbench.ui.datasets;

import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.common.ViewScope;

/** Controller of {@code import-summary.fxml}: what the import did, in numbers, and its problems if it failed. */
public final class SummaryStepController {
    @FXML private Label headline;
    @FXML private Label detail;
    @FXML private GridPane numbers;
    @FXML private VBox problemsBox;
    @FXML private ProblemTable problems;

    private final ImportWizardViewModel wizard;
    private final Messages messages;
    private final ImportWords words;
    private final ViewScope listeners;

    public SummaryStepController(ImportWizardViewModel wizard, Messages messages, ViewScope scope) {
        this.wizard = Objects.requireNonNull(wizard, "wizard");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.words = new ImportWords(messages);
        this.listeners = Objects.requireNonNull(scope, "scope");
    }

    @FXML
    private void initialize() {
        problems.show(wizard.run().problems(), messages);
        listeners.follow(wizard.run().phaseProperty(), phase -> show());
    }

    @FXML
    private void importAnother() {
        wizard.restart(wizard.tableProperty().get());
    }

    private void show() {
        ImportRunViewModel run = wizard.run();
        headline.getStyleClass().removeAll("verdict-ok", "verdict-warn", "verdict-bad");
        headline.getStyleClass().add(ImportWords.outcomeStyle(run));
        headline.setText(words.outcomeHeadline(wizard));
        detail.setText(words.outcomeDetail(run));
        numbers.getChildren().clear();
        int row = 0;
        for (ImportWords.Line line : words.outcomeNumbers(run)) {
            add(row++, line);
        }
        numbers.setVisible(row > 0);
        numbers.setManaged(row > 0);
        boolean withProblems = ImportWords.outcomeHasProblems(run);
        problemsBox.setVisible(withProblems);
        problemsBox.setManaged(withProblems);
    }

    private void add(int row, ImportWords.Line line) {
        Label name = new Label(messages.get(line.nameKey()));
        name.getStyleClass().add("summary-name");
        Label shown = new Label(line.value());
        shown.getStyleClass().add("summary-value");
        shown.setId(line.id());
        shown.setWrapText(true);
        numbers.add(name, 0, row);
        numbers.add(shown, 1, row);
    }
}
