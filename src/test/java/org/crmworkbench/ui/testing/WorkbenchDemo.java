package org.crmworkbench.ui.testing;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import org.crmworkbench.ui.DesktopLauncher;
import org.crmworkbench.ui.WorkbenchWindow;
import org.crmworkbench.ui.Workspace;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.home.AppHome;
import org.crmworkbench.ui.settings.Language;
import org.crmworkbench.ui.settings.SettingsDialog;

/**
 * Opens the real window with the sample workspace and a few jobs in different states, for looking at the shell
 * (for example under Xvfb) and for screenshots. Not a test.
 *
 * <p>Arguments, all optional: {@code workspace=<id>}, {@code language=zh}, {@code settings} (open the dialog),
 * {@code shot=<file.png>} (write the window's scene there after a few seconds, then quit).
 */
public final class WorkbenchDemo {

    private WorkbenchDemo() {
    }

    public static void main(String[] args) throws Exception {
        String workspace = DemoSupport.option(args, "workspace=", SampleWorkspace.ID);
        String language = DemoSupport.option(args, "language=", "en");
        String shot = DemoSupport.option(args, "shot=", null);
        boolean settings = List.of(args).contains("settings");

        AtomicReference<JobRunner> runner = new AtomicReference<>();
        WorkbenchWindow window = DesktopLauncher.launch(AppHome.fromSystemProperties(), services -> {
            runner.set(services.jobs());
            List<Workspace> all = new ArrayList<>();
            all.add(new SampleWorkspace(services.jobs(), 40, 250));
            return all;
        }).get(30, TimeUnit.SECONDS);

        Platform.runLater(() -> {
            window.switchLanguage(Language.fromCode(language).orElse(Language.ENGLISH));
            window.workbench().select(workspace);
            window.jobs().expandedProperty().set(true);
            startSampleJobs(runner.get());
            SettingsDialog dialog = settings ? window.openSettings() : null;
            if (shot != null) {
                PauseTransition wait = new PauseTransition(Duration.seconds(4));
                wait.setOnFinished(event -> {
                    DemoSupport.write(window.stage().getScene(), new File(shot));
                    if (dialog != null) {
                        DemoSupport.write(dialog.stage().getScene(), new File(shot.replace(".png", "-settings.png")));
                    }
                    Platform.exit();
                });
                wait.play();
            }
        });
    }

    private static void startSampleJobs(JobRunner jobs) {
        jobs.job("job.sample.name", progress -> 1).start();
        jobs.job("job.sample.name", SampleJob.steps(60, 250)).start();
        jobs.job("job.sample.name", progress -> {
            throw new IllegalArgumentException("customers.csv, line 12, column birth_year: expected a year "
                    + "such as 1984, found \"n/a\"");
        }).start();
    }


}
