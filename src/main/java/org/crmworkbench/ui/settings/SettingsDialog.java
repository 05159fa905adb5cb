package org.crmworkbench.ui.settings;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.FxmlView;

/** The modal settings window; shown without blocking so that tests and the FX thread keep running. */
public final class SettingsDialog {

    private final Stage stage = new Stage();

    public SettingsDialog(Window owner, Messages messages, SettingsViewModel settings, String stylesheet) {
        Parent root = FxmlView.SETTINGS.load(new SettingsDialogController(settings, messages, stage::close),
                messages);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.setTitle(messages.get("settings.title"));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setResizable(false);
        // a line about the Spark master comes and goes: the window keeps fitting its content
        settings.engine().problemProperty().addListener((o, before, after) -> Platform.runLater(stage::sizeToScene));
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }
}
