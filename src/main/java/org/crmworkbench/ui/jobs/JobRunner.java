package org.crmworkbench.ui.jobs;

/**
 * Runs named work off the FX thread and hands the outcome back on it.
 *
 * <pre>{@code
 * jobs.job("job.import.name", progress -> importer.load(file, progress))
 *     .nameArgs(file.getFileName())
 *     .onSuccess(viewModel::showImported)
 *     .onFailure(viewModel::showImportError)
 *     .start();
 * }</pre>
 *
 * <p>Callbacks ({@code onSuccess}, {@code onFailure}, {@code onCancelled}) and {@link JobObserver}s are
 * always called on the callback thread: the FX thread for {@link PooledJobRunner#forJavaFx()}, the
 * calling thread for {@link SameThreadJobRunner}. Exactly one callback runs per job, except for a job that a
 * newer one with the same {@linkplain JobRequest#replacing(String) replace key} superseded: it gets none.
 *
 * <p>Implementations are passed to whoever needs them; there is no global instance.
 */
public interface JobRunner {

    /**
     * Describes a job; nothing runs until {@link JobRequest#start()}.
     *
     * @param nameKey resource-bundle key of the job's user-visible name (arguments via {@link JobRequest#nameArgs})
     * @param body    the work, run on a worker thread
     */
    <T> JobRequest<T> job(String nameKey, JobBody<T> body);

    /** Registers an observer for jobs submitted from now on. */
    void addObserver(JobObserver observer);

    void removeObserver(JobObserver observer);

    /** Asks every queued or running job to stop. */
    void cancelAll();
}
