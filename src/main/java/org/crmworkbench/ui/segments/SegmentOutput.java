package org.crmworkbench.ui.segments;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.List;
import java.util.function.Supplier;
import org.crmworkbench.analysis.segment.SegmentationResult;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.SegmentRunRecord;
import org.crmworkbench.present.segment.SegmentFiles;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.jobs.JobRunner;

/**
 * Where a segmentation goes once the analyst keeps it: the database (a saved run) and files (members CSV, charts).
 * Each write is a background job; the outcome is told as a notice. FX thread only.
 */
final class SegmentOutput {
    private final JobRunner jobs;
    private final Supplier<Messages> messages;
    private final Consumer<Notice> notices;

    SegmentOutput(JobRunner jobs, Supplier<Messages> messages, Consumer<Notice> notices) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.notices = Objects.requireNonNull(notices, "notices");
    }

    /** Stores a run with {@code store} in the background; {@code saved} gets the run's new id. */
    void save(Supplier<SegmentRunRecord> store, LongConsumer saved) {
        jobs.job("job.segment.save", progress -> store.get())
                .onSuccess(stored -> {
                    saved.accept(stored.id());
                    notices.accept(Notice.info("segment.notice.saved", stored.id()));
                })
                .onFailure(error -> notices.accept(Notice.error("segment.notice.saveFailed",
                        SegmentErrors.text(error, messages.get()))))
                .start();
    }

    /** Writing one file. */
    @FunctionalInterface
    interface FileWork {
        void write(Path file) throws Exception;
    }

    /** Writes every row with its segment, the segment's name and outlier reasons to a CSV file. */
    void writeMembers(Path file, List<String> rowIds, SegmentationResult result, List<String> names) {
        Messages m = messages.get();
        write("job.segment.exportMembers", file, target -> new SegmentFiles(m).writeMembers(target, rowIds, result,
                names));
    }

    /** Writes {@code file} with {@code work} as the job {@code jobKey} and says where it went. */
    void write(String jobKey, Path file, FileWork work) {
        Messages m = messages.get();
        jobs.job(jobKey, progress -> {
            work.write(file);
            return file;
        }).nameArgs(file.getFileName()).onSuccess(f -> notices.accept(Notice.info("segment.notice.exported", f)))
                .onFailure(error -> notices.accept(Notice.error("segment.notice.exportFailed",
                        SegmentErrors.text(error, m))))
                .start();
    }
}
