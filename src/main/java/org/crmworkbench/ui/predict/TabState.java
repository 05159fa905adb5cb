package org.crmworkbench.ui.predict;

import java.util.Objects;
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
import org.crmworkbench.ui.datasets.Notice;
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
