package org.crmworkbench.ui.jobs;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.crmworkbench.work.CancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job life cycle shared by the runners: bodies go to a worker executor, outcomes come back through a
 * callback executor, and the "replace latest" bookkeeping decides which results are delivered.
 */
abstract class ExecutorJobRunner implements JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ExecutorJobRunner.class);

    private final Executor workers;
    private final Executor callbacks;
    private final LongSupplier nanoClock;
    private final AtomicLong lastId = new AtomicLong();
    private final List<JobObserver> observers = new CopyOnWriteArrayList<>();
    private final Map<String, Job> latestByKey = new ConcurrentHashMap<>();
    private final Set<Job> active = ConcurrentHashMap.newKeySet();
    private final JobRequest.Starter starter = new JobRequest.Starter() {
        @Override
        public <T> Job start(JobRequest<T> request) {
            return startJob(request);
        }
    };

    ExecutorJobRunner(Executor workers, Executor callbacks, LongSupplier nanoClock) {
        this.workers = Objects.requireNonNull(workers, "workers");
        this.callbacks = Objects.requireNonNull(callbacks, "callbacks");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    }

    @Override
    public <T> JobRequest<T> job(String nameKey, JobBody<T> body) {
        return new JobRequest<>(starter, nameKey, body);
    }

    @Override
    public void addObserver(JobObserver observer) {
        observers.add(Objects.requireNonNull(observer, "observer"));
    }

    @Override
    public void removeObserver(JobObserver observer) {
        observers.remove(observer);
    }

    @Override
    public void cancelAll() {
        active.forEach(Job::cancel);
    }

    private <T> Job startJob(JobRequest<T> request) {
        Job job = new Job(lastId.incrementAndGet(), request.nameKey(), request.nameArgsArray(),
                request.replaceKey(), nanoClock,
                cancelled -> callBack(() -> finish(cancelled, request, null, null)));
        active.add(job);
        callBack(() -> observers.forEach(observer -> notify(observer, job, true)));
        String key = request.replaceKey();
        if (key != null) {
            Job previous = latestByKey.put(key, job);
            if (previous != null) {
                previous.supersede();
            }
        }
        try {
            workers.execute(() -> run(job, request));
        } catch (RejectedExecutionException e) {
            LOG.warn("Job {} was not accepted by the worker pool; cancelling it", request.nameKey());
            job.cancel();
        }
        return job;
    }

    private void run(Job job, JobRequest<?> request) {
        if (!job.begin()) {
            return; // cancelled while queued; already delivered
        }
        Object value = null;
        Throwable error = null;
        try {
            value = request.body().run(job.progress());
        } catch (Throwable thrown) { // the job owns every outcome, errors included
            error = thrown;
        } finally {
            job.endWork();
            Thread.interrupted(); // a cancel must not leak into the next job on this thread
        }
        Object result = value;
        Throwable failure = error;
        callBack(() -> finish(job, request, result, failure));
    }

    /**
     * Hands {@code action} to the callback executor. One that has been shut down (the window or the test closing
     * while a job still winds down) has nobody left to tell: the outcome is dropped with a note in the log rather
     * than thrown on a worker thread.
     */
    private void callBack(Runnable action) {
        try {
            callbacks.execute(action);
        } catch (RejectedExecutionException e) {
            LOG.debug("A job outcome arrived after its callback executor stopped; dropped", e);
        }
    }

    /** Runs on the callback thread: decides the final state, then tells observers and the request. */
    private void finish(Job job, JobRequest<?> request, Object value, Throwable error) {
        String key = request.replaceKey();
        boolean latest = key == null || latestByKey.remove(key, job);
        JobState outcome = outcome(job, latest, error);
        job.complete(outcome, error);
        active.remove(job);
        if (outcome == JobState.FAILED) {
            LOG.warn("Job {} (#{}) failed", job.nameKey(), job.id(), error);
        }
        observers.forEach(observer -> notify(observer, job, false));
        try {
            switch (outcome) {
                case SUCCEEDED -> request.deliverSuccess(value);
                case FAILED -> request.deliverFailure(error);
                case CANCELLED -> request.deliverCancelled();
                default -> { } // superseded: only the latest job of a key is delivered
            }
        } catch (RuntimeException e) {
            LOG.error("The {} callback of job {} threw", outcome, job.nameKey(), e);
        }
    }

    private static JobState outcome(Job job, boolean latest, Throwable error) {
        if (job.state().isFinal()) {
            return job.state(); // cancelled or superseded while queued
        }
        if (!latest || job.isSuperseded()) {
            return JobState.SUPERSEDED;
        }
        if (job.isCancelRequested()) {
            return JobState.CANCELLED; // a result that arrives after Cancel is thrown away
        }
        if (error == null) {
            return JobState.SUCCEEDED;
        }
        if (error instanceof CancelledException || error instanceof InterruptedException) {
            return JobState.CANCELLED;
        }
        return JobState.FAILED;
    }

    private static void notify(JobObserver observer, Job job, boolean submitted) {
        try {
            if (submitted) {
                observer.submitted(job);
            } else {
                observer.finished(job);
            }
        } catch (RuntimeException e) {
            LOG.error("Job observer {} threw", observer, e);
        }
    }
}
