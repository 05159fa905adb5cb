package org.crmworkbench.ui;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.crmworkbench.analysis.engine.EngineChoice;
import org.crmworkbench.analysis.engine.FitEngines;
import org.crmworkbench.data.DatabaseAddress;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.common.ViewScope;
import org.crmworkbench.ui.engine.FitEngineSession;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.ui.jobs.JobsPanelController;
import org.crmworkbench.ui.jobs.JobsViewModel;
import org.crmworkbench.ui.jobs.ProgressTicker;
import org.crmworkbench.ui.settings.EngineSettingsModel;
import org.crmworkbench.ui.settings.Language;
import org.crmworkbench.ui.settings.SettingsDialog;
import org.crmworkbench.ui.settings.SettingsStore;
import org.crmworkbench.ui.settings.SettingsViewModel;
import org.crmworkbench.ui.settings.WindowPlacement;
import org.crmworkbench.ui.settings.WorkbenchSettings;

/**
 * The main window on a given {@link Stage}: builds the scene from its dependencies, rebuilds it when the language
 * changes (keeping the selected workspace, the jobs and each workspace's own state), and saves the settings and
 * window bounds when it closes. Create and use it on the FX thread.
 *
 * <pre>{@code
 * WorkbenchWindow window = new WorkbenchWindow(stage, List.of(dataWorkspace, segments, ...), jobRunner,
 *         new SettingsStore(appHome));
 * window.show();
 * }</pre>
 */
public final class WorkbenchWindow {

    /** The one stylesheet of the application (classpath resource). */
    public static final String STYLESHEET = "/assets/css/workbench.css";

    private final Stage stage;
    private final JobRunner jobRunner;
    private final SettingsStore settingsStore;
    private final WorkbenchViewModel workbench;
    private final JobsViewModel jobs;
    private final WindowPlacement placement;
    private final FitEngineSession engines;
    private WorkbenchSettings settings;
    private Messages messages;
    private MainViewController mainView;
    /** The scope of the window's view (navigation, status bar, jobs panel); released when the language changes. */
    private ViewScope viewScope;
    private ProgressTicker ticker;
    private boolean shown;
    private final ObjectProperty<DatabaseChoice> database = new SimpleObjectProperty<>(this, "database");

    public WorkbenchWindow(Stage stage, List<Workspace> workspaces, JobRunner jobRunner,
            SettingsStore settingsStore) {
        this(stage, workspaces, jobRunner, settingsStore, new FitEngineSession(new FitEngines()));
    }

    /**
     * @param engines the engines the workspaces' big fits run on; the window gives them the Spark master and settings
     *                it remembers, and closes them when it closes
     */
    public WorkbenchWindow(Stage stage, List<Workspace> workspaces, JobRunner jobRunner,
            SettingsStore settingsStore, FitEngineSession engines) {
        this.engines = Objects.requireNonNull(engines, "engines");
        this.stage = Objects.requireNonNull(stage, "stage");
        this.jobRunner = Objects.requireNonNull(jobRunner, "jobRunner");
        this.settingsStore = Objects.requireNonNull(settingsStore, "settingsStore");
        this.workbench = new WorkbenchViewModel(workspaces);
        this.settings = settingsStore.load();
        engines.useSpark(settings.spark());
        this.messages = new Messages(settings.language().locale());
        workspaces.forEach(workspace -> workspace.useLanguage(messages));
        this.jobs = new JobsViewModel(messages);
        this.placement = new WindowPlacement(stage);
        jobRunner.addObserver(jobs);
    }

