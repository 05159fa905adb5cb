package org.crmworkbench.ui.datasets;

import org.crmworkbench.ui.common.ErrorText;
import org.crmworkbench.ui.common.Notice;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.data.imports.ImportFailedException;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.ImportProblem;
import org.crmworkbench.data.imports.ImportReport;
import org.crmworkbench.data.imports.ImportRequest;
import org.crmworkbench.data.imports.Importer;
import org.crmworkbench.ui.jobs.Job;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.ui.jobs.JobStage;

/**
 * The check (a dry run that validates every row and stores nothing) and the import of the wizard's file, both as
 * background jobs: their phase, the report with its problems, progress sampled from the running job, and Cancel.
 * A cancelled import rolls back; if it had already committed when Cancel arrived, it says so. FX thread only.
 */
public final class ImportRunViewModel {
    private final JobRunner jobs;
    private final ReadOnlyObjectWrapper<ImportPhase> phase = new ReadOnlyObjectWrapper<>(this, "phase", ImportPhase.IDLE);
    private final ReadOnlyObjectWrapper<ImportReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyObjectWrapper<JobStage> stage = new ReadOnlyObjectWrapper<>(this, "stage");
    private final ReadOnlyObjectWrapper<Notice> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final ReadOnlyBooleanWrapper finishedBeforeCancel = new ReadOnlyBooleanWrapper(this, "finishedBeforeCancel");
    private final ReadOnlyBooleanWrapper cancelRequested = new ReadOnlyBooleanWrapper(this, "cancelRequested");
    private boolean skipMode;
    private Job job;

    public ImportRunViewModel(JobRunner jobs) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
    }

    /** Forgets any report; cancels a running check. */
    public void reset() {
        if (phase.get() == ImportPhase.CHECKING) {
            job.cancel();
        }
        if (phase.get() != ImportPhase.IMPORTING) {
            job = null;
            phase.set(ImportPhase.IDLE);
            report.set(null);
            problems.clear();
            failure.set(null);
            progress.set(-1);
            stage.set(null);
            finishedBeforeCancel.set(false);
            cancelRequested.set(false);
        }
    }

    /** Runs the dry run of {@code request}. */
    public void check(Importer importer, ImportRequest request, ImportOptions options) {
        reset();
        skipMode = options.skipBadRows();
        phase.set(ImportPhase.CHECKING);
        job = jobs.job("job.data.check", p -> importer.check(List.of(request), options, p))
                .nameArgs(request.file().getFileName().toString())
                .replacing("data.import.check")
                .onSuccess(r -> {
                    show(r);
                    phase.set(ImportPhase.CHECKED);
                })
                .onFailure(error -> {
                    failure.set(Notice.error("import.check.failed", ErrorText.of(error)));
                    phase.set(ImportPhase.CHECK_FAILED);
                })
                .onCancelled(() -> phase.set(ImportPhase.IDLE))
                .start();
    }

    /** Starts the import of {@code request} (after a check). */
    public void startImport(Importer importer, ImportRequest request, ImportOptions options) {
        if (phase.get() == ImportPhase.IMPORTING) {
            throw new IllegalStateException("an import is already running");
        }
        AtomicReference<ImportReport> outcome = new AtomicReference<>();
        failure.set(null);
        progress.set(-1);
        stage.set(null);
        cancelRequested.set(false);
        phase.set(ImportPhase.IMPORTING);
        job = jobs.job("job.data.import", p -> {
                    ImportReport r = importer.importFile(request.table(), request.file(), options, p);
                    outcome.set(r);
                    return r;
                })
                .nameArgs(request.file().getFileName().toString())
                .onSuccess(r -> {
                    show(r);
                    phase.set(ImportPhase.COMMITTED);
                })
                .onFailure(error -> {
                    if (error instanceof ImportFailedException refused) {
                        show(refused.report());
                        phase.set(ImportPhase.REFUSED);
                    } else {
                        failure.set(Notice.error("import.run.failed", ErrorText.of(error)));
                        phase.set(ImportPhase.FAILED);
                    }
                })
                .onCancelled(() -> {
                    ImportReport done = outcome.get();
                    if (done != null && done.committed()) { // Cancel came after the commit: the rows are stored
                        show(done);
                        finishedBeforeCancel.set(true);
                        phase.set(ImportPhase.COMMITTED);
                    } else {
                        phase.set(ImportPhase.CANCELLED);
                    }
                })
                .start();
    }

    /** Asks the running check or import to stop; an import then rolls back. */
    public void cancel() {
        if (job != null && (phase.get() == ImportPhase.CHECKING || phase.get() == ImportPhase.IMPORTING)) {
            cancelRequested.set(true);
            job.cancel();
        }
    }

    /** Copies the running job's progress into the properties; the view calls it a few times a second. */
    public void sampleProgress() {
        Job current = job;
        if (current != null && !current.state().isFinal()) {
            progress.set(current.fraction());
            stage.set(current.stage().orElse(null));
        }
    }

    private void show(ImportReport r) {
        report.set(r);
        problems.setAll(r.problems());
        progress.set(1);
    }

    /** True when the checked file may be imported: no problems, or problems in "skip bad rows" mode. */
    public boolean importAllowed() {
        return phase.get() == ImportPhase.CHECKED && report.get() != null
                && (report.get().problemCount() == 0 || skipMode);
    }

    public ReadOnlyObjectProperty<ImportPhase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The check's or the import's report, once there is one. */
    public ReadOnlyObjectProperty<ImportReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The problems kept in the report (at most the options' {@code maxProblems}); the report counts all. */
    public ObservableList<ImportProblem> problems() {
        return problems;
    }

    /** Finished fraction of the running job, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JobStage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    /** Why the check or import could not run, for failures that are not problems in the file. */
    public ReadOnlyObjectProperty<Notice> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** True when Cancel came too late: the import had already committed. */
    public ReadOnlyBooleanProperty finishedBeforeCancelProperty() {
        return finishedBeforeCancel.getReadOnlyProperty();
    }

    /** True from Cancel until the job has stopped. */
    public ReadOnlyBooleanProperty cancelRequestedProperty() {
        return cancelRequested.getReadOnlyProperty();
    }
}
