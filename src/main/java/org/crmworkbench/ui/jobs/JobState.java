package org.crmworkbench.ui.jobs;

/** Where a background job is in its life. The last four are final: a job never leaves them. */
public enum JobState {
    /** Submitted, waiting for a free worker thread. */
    QUEUED,
    /** A worker thread is running the job's body. */
    RUNNING,
    /** The body returned a value and the success callback received it. */
    SUCCEEDED,
    /** The body threw; the failure callback received the exception. */
    FAILED,
    /** Someone asked the job to stop and it stopped (or its result was thrown away). */
    CANCELLED,
    /** A newer job with the same replace key took its place; no callback is delivered for it. */
    SUPERSEDED;

    public boolean isFinal() {
        return this != QUEUED && this != RUNNING;
    }
}
