package org.crmworkbench.ui.jobs;

/**
 * Learns about every job a {@link JobRunner} runs, for example to list them in the jobs panel.
 * Both methods are called on the runner's callback thread (the FX thread in the application).
 */
public interface JobObserver {

    /** A job was submitted; it may already be running. */
    void submitted(Job job);

    /** A job reached a final state (see {@link JobState#isFinal()}). */
    void finished(Job job);
}
