package org.crmworkbench.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.crmworkbench.data.DatabaseAddress;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.common.ViewScope;
import org.crmworkbench.ui.team.TeamDatabaseDialog;

/**
 * The File menu's database entries (Open database, New database, Open recent) and the status bar's name of the open
 * database, bound to the window's {@link DatabaseChoice} (absent in tests that build a window without a database:
 * then the entries are disabled and the status bar names the data folder).
 */
final class DatabaseMenu {
    private static final String SUFFIX = ".mv.db";

    private final ObservableValue<DatabaseChoice> choice;
    private final Messages messages;
    private final ViewScope scope;

    DatabaseMenu(ObservableValue<DatabaseChoice> choice, Messages messages, ViewScope scope) {
        this.choice = Objects.requireNonNull(choice, "choice");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    /** Fills the menu's database items and keeps them in step with the choice. */
    void bind(MenuItem open, MenuItem create, Menu recent, Label status, Path home) {
        open.setOnAction(e -> chooseFile(status.getScene().getWindow(), false));
        create.setOnAction(e -> chooseFile(status.getScene().getWindow(), true));
        scope.follow(choice, c -> {
            boolean none = c == null;
            open.setDisable(none);
            create.setDisable(none);
            recent.setDisable(none);
            status.textProperty().unbind();
            if (none) {
                status.setText(messages.get("status.home", home.toAbsolutePath()));
                status.setTooltip(null);
                recent.getItems().clear();
                return;
            }
            status.textProperty().bind(c.currentProperty().map(p -> p instanceof DatabaseAddress.Server server
                    ? messages.get("team.status", server.description()) : messages.get("status.database",
                    p.description())));
            status.setTooltip(new Tooltip(messages.get("status.home", home.toAbsolutePath())));
            scope.follow(c.recent(), () -> fillRecent(recent, c));
            scope.follow(c.busyProperty(), busy -> {
                open.setDisable(busy);
                create.setDisable(busy);
                recent.setDisable(busy);
            });
            scope.follow(c.problemProperty(), notice -> {
                if (notice != null) {
                    showProblem(status.getScene() == null ? null : status.getScene().getWindow(), notice);
                    c.problemProperty().set(null);
                }
            });
        });
    }

    private void fillRecent(Menu recent, DatabaseChoice c) {
        recent.getItems().clear();
        for (DatabaseAddress path : c.recent()) {
            MenuItem item = new MenuItem(path instanceof DatabaseAddress.Server server
                    ? messages.get("team.recent", server.description()) : path.description());
            item.setMnemonicParsing(false);
            item.setDisable(path.equals(c.current()));
            item.setOnAction(e -> c.open(path));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem(messages.get("menu.file.recent.none"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private void chooseFile(Window owner, boolean create) {
        DatabaseChoice c = choice.getValue();
        if (c == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(create ? "menu.file.new.title" : "menu.file.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("menu.file.filter"),
                "*" + SUFFIX));
        // a team database has no folder here: the chooser then starts where the system puts it
        Path folder = c.current() instanceof DatabaseAddress.File f ? f.path().getParent() : null;
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File file = create ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
        if (file == null) {
            return;
        }
        if (create) {
            c.create(file.toPath());
        } else {
            c.open(file.toPath());
        }
    }

    /** Binds the Team database (PostgreSQL) entry: it opens the dialog, filled in with the open team database. */
    void bindTeam(MenuItem team) {
        team.setOnAction(e -> {
            DatabaseChoice c = choice.getValue();
            Window owner = team.getParentPopup() == null ? null : team.getParentPopup().getOwnerWindow();
            if (c != null) {
                c.teamForm().ifPresent(form -> new TeamDatabaseDialog(owner, messages, form, c::openTeam,
                        WorkbenchWindow.stylesheet()).show());
            }
        });
        scope.follow(choice, c -> {
            team.setDisable(c == null || !c.opensTeamDatabases());
            if (c != null) {
                scope.follow(c.busyProperty(), busy -> team.setDisable(busy || !c.opensTeamDatabases()));
            }
        });
    }

    private void showProblem(Window owner, Notice notice) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get("database.problem.title"));
        alert.setContentText(notice.text(messages));
        alert.show();
    }
}
