package org.crmworkbench.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.crmworkbench.i18n.Messages;

/**
 * Asks for the password of an encrypted database when the window opens it (at start, Open database, Open recent),
 * unless {@code CRM_WORKBENCH_DB_PASSWORD} gives it. FX thread only; the password is handed on and not kept.
 */
final class PasswordDialog implements WorkbenchApp.PasswordQuestion {
    private final Window owner;
    private final Messages messages;

    PasswordDialog(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public Optional<char[]> ask(Path database, boolean again) {
        String fromEnvironment = System.getenv(WorkbenchApp.PASSWORD_ENV);
        if (!again && fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return Optional.of(fromEnvironment.toCharArray());
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("password.title"));
        dialog.setHeaderText(again ? messages.get("password.wrong", database)
                : messages.get("password.header", database));
        PasswordField field = new PasswordField();
        field.setPromptText(messages.get("password.prompt"));
        field.setAccessibleText(messages.get("password.prompt"));
        VBox box = new VBox(6, new Label(messages.get("password.prompt")), field);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(field.textProperty().isEmpty());
        Platform.runLater(field::requestFocus);
        Optional<ButtonType> answer = dialog.showAndWait();
        char[] password = field.getText().toCharArray();
        field.clear();
        return answer.filter(b -> b == ButtonType.OK).map(b -> password);
    }
}
