package org.crmworkbench.ui.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import org.crmworkbench.ui.WorkbenchWindow;
import org.crmworkbench.ui.testing.FxUiTest;
import org.crmworkbench.ui.testing.SampleJob;
import org.crmworkbench.ui.testing.SampleWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The jobs panel with real worker threads: the FX thread stays free, Cancel works, failures read well. */
class JobsPanelTest extends FxUiTest {

    /** Far above a normal round trip (a few ms), far below a blocked FX thread (the whole job). */
    private static final Duration RESPONSIVE = Duration.ofMillis(500);

    private final PooledJobRunner jobs = new PooledJobRunner(2, Platform::runLater);

    @AfterEach
    void stopJobs() {
        jobs.close();
    }

    @Test
    void fxThreadStaysResponsiveWhileALongJobRunsAndCancelStopsIt() throws Exception {
        WorkbenchWindow window = openWindow(List.of(new SampleWorkspace(jobs, 1, 1)), jobs);
        robot.clickOn("#jobs-toggle");
        AtomicBoolean cancelledOnFxThread = new AtomicBoolean();
        Job job = onFx(() -> jobs.job("job.sample.name", SampleJob.spinUntilCancelled())
                .onCancelled(() -> cancelledOnFxThread.set(Platform.isFxApplicationThread()))
                .start());
        waitUntil("the panel shows the job running with an indeterminate bar (unknown total)",
                () -> window.jobs().rows().get(0).stateProperty().get() == JobState.RUNNING
                        && this.<ProgressBar>find(".job-progress").isVisible()
                        && this.<ProgressBar>find(".job-progress").getProgress() < 0);
        String firstElapsed = onFx(() -> texts(".job-elapsed").get(0));

        long worstMillis = 0;
        for (int probe = 0; probe < 12; probe++) {
            long start = System.nanoTime();
            CountDownLatch reached = new CountDownLatch(1);
            Platform.runLater(reached::countDown);
            assertTrue(reached.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS), "FX thread never answered");
            worstMillis = Math.max(worstMillis, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            sleep(250);
        }
        assertTrue(worstMillis < RESPONSIVE.toMillis(),
                "slowest FX round trip while the job ran: " + worstMillis + " ms");
        waitUntil("the elapsed time ticks", () -> !texts(".job-elapsed").get(0).equals(firstElapsed));
        assertEquals(JobState.RUNNING, job.state(), "the job was still running throughout");

        robot.clickOn(".job-cancel");

        waitUntil("the panel shows Cancelled", () -> texts(".job-stage").equals(List.of("Cancelled")));
        assertEquals(JobState.CANCELLED, job.state());
        assertTrue(cancelledOnFxThread.get(), "onCancelled ran on the FX thread");
        assertFalse(onFx(() -> this.<Button>find(".job-cancel").isVisible()));
        assertEquals("Ready", onFx(() -> window.jobs().statusTextProperty().get()));
    }

    @Test
    void aFailedJobShowsItsMessageWithTheStackTraceBehindALink() {
        openWindow(List.of(new SampleWorkspace(jobs, 1, 1)), jobs);
        onFx(() -> jobs.job("job.sample.name", progress -> {
            throw new IllegalArgumentException("Parameter k must be between 2 and 20, was 40");
        }).start());

        waitUntil("the failure is shown", () -> texts(".job-failure")
                .equals(List.of("Parameter k must be between 2 and 20, was 40")));
        assertFalse(onFx(() -> this.<TextArea>find(".job-details").isVisible()), "details start hidden");

        robot.clickOn(".job-details-link");

        waitUntil("details are shown", () -> this.<TextArea>find(".job-details").isVisible());
        assertTrue(onFx(() -> this.<TextArea>find(".job-details").getText())
                .startsWith("java.lang.IllegalArgumentException: Parameter k"));
    }

    @Test
    void progressWithAKnownTotalFillsTheBar() {
        openWindow(List.of(new SampleWorkspace(jobs, 1, 1)), jobs);
        robot.clickOn("#jobs-toggle");
        CountDownLatch release = new CountDownLatch(1);
        Job job = onFx(() -> jobs.job("job.sample.name", progress -> {
            progress.stage("job.sample.stage", 3, 4);
            progress.worked(3, 4);
            release.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return null;
        }).start());

        waitUntil("the bar shows three quarters", () -> this.<ProgressBar>find(".job-progress").getProgress() == 0.75);
        assertEquals(List.of("Step 3 of 4"), onFx(() -> texts(".job-stage")));
        release.countDown();
        waitUntil("the job finished", () -> job.state() == JobState.SUCCEEDED);
        waitUntil("the panel shows Finished", () -> texts(".job-stage").equals(List.of("Finished")));
    }

    private List<String> texts(String query) {
        return robot.lookup(query).queryAll().stream()
                .filter(node -> node.isVisible())
                .map(node -> ((Label) node).getText())
                .toList();
    }
}
