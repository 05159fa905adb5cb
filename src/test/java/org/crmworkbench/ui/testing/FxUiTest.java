package org.crmworkbench.ui.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.crmworkbench.ui.WorkbenchWindow;
import org.crmworkbench.ui.Workspace;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.home.AppHome;
import org.crmworkbench.ui.settings.Language;
import org.crmworkbench.ui.settings.SettingsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Base class for UI tests: starts the JavaFX toolkit once per JVM (headless Monocle under Maven, see the
 * surefire argLine), gives every test its own temporary app-home folder and a robot, and closes every window
 * after each test. Waits are bounded by {@link #TIMEOUT}, which is generous on purpose: tests must pass on a
 * slow machine, so they never assert how fast something is, only that it happens.
 */
public abstract class FxUiTest {

    /** Upper bound for anything a test waits for. */
    protected static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** A fresh app-home folder for each test. */
    @TempDir
    protected Path appHomeDir;

    protected final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false); // closing a test's last window must not stop the toolkit
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected AppHome appHome() {
        return new AppHome(appHomeDir);
    }

    /** Settings in this test's app home; the first run is English whatever the machine's locale. */
    protected SettingsStore settingsStore() {
        return new SettingsStore(appHome(), Language.ENGLISH);
    }

    /** Builds and shows a main window on a new stage, on the FX thread. */
    protected WorkbenchWindow openWindow(List<Workspace> workspaces, JobRunner jobs) {
        WorkbenchWindow window = onFx(() -> {
            WorkbenchWindow created = new WorkbenchWindow(new Stage(), workspaces, jobs, settingsStore());
            created.show();
            return created;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window;
    }

    /** Runs {@code action} on the FX thread and returns its value. */
    protected static <T> T onFx(Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("FX action failed", e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("FX action did not finish within " + TIMEOUT, e);
        }
    }

    protected static void onFx(Runnable action) {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    /** Polls {@code condition} on the FX thread until it holds; fails naming {@code what} after {@link #TIMEOUT}. */
    protected static void waitUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (onFx(condition::getAsBoolean)) {
                return;
            }
            sleep(50);
        }
        fail("timed out after " + TIMEOUT + " waiting until " + what);
    }

    /** The one node matching the CSS {@code query}, e.g. {@code "#nav-segments"}. */
    protected <T extends Node> T find(String query) {
        return robot.lookup(query).query();
    }

    protected static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
