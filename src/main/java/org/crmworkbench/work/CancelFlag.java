package org.crmworkbench.work;

import java.util.concurrent.atomic.AtomicBoolean;

/** A cancellation flag that a worker can poll and any thread can raise. */
public final class CancelFlag {
    private final AtomicBoolean raised = new AtomicBoolean();
    private final AtomicBoolean committing = new AtomicBoolean();

    public void cancel() {
        raised.set(true);
    }

    public boolean isRaised() {
        return raised.get();
    }

    /** The work has begun to commit: a cancel can no longer undo it, so whoever cancels should let it finish. */
    public void committing() {
        committing.set(true);
    }

    public boolean isCommitting() {
        return committing.get();
    }
}
