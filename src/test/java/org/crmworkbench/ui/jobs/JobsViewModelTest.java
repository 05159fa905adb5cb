package org.crmworkbench.ui.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.CancelledException;
import org.junit.jupiter.api.Test;

/** The jobs panel's view model, driven by the deterministic same-thread runner; no FX thread involved. */
class JobsViewModelTest {

    private final FakeClock clock = new FakeClock();
    private final Messages english = Messages.english();
    private final JobsViewModel jobs = new JobsViewModel(english);

    private SameThreadJobRunner immediate() {
        SameThreadJobRunner runner = new SameThreadJobRunner(clock);
        runner.addObserver(jobs);
        return runner;
    }

    private SameThreadJobRunner deferred() {
        SameThreadJobRunner runner = SameThreadJobRunner.deferred(clock);
        runner.addObserver(jobs);
        return runner;
    }

    @Test
    void successfulJobDeliversItsValueAndShowsFinished() {
        AtomicReference<Integer> delivered = new AtomicReference<>();
        immediate().job("job.sample.name", progress -> {
            clock.advance(Duration.ofSeconds(65));
            return 42;
        }).onSuccess(delivered::set).start();

        assertEquals(42, delivered.get());
        JobRow row = jobs.rows().get(0);
        assertEquals("Sample computation", row.nameProperty().get());
        assertEquals(JobState.SUCCEEDED, row.stateProperty().get());
        assertEquals("Finished", row.stageTextProperty().get());
        assertEquals(1.0, row.progressProperty().get());
        assertEquals("1:05", row.elapsedProperty().get());
        assertFalse(row.cancellableProperty().get());
        assertEquals(0, jobs.activeCountProperty().get());
        assertEquals("Ready", jobs.statusTextProperty().get());
    }

    @Test
    void samplingShowsStageProgressAndElapsedTimeWhileRunning() {
        List<String> seen = new ArrayList<>();
        immediate().job("job.sample.name", progress -> {
            progress.stage("job.sample.stage", 3, 8);
            progress.worked(3, 4);
            clock.advance(Duration.ofSeconds(7));
            jobs.refresh(); // what the ticker does ten times a second
            JobRow row = jobs.rows().get(0);
            seen.add(row.stageTextProperty().get());
            seen.add(Double.toString(row.progressProperty().get()));
            seen.add(row.elapsedProperty().get());
            seen.add(jobs.statusTextProperty().get());
            seen.add(Boolean.toString(row.cancellableProperty().get()));
            return null;
        }).start();

        assertEquals(List.of("Step 3 of 8", "0.75", "0:07", "1 background job running", "true"), seen);
    }

    @Test
    void unknownTotalMeansIndeterminateProgress() {
        List<Double> seen = new ArrayList<>();
        immediate().job("job.sample.name", progress -> {
            progress.worked(17, 0);
            jobs.refresh();
            seen.add(jobs.rows().get(0).progressProperty().get());
            return null;
        }).start();

        assertEquals(List.of(-1.0), seen);
    }

    @Test
    void failureShowsTheMessageAndKeepsTheStackTraceAsDetails() {
        AtomicReference<Throwable> delivered = new AtomicReference<>();
        immediate().job("job.sample.name", progress -> {
            throw new IOException("customers.csv line 12, column 'birth_year': expected a year, found 'abc'",
                    new NumberFormatException("For input string: \"abc\""));
        }).onFailure(delivered::set).onSuccess(value -> { throw new AssertionError("no success expected"); }).start();

        assertTrue(delivered.get() instanceof IOException);
        JobRow row = jobs.rows().get(0);
        assertEquals(JobState.FAILED, row.stateProperty().get());
        assertEquals("Failed", row.stageTextProperty().get());
        assertEquals("customers.csv line 12, column 'birth_year': expected a year, found 'abc'\n"
                + "Cause: For input string: \"abc\"", row.failureMessageProperty().get());
        assertTrue(row.failureDetailsProperty().get().contains("java.io.IOException"));
        assertTrue(row.failureDetailsProperty().get().contains("\tat "));
        assertTrue(jobs.expandedProperty().get(), "a failure opens the jobs panel");
    }

    @Test
    void failureWithoutMessageNamesTheExceptionType() {
        immediate().job("job.sample.name", progress -> {
            throw new IllegalStateException();
        }).start();

        assertEquals("Unexpected error (IllegalStateException) without a message",
                jobs.rows().get(0).failureMessageProperty().get());
    }

    @Test
    void bodyThatStopsWithCancelledExceptionEndsCancelled() {
        List<String> calls = new ArrayList<>();
        immediate().job("job.sample.name", progress -> {
            throw new CancelledException();
        }).onCancelled(() -> calls.add("cancelled")).onFailure(error -> calls.add("failed")).start();

        assertEquals(List.of("cancelled"), calls);
        assertEquals("Cancelled", jobs.rows().get(0).stageTextProperty().get());
    }

