package org.crmworkbench.ui.jobs;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A job being described before it starts: its name, callbacks and optional replace key. Obtain one from
 * {@link JobRunner#job(String, JobBody)}, chain the settings and call {@link #start()} once.
 */
public final class JobRequest<T> {

    /** What a runner does with a finished description. */
    interface Starter {
        <T> Job start(JobRequest<T> request);
    }

    private static final Object[] NO_ARGS = new Object[0];

    private final Starter starter;
    private final String nameKey;
    private final JobBody<T> body;
    private Object[] nameArgs = NO_ARGS;
    private String replaceKey;
    private Consumer<? super T> onSuccess = value -> { };
    private Consumer<? super Throwable> onFailure = error -> { };
    private Runnable onCancelled = () -> { };
    private boolean started;

    JobRequest(Starter starter, String nameKey, JobBody<T> body) {
        this.starter = Objects.requireNonNull(starter, "starter");
        this.nameKey = Objects.requireNonNull(nameKey, "nameKey");
        this.body = Objects.requireNonNull(body, "body");
    }

    /** Arguments for the {@code {0}}-style placeholders of the name's bundle text. */
    public JobRequest<T> nameArgs(Object... args) {
        this.nameArgs = args == null ? NO_ARGS : args.clone();
        return this;
    }

    /**
     * Makes this a "replace latest" job: starting it cancels any earlier job with the same key that is still
     * queued or running, and only the latest job of a key delivers its result. Meant for work triggered
     * repeatedly, such as recomputing while a slider moves.
     */
    public JobRequest<T> replacing(String key) {
        this.replaceKey = Objects.requireNonNull(key, "key");
        return this;
    }

    /** Called on the callback thread with the body's value. */
    public JobRequest<T> onSuccess(Consumer<? super T> callback) {
        this.onSuccess = Objects.requireNonNull(callback, "callback");
        return this;
    }

    /** Called on the callback thread with what the body threw (never for cancellation). */
    public JobRequest<T> onFailure(Consumer<? super Throwable> callback) {
        this.onFailure = Objects.requireNonNull(callback, "callback");
        return this;
    }

    /** Called on the callback thread when the job was cancelled before it finished. */
    public JobRequest<T> onCancelled(Runnable callback) {
        this.onCancelled = Objects.requireNonNull(callback, "callback");
        return this;
    }

    /** Queues the job and returns its handle, which can report state and cancel it. */
    public Job start() {
        if (started) {
            throw new IllegalStateException("job '" + nameKey + "' was already started");
        }
        started = true;
        return starter.start(this);
    }

    String nameKey() {
        return nameKey;
    }

    Object[] nameArgsArray() {
        return nameArgs;
    }

    String replaceKey() {
        return replaceKey;
    }

    JobBody<T> body() {
        return body;
    }

    void deliverSuccess(Object value) {
        @SuppressWarnings("unchecked")
        T typed = (T) value;
        onSuccess.accept(typed);
    }

    void deliverFailure(Throwable error) {
        onFailure.accept(error);
    }

    void deliverCancelled() {
        onCancelled.run();
    }
}
