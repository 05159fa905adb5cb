package org.crmworkbench.ui.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The thread-pool runner with real threads. A single-thread executor stands in for the FX thread, so the tests
 * can check that callbacks arrive on it. Every wait is bounded and generous.
 */
class PooledJobRunnerTest {

    private static final long WAIT_SECONDS = 20;

    private final ExecutorService uiThread = Executors.newSingleThreadExecutor(task -> new Thread(task, "fake-ui"));
    private final PooledJobRunner runner = new PooledJobRunner(2, uiThread);

    @AfterEach
    void stop() {
        runner.close();
        uiThread.shutdownNow();
    }

    @Test
    void bodyRunsOnAWorkerAndCallbacksOnTheCallbackThread() throws Exception {
        AtomicReference<String> bodyThread = new AtomicReference<>();
        AtomicReference<String> callbackThread = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        runner.job("job.sample.name", progress -> {
            bodyThread.set(Thread.currentThread().getName());
            return 7;
        }).onSuccess(value -> {
            callbackThread.set(Thread.currentThread().getName());
            done.countDown();
        }).start();

        assertTrue(done.await(WAIT_SECONDS, TimeUnit.SECONDS));
        assertTrue(bodyThread.get().startsWith("crm-job-"), bodyThread.get());
        assertEquals("fake-ui", callbackThread.get());
    }

    @Test
    void workerThreadsAreDaemons() throws Exception {
        AtomicBoolean daemon = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(1);
        runner.job("job.sample.name", progress -> Thread.currentThread().isDaemon())
                .onSuccess(value -> {
                    daemon.set(value);
                    done.countDown();
                }).start();
        assertTrue(done.await(WAIT_SECONDS, TimeUnit.SECONDS));
        assertTrue(daemon.get());
    }

    @Test
    void cancelRaisesTheFlagAndInterruptsASleepingWorker() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        AtomicReference<String> callbackThread = new AtomicReference<>();
        Job job = runner.job("job.sample.name", progress -> {
            started.countDown();
            Thread.sleep(TimeUnit.MINUTES.toMillis(10)); // only an interrupt ends this in time
            return null;
        }).onCancelled(() -> {
            callbackThread.set(Thread.currentThread().getName());
            cancelled.countDown();
        }).start();

        assertTrue(started.await(WAIT_SECONDS, TimeUnit.SECONDS));
        job.cancel();

        assertTrue(cancelled.await(WAIT_SECONDS, TimeUnit.SECONDS), "the interrupt woke the worker");
        assertEquals("fake-ui", callbackThread.get());
        assertEquals(JobState.CANCELLED, job.state());
    }

    @Test
    void anInterruptDoesNotLeakIntoTheNextJobOnTheSameThread() throws Exception {
        PooledJobRunner single = new PooledJobRunner(1, uiThread);
        try {
            CountDownLatch started = new CountDownLatch(1);
            Job first = single.job("job.sample.name", progress -> {
                started.countDown();
                while (!progress.isCancelled()) {
                    Thread.onSpinWait();
                }
                return null; // ignores the interrupt on purpose
            }).start();
            assertTrue(started.await(WAIT_SECONDS, TimeUnit.SECONDS));
            first.cancel();

            AtomicReference<Boolean> interrupted = new AtomicReference<>();
            CountDownLatch second = new CountDownLatch(1);
            single.job("job.sample.name", progress -> Thread.currentThread().isInterrupted())
                    .onSuccess(value -> {
                        interrupted.set(value);
                        second.countDown();
                    }).start();
            assertTrue(second.await(WAIT_SECONDS, TimeUnit.SECONDS));
            assertFalse(interrupted.get());
        } finally {
            single.close();
        }
    }

    @Test
    void aJobEndingAfterTheCallbackThreadStoppedDoesNotKillItsWorker() throws Exception {
        ExecutorService closedUi = Executors.newSingleThreadExecutor(task -> new Thread(task, "closed-ui"));
        PooledJobRunner single = new PooledJobRunner(1, closedUi);
        try {
            CountDownLatch release = new CountDownLatch(1);
            AtomicReference<String> firstThread = new AtomicReference<>();
            single.job("job.sample.name", progress -> {
                firstThread.set(Thread.currentThread().getName());
                release.await(WAIT_SECONDS, TimeUnit.SECONDS);
                return 1;
            }).start();
            closedUi.shutdownNow(); // the window went away while the job still runs
            release.countDown();

            AtomicReference<String> secondThread = new AtomicReference<>();
            CountDownLatch second = new CountDownLatch(1);
            single.job("job.sample.name", progress -> {
                secondThread.set(Thread.currentThread().getName());
                second.countDown();
                return 2;
            }).start();
            assertTrue(second.await(WAIT_SECONDS, TimeUnit.SECONDS));
            assertEquals(firstThread.get(), secondThread.get(),
                    "the first job's undeliverable outcome was thrown on its worker, which died");
        } finally {
            single.close();
        }
    }

    @Test
    void replaceLatestCancelsTheRunningJobAndDeliversOnlyTheLast() throws Exception {
        List<String> delivered = new CopyOnWriteArrayList<>();
        List<String> observedCancel = new CopyOnWriteArrayList<>();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch last = new CountDownLatch(1);
        Job first = runner.job("job.sample.name", progress -> {
            firstStarted.countDown();
            while (!progress.isCancelled()) {
                Thread.onSpinWait();
            }
            observedCancel.add("first");
            return "stale";
        }).replacing("slider").onSuccess(delivered::add).start();
        assertTrue(firstStarted.await(WAIT_SECONDS, TimeUnit.SECONDS));

        Job second = runner.job("job.sample.name", progress -> "fresh").replacing("slider")
                .onSuccess(value -> {
                    delivered.add(value);
                    last.countDown();
                }).start();

        assertTrue(last.await(WAIT_SECONDS, TimeUnit.SECONDS));
        awaitFinal(first);
        assertEquals(List.of("fresh"), delivered);
        assertEquals(List.of("first"), observedCancel);
        assertEquals(JobState.SUPERSEDED, first.state());
        assertEquals(JobState.SUCCEEDED, second.state());
    }

    @Test
    void observersHearOfSubmissionAndEndOnTheCallbackThread() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        CountDownLatch finished = new CountDownLatch(1);
        runner.addObserver(new JobObserver() {
            @Override
            public void submitted(Job job) {
                events.add("submitted on " + Thread.currentThread().getName());
            }

            @Override
            public void finished(Job job) {
                events.add("finished " + job.state() + " on " + Thread.currentThread().getName());
                finished.countDown();
            }
        });
        runner.job("job.sample.name", progress -> null).start();

        assertTrue(finished.await(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(List.of("submitted on fake-ui", "finished SUCCEEDED on fake-ui"), events);
    }

    @Test
    void aRequestStartsOnlyOnce() {
        JobRequest<Object> request = runner.job("job.sample.name", progress -> null);
        Job job = request.start();
        assertSame(JobState.class, job.state().getClass());
        assertThrows(IllegalStateException.class, request::start);
    }

    @Test
    void atLeastOneThreadIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> new PooledJobRunner(0, Runnable::run));
    }

    private static void awaitFinal(Job job) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!job.state().isFinal() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(job.state().isFinal(), "job ended: " + job);
    }
}
