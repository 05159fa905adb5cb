package org.crmworkbench.ui.team;

import java.util.Objects;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.crmworkbench.data.DatabaseAddress;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.FxmlView;

/**
 * The "Team database (PostgreSQL)" window over a {@link TeamDatabaseForm}; shown without blocking. Open hands the
 * team database and the password to the window's database choice and closes; closing in any way clears the password
 * and stops a running test.
 */
public final class TeamDatabaseDialog {

    private final Stage stage = new Stage();
    private final TeamDatabaseForm form;

    /** @param opener opens the team database with the password typed (null when none was) */
    public TeamDatabaseDialog(Window owner, Messages messages, TeamDatabaseForm form,
                              BiConsumer<DatabaseAddress.Server, char[]> opener, String stylesheet) {
        this.form = Objects.requireNonNull(form, "form");
        Objects.requireNonNull(opener, "opener");
        TeamDatabaseDialogController controller = new TeamDatabaseDialogController(form, messages, () -> {
            if (form.open(opener)) {
                stage.close();
            }
        }, stage::close);
        Parent root = FxmlView.TEAM_DATABASE.load(controller, messages);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.setTitle(messages.get("team.title"));
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setOnHidden(e -> {
            form.cancelTest();
            form.clearPassword();
        });
        stage.setOnShown(e -> Platform.runLater(controller::focusFirstEmpty));
        // a longer answer from the server makes the dialog taller rather than cut
        form.outcomeProperty().addListener((o, before, after) -> Platform.runLater(stage::sizeToScene));
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    public TeamDatabaseForm form() {
        return form;
    }
}
