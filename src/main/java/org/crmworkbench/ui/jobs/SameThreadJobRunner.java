package org.crmworkbench.ui.jobs;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.LongSupplier;

/**
 * A deterministic runner for view-model tests: bodies and callbacks run on the calling thread, no FX toolkit
 * needed. By default a job runs to completion inside {@link JobRequest#start()}; a {@linkplain #deferred
 * deferred} runner instead keeps bodies until {@link #runPending()}, so tests can cancel or replace queued jobs.
 */
public final class SameThreadJobRunner extends ExecutorJobRunner {

    private final Deque<Runnable> pending;

    /** Runs each job immediately, timing it with {@link System#nanoTime()}. */
    public SameThreadJobRunner() {
        this(System::nanoTime);
    }

    /** Runs each job immediately, timing it with the given clock. */
    public SameThreadJobRunner(LongSupplier nanoClock) {
        this(new ConcurrentLinkedDeque<>(), false, nanoClock);
    }

    private SameThreadJobRunner(Deque<Runnable> queue, boolean deferred, LongSupplier nanoClock) {
        super(deferred ? queue::addLast : Runnable::run, Runnable::run, nanoClock);
        this.pending = queue;
    }

    /** A runner whose jobs wait until {@link #runPending()}. */
    public static SameThreadJobRunner deferred(LongSupplier nanoClock) {
        return new SameThreadJobRunner(new ConcurrentLinkedDeque<>(), true, nanoClock);
    }

    /** Runs the waiting job bodies in submission order (deferred runners only); returns how many ran. */
    public int runPending() {
        int ran = 0;
        Runnable next;
        while ((next = pending.pollFirst()) != null) {
            next.run();
            ran++;
        }
        return ran;
    }

    public int pendingCount() {
        return pending.size();
    }
}
