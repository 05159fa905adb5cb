package org.crmworkbench.ui.team;

import java.util.Objects;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.common.NoticeLabel;

/** Controller of {@code team-database-dialog.fxml}: binds the fields to the {@link TeamDatabaseForm}. */
public final class TeamDatabaseDialogController {

    @FXML private TextField hostField;
    @FXML private TextField portField;
    @FXML private TextField databaseField;
    @FXML private TextField userField;
    @FXML private PasswordField passwordField;
    @FXML private CheckBox rememberBox;
    @FXML private Label urlLabel;
    @FXML private ProgressIndicator testProgress;
    @FXML private Label outcomeLabel;
    @FXML private Button testButton;
    @FXML private Button stopTestButton;
    @FXML private Button openButton;

    private final TeamDatabaseForm form;
    private final Messages messages;
    private final Runnable open;
    private final Runnable close;

    /**
     * @param open  opens the team database the form names (and closes the dialog)
     * @param close closes the dialog without opening anything
     */
    public TeamDatabaseDialogController(TeamDatabaseForm form, Messages messages, Runnable open, Runnable close) {
        this.form = Objects.requireNonNull(form, "form");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.open = Objects.requireNonNull(open, "open");
        this.close = Objects.requireNonNull(close, "close");
    }

    @FXML
    private void initialize() {
        hostField.textProperty().bindBidirectional(form.hostProperty());
        hostField.textProperty().addListener((o, before, after) -> {
            if (TeamDatabaseForm.pastedUrl(before, after)) {
                // once this change is over: the fields it fills include this one
                Platform.runLater(() -> form.paste(after));
            }
        });
        portField.textProperty().bindBidirectional(form.portProperty());
        databaseField.textProperty().bindBidirectional(form.databaseProperty());
        userField.textProperty().bindBidirectional(form.userProperty());
        passwordField.textProperty().bindBidirectional(form.passwordProperty());
        rememberBox.selectedProperty().bindBidirectional(form.rememberProperty());
        urlLabel.textProperty().bind(form.urlProperty().map(u -> u.isEmpty() ? "\u2013" : u));
        testProgress.visibleProperty().bind(form.testingProperty());
        testProgress.managedProperty().bind(form.testingProperty());
        stopTestButton.visibleProperty().bind(form.testingProperty());
        stopTestButton.managedProperty().bind(form.testingProperty());
        testButton.disableProperty().bind(form.urlProperty().isEmpty().or(form.testingProperty()));
        openButton.disableProperty().bind(form.urlProperty().isEmpty());
        form.outcomeProperty().addListener((o, before, after) -> showOutcome());
        form.missingProperty().addListener((o, before, after) -> showOutcome());
        showOutcome();
    }

    private void showOutcome() {
        Notice notice = form.outcomeProperty().get() != null ? form.outcomeProperty().get()
                : form.missingProperty().get();
        NoticeLabel.show(outcomeLabel, notice, messages, messages.get("team.ready"));
    }

    /** Where the analyst starts typing: the first empty field. */
    public void focusFirstEmpty() {
        for (TextField field : new TextField[] {hostField, databaseField, userField, passwordField}) {
            if (field.getText() == null || field.getText().isEmpty()) {
                field.requestFocus();
                return;
            }
        }
        passwordField.requestFocus();
    }

    @FXML
    private void test() {
        form.test();
    }

    @FXML
    private void stopTest() {
        form.cancelTest();
    }

    @FXML
    private void open() {
        open.run();
    }

    @FXML
    private void cancel() {
        close.run();
    }
}
