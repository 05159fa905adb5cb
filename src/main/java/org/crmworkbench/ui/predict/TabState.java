package org.crmworkbench.ui.predict;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.CustomerHistory;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.jobs.JobBody;
import org.crmworkbench.ui.jobs.JobRunner;

/** What both Predict tabs keep: the history, a notice, whether a fit or comparison runs, the saved run's id. */
abstract class TabState {
    final DataSession session;
    final JobRunner jobs;
    final Supplier<Messages> messages;
    final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    final ReadOnlyBooleanWrapper fitting = new ReadOnlyBooleanWrapper(this, "fitting");
    final ReadOnlyBooleanWrapper comparing = new ReadOnlyBooleanWrapper(this, "comparing");
    final ReadOnlyLongWrapper savedRun = new ReadOnlyLongWrapper(this, "savedRun");
    final PredictOutput output;
    CustomerHistory history;

    TabState(DataSession session, JobRunner jobs, Supplier<Messages> messages) {
        this.session = Objects.requireNonNull(session, "session");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.output = new PredictOutput(jobs, messages, notice::set);
    }

    /** A new history arrived: offer its columns, drop old results and fit again. */
    abstract void use(CustomerHistory loaded);

    /**
     * Runs {@code body} on {@code source} as the job {@code jobKey}, replacing an earlier one under {@code replacing},
     * with {@code flag} set while it runs. {@code apply} gets the result only if the history is still
     * {@code source}; on failure {@code cleared} runs and the notice {@code failureKey} says why.
     */
    <T> void run(String jobKey, String replacing, ReadOnlyBooleanWrapper flag, String failureKey,
                 CustomerHistory source, JobBody<T> body, Consumer<T> apply, Runnable cleared, Object... nameArgs) {
        flag.set(true);
        jobs.job(jobKey, body).nameArgs(nameArgs).replacing(replacing)
                .onSuccess(value -> {
                    flag.set(false);
                    if (source == history) {
                        apply.accept(value);
                    }
                })
                .onFailure(error -> {
                    flag.set(false);
                    cleared.run();
                    failed(failureKey, error);
                })
                .onCancelled(() -> flag.set(false))
                .start();
    }

    void failed(String key, Throwable error) {
        notice.set(Notice.error(key, PredictErrors.text(error, messages.get())));
    }

    /** The customer history the tab works on, or null before it is read. */
    public CustomerHistory history() {
        return history;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty fittingProperty() {
        return fitting.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty comparingProperty() {
        return comparing.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty savedRunProperty() {
        return savedRun.getReadOnlyProperty();
    }
}
