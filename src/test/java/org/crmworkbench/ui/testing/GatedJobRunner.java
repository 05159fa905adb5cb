package org.crmworkbench.ui.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.crmworkbench.ui.jobs.JobBody;
import org.crmworkbench.ui.jobs.JobObserver;
import org.crmworkbench.ui.jobs.JobRequest;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.ui.jobs.PooledJobRunner;

/**
 * For UI tests: runs jobs on a real two-thread pool, but jobs of one kind wait at a gate while a test holds it
 * closed, so a test can show the window still answers while such a job is running.
 */
public final class GatedJobRunner implements JobRunner, AutoCloseable {
    private final PooledJobRunner pool = new PooledJobRunner(2, Platform::runLater);
    private final String gatedKey;
    private volatile CountDownLatch gate = new CountDownLatch(0);

    /** Jobs named {@code gatedKey} wait at the gate. */
    public GatedJobRunner(String gatedKey) {
        this.gatedKey = gatedKey;
    }

    /** Closes the gate: the next gated jobs wait (at most 30 s) until {@link #release()}. */
    public void hold() {
        gate = new CountDownLatch(1);
    }

    public void release() {
        gate.countDown();
    }

    @Override
    public <T> JobRequest<T> job(String nameKey, JobBody<T> body) {
        return pool.job(nameKey, progress -> {
            if (nameKey.equals(gatedKey)) {
                gate.await(30, TimeUnit.SECONDS);
            }
            return body.run(progress);
        });
    }

    @Override
    public void addObserver(JobObserver observer) {
        pool.addObserver(observer);
    }

    @Override
    public void removeObserver(JobObserver observer) {
        pool.removeObserver(observer);
    }

    @Override
    public void cancelAll() {
        pool.cancelAll();
    }

    @Override
    public void close() {
        pool.close();
    }
}
