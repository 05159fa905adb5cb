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
import org.crmworkbench.data.DatabaseAddress;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.team.TeamPasswords;

/**
 * Asks for the password of an encrypted database or a team database when the window opens it (at start, Open
 * database, Open recent), unless {@code CRM_WORKBENCH_DB_PASSWORD} gives it (or, for a team database, the analyst asked
 * to remember it for this session). FX thread only; the password is handed on and not kept.
 */
final class PasswordDialog implements WorkbenchApp.PasswordQuestion {
    private final Window owner;
    private final Messages messages;
    private final TeamPasswords remembered;

    PasswordDialog(Window owner, Messages messages, TeamPasswords remembered) {
        this.owner = owner;
        this.messages = Objects.requireNonNull(messages, "messages");
        this.remembered = Objects.requireNonNull(remembered, "remembered");
    }

    @Override
    public Optional<char[]> askServer(DatabaseAddress.Server server, boolean again) {
        if (again) {
            remembered.forget(server);
        } else {
            Optional<char[]> known = remembered.get(server);
            if (known.isPresent()) {
                return known;
            }
        }
        return question(again ? messages.get("team.password.wrong", server.description())
                : messages.get("team.password.header", server.description()), messages.get("team.password.title"),
                !again);
    }

    @Override
    public void forget(DatabaseAddress.Server server) {
        remembered.forget(server);
    }

    @Override
    public Optional<char[]> ask(Path database, boolean again) {
        return question(again ? messages.get("password.wrong", database) : messages.get("password.header", database),
                messages.get("password.title"), !again);
    }

    private Optional<char[]> question(String header, String title, boolean fromEnvironmentToo) {
        String fromEnvironment = System.getenv(WorkbenchApp.PASSWORD_ENV);
        if (fromEnvironmentToo && fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return Optional.of(fromEnvironment.toCharArray());
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header);
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