    @Test
    void cancellingThroughTheRowStopsARunningJob() {
        List<String> calls = new ArrayList<>();
        immediate().job("job.sample.name", progress -> {
            jobs.rows().get(0).cancel(); // the Cancel button
            jobs.refresh();
            calls.add(jobs.rows().get(0).stageTextProperty().get());
            calls.add("flag " + progress.isCancelled());
            assertTrue(Thread.interrupted(), "cancel interrupts the worker");
            progress.checkCancelled();
            return "unreachable";
        }).onCancelled(() -> calls.add("cancelled")).onSuccess(value -> calls.add("success")).start();

        assertEquals(List.of("Cancelling...", "flag true", "cancelled"), calls);
    }

    @Test
    void cancellingAQueuedJobDeliversAtOnceAndTheBodyNeverRuns() {
        SameThreadJobRunner runner = deferred();
        List<String> calls = new ArrayList<>();
        Job job = runner.job("job.sample.name", progress -> calls.add("body"))
                .onCancelled(() -> calls.add("cancelled")).start();
        assertEquals("Waiting for a free worker", jobs.rows().get(0).stageTextProperty().get());

        job.cancel();
        runner.runPending();

        assertEquals(List.of("cancelled"), calls);
        assertEquals(JobState.CANCELLED, job.state());
        assertEquals(0, jobs.activeCountProperty().get());
    }

    @Test
    void replaceLatestDeliversOnlyTheNewestResult() {
        SameThreadJobRunner runner = deferred();
        List<String> delivered = new ArrayList<>();
        Job first = runner.job("job.sample.name", progress -> "k=3").replacing("segments.k")
                .onSuccess(delivered::add).onCancelled(() -> delivered.add("first cancelled")).start();
        Job second = runner.job("job.sample.name", progress -> "k=4").replacing("segments.k")
                .onSuccess(delivered::add).start();
        Job third = runner.job("job.sample.name", progress -> "k=5").replacing("segments.k")
                .onSuccess(delivered::add).start();
        runner.runPending();

        assertEquals(List.of("k=5"), delivered);
        assertEquals(JobState.SUPERSEDED, first.state());
        assertEquals(JobState.SUPERSEDED, second.state());
        assertEquals(JobState.SUCCEEDED, third.state());
        assertEquals(1, jobs.rows().size(), "replaced runs leave the list");
        assertSame(third, jobs.rows().get(0).job());
    }

    @Test
    void replaceKeysAreIndependent() {
        SameThreadJobRunner runner = deferred();
        List<String> delivered = new ArrayList<>();
        runner.job("job.sample.name", progress -> "k").replacing("segments.k").onSuccess(delivered::add).start();
        runner.job("job.sample.name", progress -> "n").replacing("recommend.n").onSuccess(delivered::add).start();
        runner.runPending();

        assertEquals(List.of("k", "n"), delivered);
    }

    @Test
    void statusCountsActiveJobs() {
        SameThreadJobRunner runner = deferred();
        runner.job("job.sample.name", progress -> 1).start();
        runner.job("job.sample.name", progress -> 2).start();
        assertEquals(2, jobs.activeCountProperty().get());
        assertEquals("2 background jobs running", jobs.statusTextProperty().get());

        runner.runPending();
        assertEquals("Ready", jobs.statusTextProperty().get());
    }

    @Test
    void newestJobIsListedFirstAndOldFinishedJobsAreDropped() {
        SameThreadJobRunner runner = immediate();
        for (int i = 0; i < JobsViewModel.FINISHED_ROWS_KEPT + 5; i++) {
            runner.job("job.sample.name", progress -> null).start();
        }
        assertEquals(JobsViewModel.FINISHED_ROWS_KEPT, jobs.rows().size());
        assertEquals(JobsViewModel.FINISHED_ROWS_KEPT + 5, jobs.rows().get(0).job().id());

        jobs.clearFinished();
        assertTrue(jobs.rows().isEmpty());
        assertFalse(jobs.anyFinishedProperty().get());
    }

    @Test
    void switchingLanguageRewritesEveryRow() {
        immediate().job("job.sample.name", progress -> null).start();

        jobs.setMessages(new Messages(Locale.SIMPLIFIED_CHINESE));

        assertEquals("示例计算", jobs.rows().get(0).nameProperty().get());
        assertEquals("已完成", jobs.rows().get(0).stageTextProperty().get());
        assertEquals("就绪", jobs.statusTextProperty().get());
    }

    @Test
    void aThrowingCallbackDoesNotBreakTheRunner() {
        SameThreadJobRunner runner = immediate();
        runner.job("job.sample.name", progress -> 1).onSuccess(value -> { throw new IllegalStateException("boom"); })
                .start();
        AtomicReference<Integer> next = new AtomicReference<>();
        runner.job("job.sample.name", progress -> 2).onSuccess(next::set).start();

        assertEquals(2, next.get());
        assertEquals(JobState.SUCCEEDED, jobs.rows().get(1).stateProperty().get());
    }

    @Test
    void jobsSubmittedAfterTheObserverLeftAreNotListed() {
        SameThreadJobRunner runner = immediate();
        runner.removeObserver(jobs);
        runner.job("job.sample.name", progress -> null).start();
        assertTrue(jobs.rows().isEmpty());
    }
}
