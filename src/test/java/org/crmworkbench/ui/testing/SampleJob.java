package org.crmworkbench.ui.testing;

import org.crmworkbench.ui.jobs.JobBody;

/** Job bodies for tests and the demo. */
public final class SampleJob {

    private SampleJob() {
    }

    /** Works through {@code steps} steps, sleeping between them and stopping promptly when cancelled. */
    public static JobBody<Integer> steps(int steps, long millisPerStep) {
        return progress -> {
            for (int step = 1; step <= steps; step++) {
                progress.checkCancelled();
                progress.stage("job.sample.stage", step, steps);
                progress.worked(step - 1L, steps);
                Thread.sleep(millisPerStep);
            }
            progress.worked(steps, steps);
            return steps;
        };
    }

    /** Keeps a worker busy (spinning and yielding, never sleeping) until cancelled, reporting an unknown total. */
    public static JobBody<Void> spinUntilCancelled() {
        return progress -> {
            long rounds = 0;
            while (true) {
                progress.checkCancelled();
                progress.worked(++rounds, -1);
                Thread.onSpinWait();
                if (rounds % 10_000 == 0) {
                    Thread.yield();
                }
            }
        };
    }
}