    /** Builds the scene, restores the last window bounds and shows the window. */
    public void show() {
        if (shown) {
            throw new IllegalStateException("the main window was already shown");
        }
        shown = true;
        placement.restore(settings.window());
        Scene scene = new Scene(buildRoot());
        scene.getStylesheets().add(stylesheet());
        stage.setScene(scene);
        title();
        ticker = new ProgressTicker(jobs);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> closed());
        stage.show();
    }

    /** Switches every text to {@code language} at once and remembers the choice. */
    public void switchLanguage(Language language) {
        if (language == settings.language()) {
            return;
        }
        settings = settings.withLanguage(language);
        settingsStore.save(settings);
        messages = new Messages(language.locale());
        workbench.workspaces().forEach(workspace -> workspace.useLanguage(messages));
        jobs.setMessages(messages);
        if (shown) {
            mainView.dispose();
            viewScope.release();
            stage.getScene().setRoot(buildRoot());
            title();
        }
    }

    private void title() {
        DatabaseChoice choice = database.get();
        DatabaseAddress current = choice == null ? null : choice.current();
        if (current instanceof DatabaseAddress.Server server) {
            stage.setTitle(messages.get("app.titleWithDatabase", server.name() + " @ " + server.host()));
            return;
        }
        Path file = current == null ? null : ((DatabaseAddress.File) current).path();
        stage.setTitle(file == null || file.getFileName() == null ? messages.get("app.title")
                : messages.get("app.titleWithDatabase", file.getFileName()));
    }

    /** Opens the settings dialog over the window. */
    public SettingsDialog openSettings() {
        SettingsViewModel model = new SettingsViewModel(settings.language(), settingsStore.home().dir(),
                this::switchLanguage, new EngineSettingsModel(settings.spark(), engines.sparkDescription()),
                this::useSpark);
        SettingsDialog dialog = new SettingsDialog(stage, messages, model, stylesheet());
        dialog.show();
        return dialog;
    }

    /** Sends the next Spark fits to {@code spark}'s master with its settings, and remembers them. */
    public void useSpark(EngineChoice spark) {
        settings = settings.withSpark(spark);
        settingsStore.save(settings);
        engines.useSpark(spark);
    }

    /** The engines the workspaces' big fits run on. */
    public FitEngineSession engines() {
        return engines;
    }

    /**
     * Lets the analyst open other databases through {@code choice} (the File menu and the status bar follow it),
     * and names its database in the window's title.
     */
    public void useDatabase(DatabaseChoice choice) {
        database.set(Objects.requireNonNull(choice, "choice"));
        choice.currentProperty().addListener((o, before, after) -> title());
        title();
    }

    /** The window's database choice; null until {@link #useDatabase} gave one. */
    public DatabaseChoice database() {
        return database.get();
    }

    /** The databases opened last, newest first, as the settings remember them. */
    public List<DatabaseAddress> recentDatabases() {
        return settings.recentDatabases();
    }

    /** Remembers the databases opened last. */
    public void rememberDatabases(List<DatabaseAddress> recent) {
        settings = settings.withRecentDatabases(recent);
        settingsStore.save(settings);
    }

    public Stage stage() {
        return stage;
    }

    public WorkbenchViewModel workbench() {
        return workbench;
    }

    /** Runs the window's background jobs. */
    public JobRunner jobRunner() {
        return jobRunner;
    }

    public JobsViewModel jobs() {
        return jobs;
    }

    public Language language() {
        return settings.language();
    }

    public Messages messages() {
        return messages;
    }

    private Parent buildRoot() {
        viewScope = new ViewScope();
        Parent jobsPanel = FxmlView.JOBS_PANEL.load(new JobsPanelController(jobs, messages, viewScope), messages);
        mainView = new MainViewController(workbench, jobs, messages, jobsPanel, settingsStore.home().dir(),
                this::openSettings, database, stage::close, viewScope);
        return FxmlView.WORKBENCH.load(mainView, messages);
    }

    private void closed() {
        placement.current().ifPresent(bounds -> settings = settings.withWindow(bounds));
        settingsStore.save(settings);
        if (ticker != null) {
            ticker.stop();
        }
        jobRunner.removeObserver(jobs);
        jobRunner.cancelAll();
        if (engines.sparkOpen()) {
            // stopping a Spark session takes a moment: not on the FX thread
            Thread stop = new Thread(engines::close, "spark-stop");
            stop.start();
        } else {
            engines.close();
        }
    }

    static String stylesheet() {
        URL url = WorkbenchWindow.class.getResource(STYLESHEET);
        if (url == null) {
            throw new IllegalStateException("stylesheet missing from the class path: " + STYLESHEET);
        }
        return url.toExternalForm();
    }
}
