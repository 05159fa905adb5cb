package org.crmworkbench.ui;

import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.crmworkbench.analysis.engine.FitEngines;
import org.crmworkbench.ui.engine.FitEngineSession;
import org.crmworkbench.ui.jobs.PooledJobRunner;
import org.crmworkbench.home.AppHome;
import org.crmworkbench.ui.settings.SettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts JavaFX with {@link Platform#startup(Runnable)} (no {@code Application} subclass, no static state)
 * and shows the main window. Closing the window stops the job threads and the toolkit.
 */
public final class DesktopLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopLauncher.class);

    private DesktopLauncher() {
    }

    /**
     * Starts the toolkit (or reuses it if it is already running) and shows the window.
     *
     * @return completes on the FX thread once the window is showing
     */
    public static CompletableFuture<WorkbenchWindow> launch(AppHome home, WorkspaceFactory workspaces) {
        CompletableFuture<WorkbenchWindow> shown = new CompletableFuture<>();
        Runnable open = () -> {
            try {
                shown.complete(open(home, workspaces));
            } catch (RuntimeException | Error e) {
                LOG.error("Could not open the main window", e);
                shown.completeExceptionally(e);
            }
        };
        try {
            Platform.startup(open);
        } catch (IllegalStateException alreadyRunning) {
            Platform.runLater(open);
        }
        return shown;
    }

    private static WorkbenchWindow open(AppHome home, WorkspaceFactory workspaces) {
        long toolkitReady = System.currentTimeMillis();
        Platform.setImplicitExit(true);
        PooledJobRunner jobs = PooledJobRunner.forJavaFx();
        Stage stage = new Stage();
        FitEngineSession engines = new FitEngineSession(new FitEngines());
        WorkbenchWindow window = new WorkbenchWindow(stage,
                workspaces.create(new WorkbenchServices(home, jobs, engines)), jobs, new SettingsStore(home), engines);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> jobs.close());
        window.show();
        // the native linear algebra library (tens of MB) loads on its own thread once the window is painted
        FirstFrameLog.watch(stage.getScene(), toolkitReady,
                () -> new org.crmworkbench.analysis.NativeMath().loadInBackground());
        LOG.info("Workbench open; files in {}", home.dir().toAbsolutePath());
        return window;
    }
}
