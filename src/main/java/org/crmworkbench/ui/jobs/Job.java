package org.crmworkbench.ui.jobs;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.crmworkbench.work.CancelFlag;
import org.crmworkbench.work.Progress;

/**
 * One submitted background job: its name, its live progress and the handle to cancel it.
 *
 * <p>The worker writes progress into volatile fields; readers (the jobs panel samples them about ten times a
 * second) may call the getters from any thread. {@link #cancel()} raises an atomic flag that the body sees
 * through {@link Progress#isCancelled()} and interrupts the worker thread.
 */
public final class Job {

    private record Amount(long done, long total) {
    }

    private final long id;
    private final String nameKey;
    private final Object[] nameArgs;
    private final String replaceKey;
    private final LongSupplier nanoClock;
    private final Consumer<Job> cancelledBeforeStart;
    private final AtomicReference<JobState> state = new AtomicReference<>(JobState.QUEUED);
    private final CancelFlag cancelFlag = new CancelFlag();
    private final Progress progress = new WorkerProgress();
    private final Object workerLock = new Object();

    private volatile boolean superseded;
    private volatile Amount amount = new Amount(0, 0);
    private volatile JobStage stage;
    private volatile long startNanos = -1;
    private volatile long endNanos = -1;
    private volatile Throwable failure;
    private Thread worker; // guarded by workerLock

    Job(long id, String nameKey, Object[] nameArgs, String replaceKey, LongSupplier nanoClock,
            Consumer<Job> cancelledBeforeStart) {
        this.id = id;
        this.nameKey = Objects.requireNonNull(nameKey, "nameKey");
        this.nameArgs = nameArgs.clone();
        this.replaceKey = replaceKey;
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.cancelledBeforeStart = Objects.requireNonNull(cancelledBeforeStart, "cancelledBeforeStart");
    }

    /** Unique within its runner, increasing in submission order. */
    public long id() {
        return id;
    }

    public String nameKey() {
        return nameKey;
    }

    public Object[] nameArgs() {
        return nameArgs.clone();
    }

    /** The replace key given with {@link JobRequest#replacing(String)}, if any. */
    public Optional<String> replaceKey() {
        return Optional.ofNullable(replaceKey);
    }

    public JobState state() {
        return state.get();
    }

    public boolean isCancelRequested() {
        return cancelFlag.isRaised();
    }

    /** Units done as last reported; see {@link #total()}. */
    public long done() {
        return amount.done();
    }

    /** Units in all as last reported; zero or less while unknown. */
    public long total() {
        return amount.total();
    }

    /** Finished fraction in [0, 1], or -1 while the total is unknown. */
    public double fraction() {
        Amount now = amount;
        if (now.total() <= 0) {
            return -1;
        }
        return Math.max(0, Math.min(1, (double) now.done() / now.total()));
    }

    /** The stage the body last named, if it named one. */
    public Optional<JobStage> stage() {
        return Optional.ofNullable(stage);
    }

    /** Time spent running: zero while queued, growing while running, fixed once the body has ended. */
    public Duration elapsed() {
        long start = startNanos;
        if (start < 0) {
            return Duration.ZERO;
        }
        long end = endNanos;
        return Duration.ofNanos(Math.max(0, (end >= 0 ? end : nanoClock.getAsLong()) - start));
    }

    /** What the body threw, once the job has {@link JobState#FAILED failed}. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * Asks the job to stop. A queued job is cancelled at once; a running one sees the flag and is interrupted.
     * Does nothing once the job has finished.
     */
    public void cancel() {
        cancelFlag.cancel();
        JobState target = superseded ? JobState.SUPERSEDED : JobState.CANCELLED;
        if (state.compareAndSet(JobState.QUEUED, target)) {
            cancelledBeforeStart.accept(this);
            return;
        }
        synchronized (workerLock) {
            if (worker != null) {
                worker.interrupt();
            }
        }
    }

    @Override
    public String toString() {
        return "Job[" + id + " " + nameKey + " " + state.get() + "]";
    }

    // ---- used by the runner -------------------------------------------------------------------------------

    Progress progress() {
        return progress;
    }

    boolean isSuperseded() {
        return superseded;
    }

    /** Marks that a newer job with the same key replaced this one, and cancels it. */
    void supersede() {
        superseded = true;
        cancel();
    }

    /** Moves a queued job to running on the current thread; false when it was cancelled while queued. */
    boolean begin() {
        if (!state.compareAndSet(JobState.QUEUED, JobState.RUNNING)) {
            return false;
        }
        startNanos = nanoClock.getAsLong();
        synchronized (workerLock) {
            worker = Thread.currentThread();
        }
        if (cancelFlag.isRaised()) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    /** The body has returned or thrown: forget the worker so later cancels cannot interrupt its next job. */
    void endWork() {
        endNanos = nanoClock.getAsLong();
        synchronized (workerLock) {
            worker = null;
        }
    }

    /** Records the final state; called on the callback thread just before the callback runs. */
    void complete(JobState finalState, Throwable error) {
        if (!finalState.isFinal()) {
            throw new IllegalArgumentException("not a final state: " + finalState);
        }
        if (endNanos < 0) {
            endNanos = nanoClock.getAsLong();
        }
        failure = finalState == JobState.FAILED ? error : null;
        state.set(finalState);
    }

    private final class WorkerProgress implements Progress {
        @Override
        public void worked(long done, long total) {
            amount = new Amount(done, total);
        }

        @Override
        public void stage(String messageKey, Object... args) {
            stage = JobStage.of(messageKey, args);
        }

        @Override
        public boolean isCancelled() {
            return cancelFlag.isRaised();
        }
    }
}
