package org.crmworkbench.ui.jobs;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.i18n.Messages;

/**
 * The state behind the jobs panel: running and recent jobs, newest first, and a one-line summary for the status
 * bar. Listens to a {@link JobRunner} as its {@link JobObserver}; {@link #refresh()} samples the running jobs
 * (the panel calls it about ten times a second while something runs). FX thread only.
 */
public final class JobsViewModel implements JobObserver {

    /** How many finished jobs stay listed before the oldest are dropped. */
    public static final int FINISHED_ROWS_KEPT = 20;

    private final ObservableList<JobRow> rows = FXCollections.observableArrayList();
    private final ObservableList<JobRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final Map<Job, JobRow> rowsByJob = new IdentityHashMap<>();
    private final ReadOnlyIntegerWrapper activeCount = new ReadOnlyIntegerWrapper(this, "activeCount");
    private final ReadOnlyBooleanWrapper anyFinished = new ReadOnlyBooleanWrapper(this, "anyFinished");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText");
    private final BooleanProperty expanded = new SimpleBooleanProperty(this, "expanded", false);
    private Messages messages;

    public JobsViewModel(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
        recount();
    }

    /** Re-renders every text in another language. */
    public void setMessages(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
        rows.forEach(row -> row.update(messages));
        recount();
    }

    /** Running and recent jobs, newest first. */
    public ObservableList<JobRow> rows() {
        return readOnlyRows;
    }

    /** Samples the progress of every job that has not finished. */
    public void refresh() {
        for (JobRow row : rows) {
            if (!row.stateProperty().get().isFinal()) {
                row.update(messages);
            }
        }
    }

    /** Drops every finished job from the list. */
    public void clearFinished() {
        rows.removeIf(row -> row.stateProperty().get().isFinal());
        rowsByJob.values().removeIf(row -> row.stateProperty().get().isFinal());
        recount();
    }

    public void toggleExpanded() {
        expanded.set(!expanded.get());
    }

    @Override
    public void submitted(Job job) {
        JobRow row = new JobRow(job);
        row.update(messages);
        rowsByJob.put(job, row);
        rows.add(0, row);
        recount();
    }

    @Override
    public void finished(Job job) {
        JobRow row = rowsByJob.get(job);
        if (row == null) {
            return;
        }
        if (job.state() == JobState.SUPERSEDED) {
            rowsByJob.remove(job);
            rows.remove(row); // a newer run of the same thing is listed instead
        } else {
            row.update(messages);
            if (job.state() == JobState.FAILED) {
                expanded.set(true);
            }
        }
        dropOldFinishedRows();
        recount();
    }

    private void dropOldFinishedRows() {
        int finished = 0;
        for (int i = 0; i < rows.size(); i++) {
            JobRow row = rows.get(i);
            if (row.stateProperty().get().isFinal() && ++finished > FINISHED_ROWS_KEPT) {
                rowsByJob.remove(row.job());
                rows.remove(i--);
            }
        }
    }

    private void recount() {
        int active = (int) rows.stream().filter(row -> !row.stateProperty().get().isFinal()).count();
        activeCount.set(active);
        anyFinished.set(active < rows.size());
        statusText.set(active == 0 ? messages.get("status.ready") : messages.get("status.jobsRunning", active));
    }

    /** Jobs queued or running. */
    public ReadOnlyIntegerProperty activeCountProperty() {
        return activeCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty anyFinishedProperty() {
        return anyFinished.getReadOnlyProperty();
    }

    /** "Ready" or how many jobs are running, for the status bar. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** Whether the jobs panel shows its list; set when a job fails so the error is seen. */
    public BooleanProperty expandedProperty() {
        return expanded;
    }
}
