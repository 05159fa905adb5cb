package org.crmworkbench.work;

/**
 * What a long computation tells whoever runs it, and how it learns it should stop.
 *
 * <p>Plain Java so that data and analysis code can take one without knowing about JavaFX or the terminal.
 * Implementations must be safe to call from the worker thread; the cancel flag they read must be volatile or atomic.
 */
public interface Progress {

    /** Reports that {@code done} of {@code total} units are finished; {@code total <= 0} means unknown. */
    void worked(long done, long total);

    /**
     * Names the current stage with a resource-bundle key (see {@code i18n/messages}) and its arguments, so
     * each face can show it in the user's language.
     */
    void stage(String messageKey, Object... args);

    /** True once someone has asked the work to stop. */
    boolean isCancelled();

    /** Throws {@link CancelledException} when cancellation was requested; call it at safe points in loops. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /**
     * Says the work has begun to commit what it stored: from here a cancel can no longer undo it, and whoever asked to
     * cancel should let it finish (the command line then ends with the command's own status).
     */
    default void committing() {
    }

    /** A progress that reports nowhere and is never cancelled. */
    static Progress none() {
        return NoProgress.INSTANCE;
    }
}
