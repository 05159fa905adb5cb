package org.crmworkbench.ui;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.common.ViewScope;
import org.crmworkbench.ui.jobs.JobsViewModel;

/**
 * Controller of {@code workbench.fxml}: fills the navigation from the workspaces, shows the selected one and
 * binds the status bar. Workspace views are built the first time they are shown.
 */
public final class MainViewController {

    @FXML private VBox navItems;
    @FXML private StackPane content;
    @FXML private StackPane jobsSlot;
    @FXML private Label statusMessage;
    @FXML private Label homeFolder;
    @FXML private MenuItem openDatabaseItem;
    @FXML private MenuItem newDatabaseItem;
    @FXML private MenuItem teamDatabaseItem;
    @FXML private Menu recentMenu;

    private final WorkbenchViewModel workbench;
    private final JobsViewModel jobs;
    private final Messages messages;
    private final Node jobsPanel;
    private final Path home;
    private final Runnable openSettings;
    private final ToggleGroup navGroup = new ToggleGroup();
    private final Map<String, ToggleButton> navButtons = new HashMap<>();
    private final Map<String, Node> views = new HashMap<>();
    private final ViewScope scope;
    private final ObservableValue<DatabaseChoice> database;
    private final Runnable quit;

    /**
     * @param database the window's database choice (its value null while there is none)
     * @param quit     closes the window
     * @param scope    the window view's scope: the selection is followed through it
     */
    public MainViewController(WorkbenchViewModel workbench, JobsViewModel jobs, Messages messages, Node jobsPanel,
            Path home, Runnable openSettings, ObservableValue<DatabaseChoice> database, Runnable quit,
            ViewScope scope) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.database = Objects.requireNonNull(database, "database");
        this.quit = Objects.requireNonNull(quit, "quit");
        this.workbench = Objects.requireNonNull(workbench, "workbench");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.jobsPanel = Objects.requireNonNull(jobsPanel, "jobsPanel");
        this.home = Objects.requireNonNull(home, "home");
        this.openSettings = Objects.requireNonNull(openSettings, "openSettings");
    }

    @FXML
    private void initialize() {
        for (Workspace workspace : workbench.workspaces()) {
            navItems.getChildren().add(navButton(workspace));
        }
        jobsSlot.getChildren().setAll(jobsPanel);
        statusMessage.textProperty().bind(jobs.statusTextProperty());
        new DatabaseMenu(database, messages, scope).bind(openDatabaseItem, newDatabaseItem, recentMenu, homeFolder,
                home);
        new DatabaseMenu(database, messages, scope).bindTeam(teamDatabaseItem);
        scope.follow(workbench.selectedProperty(), this::show);
    }

    /**
     * Drops this view before the window replaces it (the language changed): the workspace views built here are let
     * go, and each workspace releases its view's scope. The window releases this view's own scope.
     */
    public void dispose() {
        statusMessage.textProperty().unbind();
        content.getChildren().clear();
        for (Workspace workspace : workbench.workspaces()) {
            if (views.remove(workspace.id()) != null) {
                workspace.releaseView();
            }
        }
    }

    @FXML
    private void openSettings() {
        openSettings.run();
    }

    @FXML
    private void quit() {
        quit.run();
    }

    private ToggleButton navButton(Workspace workspace) {
        Region icon = new Region();
        icon.getStyleClass().addAll("nav-icon", "icon-" + workspace.id());
        ToggleButton button = new ToggleButton(messages.get(workspace.titleKey()), icon);
        button.setId("nav-" + workspace.id());
        button.getStyleClass().add("nav-item");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setToggleGroup(navGroup);
        button.setOnAction(event -> {
            button.setSelected(true); // clicking the current workspace keeps it selected
            workbench.select(workspace.id());
        });
        navButtons.put(workspace.id(), button);
        return button;
    }

    private void show(Workspace workspace) {
        navButtons.get(workspace.id()).setSelected(true);
        Node view = views.computeIfAbsent(workspace.id(), id -> workspace.view(messages));
        content.getChildren().setAll(view);
    }
}
