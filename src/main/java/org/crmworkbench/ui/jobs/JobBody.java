package org.crmworkbench.ui.jobs;

import org.crmworkbench.work.Progress;

/**
 * The work a background job does, run on a worker thread.
 *
 * <p>It reports through {@code progress}, calls {@link Progress#checkCancelled()} at safe points and may also
 * be interrupted when cancelled. It must not touch JavaFX nodes; it returns a value that the success callback
 * applies on the FX thread.
 */
@FunctionalInterface
public interface JobBody<T> {
    T run(Progress progress) throws Exception;
}
