package org.crmworkbench.ui.jobs;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.crmworkbench.i18n.Messages;

/**
 * One line of the jobs panel: what the view shows about a {@link Job}, refreshed from the job's volatile fields
 * each time the panel samples. FX thread only.
 */
public final class JobRow {

    private final Job job;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper stageText = new ReadOnlyStringWrapper(this, "stageText", "");
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper(this, "elapsed", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyObjectWrapper<JobState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(this, "cancellable");
    private final ReadOnlyStringWrapper failureMessage = new ReadOnlyStringWrapper(this, "failureMessage", "");
    private final ReadOnlyStringWrapper failureDetails = new ReadOnlyStringWrapper(this, "failureDetails", "");

    JobRow(Job job) {
        this.job = Objects.requireNonNull(job, "job");
    }

    public Job job() {
        return job;
    }

    /** Asks the job to stop; the row shows "Cancelling" until the job ends. */
    public void cancel() {
        job.cancel();
        cancellable.set(false);
    }

    /** Copies the job's current state into the properties, in the language of {@code messages}. */
    void update(Messages messages) {
        JobState now = job.state();
        name.set(messages.get(job.nameKey(), job.nameArgs()));
        state.set(now);
        elapsed.set(ElapsedText.format(job.elapsed()));
        progress.set(switch (now) {
            case QUEUED -> 0;
            case SUCCEEDED -> 1;
            default -> job.fraction();
        });
        stageText.set(stageText(now, messages));
        cancellable.set(!now.isFinal() && !job.isCancelRequested());
        job.failure().ifPresentOrElse(error -> {
            failureMessage.set(FailureText.message(error, messages));
            failureDetails.set(FailureText.details(error));
        }, () -> {
            failureMessage.set("");
            failureDetails.set("");
        });
    }

    private String stageText(JobState now, Messages messages) {
        if (now == JobState.RUNNING) {
            if (job.isCancelRequested()) {
                return messages.get("job.stage.cancelling");
            }
            return job.stage()
                    .map(stage -> messages.get(stage.messageKey(), stage.args().toArray()))
                    .orElseGet(() -> messages.get("job.stage.running"));
        }
        return messages.get("job.state." + now.name().toLowerCase(java.util.Locale.ROOT));
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    /** The job's current stage while it runs, its final state afterwards. */
    public ReadOnlyStringProperty stageTextProperty() {
        return stageText.getReadOnlyProperty();
    }

    /** Running time as {@code m:ss}. */
    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    /** Fraction done in [0, 1], or -1 (indeterminate) while the total is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JobState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    /** A readable sentence when the job failed, empty otherwise. */
    public ReadOnlyStringProperty failureMessageProperty() {
        return failureMessage.getReadOnlyProperty();
    }

    /** The stack trace when the job failed, for the expandable details; empty otherwise. */
    public ReadOnlyStringProperty failureDetailsProperty() {
        return failureDetails.getReadOnlyProperty();
    }
}
