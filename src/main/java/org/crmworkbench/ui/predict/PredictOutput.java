package org.crmworkbench.ui.predict;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.PredictionRunRecord;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.workflow.PredictionWorkflow;

/** Saving prediction runs and writing files as background jobs, with a notice saying how it went. */
final class PredictOutput {
    /** Writing one file. */
    @FunctionalInterface
    interface FileWork {
        void write(Path file) throws Exception;
    }

    private final JobRunner jobs;
    private final Supplier<Messages> messages;
    private final Consumer<Notice> notices;

    PredictOutput(JobRunner jobs, Supplier<Messages> messages, Consumer<Notice> notices) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.notices = Objects.requireNonNull(notices, "notices");
    }


    /** Builds the run (scoring every customer) and stores it, both in the job; {@code saved} gets the new id. */
    void save(Database db, Supplier<PredictionRunRecord> run, PredictionWorkflow<?, ?, ?> workflow,
              LongConsumer saved) {
        jobs.job("job.predict.save", progress -> workflow.save(db, run.get()))
                .onSuccess(stored -> {
                    saved.accept(stored.id());
                    notices.accept(Notice.info("predict.notice.saved", stored.id(), stored.values().length));
                })
                .onFailure(error -> notices.accept(Notice.error("predict.notice.saveFailed",
                        PredictErrors.text(error, messages.get()))))
                .start();
    }

    /** Writes {@code file} with {@code work} as the job {@code jobKey} and says where it went. */
    void write(String jobKey, Path file, FileWork work) {
        Messages m = messages.get();
        jobs.job(jobKey, progress -> {
            work.write(file);
            return file;
        }).nameArgs(file.getFileName()).onSuccess(f -> notices.accept(Notice.info("predict.notice.exported", f)))
                .onFailure(error -> notices.accept(Notice.error("predict.notice.exportFailed",
                        PredictErrors.text(error, m))))
                .start();
    }
}
