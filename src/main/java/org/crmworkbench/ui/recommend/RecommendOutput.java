package org.crmworkbench.ui.recommend;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.crmworkbench.analysis.recommend.RecommendationCorpus;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.RecommendationRunRecord;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.present.recommend.RecommendationFiles;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.workflow.FittedRecommender;
import org.crmworkbench.workflow.RecommendWorkflow;

/**
 * Where recommendations go once the analyst keeps them: every customer's list into the database or a CSV file, and
 * charts into image files. Each is a background job with progress and cancel; the outcome is told as a notice.
 */
final class RecommendOutput {
    private final JobRunner jobs;
    private final Supplier<Messages> messages;
    private final Consumer<Notice> notices;

    RecommendOutput(JobRunner jobs, Supplier<Messages> messages, Consumer<Notice> notices) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.notices = Objects.requireNonNull(notices, "notices");
    }

    /** Makes every customer's top-{@code n} list and stores it in {@code db} as one run. */
    void save(Database db, RecommendationCorpus corpus, FittedRecommender fitted, int n, LongConsumer saved) {
        RecommendWorkflow workflow = new RecommendWorkflow(messages.get());
        jobs.job("job.recommend.save", progress -> workflow.save(db, workflow.lists(corpus, fitted, n, progress),
                        progress))
                .onSuccess(stored -> {
                    saved.accept(stored.id());
                    notices.accept(Notice.info("recommend.notice.saved", stored.id(), stored.customers()));
                })
                .onFailure(error -> notices.accept(Notice.error("recommend.notice.saveFailed",
                        RecommendErrors.text(error, messages.get()))))
                .start();
    }

    /** Makes every customer's top-{@code n} list and writes it to {@code file}, customers shown as {@code people}. */
    void exportCsv(Path file, RecommendationCorpus corpus, FittedRecommender fitted, int n,
                   PersonalDataPolicy people) {
        RecommendWorkflow workflow = new RecommendWorkflow(messages.get());
        write(file, (target, progress) -> {
            RecommendationRunRecord run = workflow.lists(corpus, fitted, n, progress);
            new RecommendationFiles().write(target, run, corpus.data(), people);
        });
    }

    /** Writes {@code file} with {@code work} as a job and says where it went. */
    void write(Path file, RecommendViewModel.ExportWork work) {
        Messages m = messages.get();
        jobs.job("job.recommend.export", progress -> {
            work.write(file, progress);
            return file;
        }).nameArgs(file.getFileName()).onSuccess(f -> notices.accept(Notice.info("recommend.notice.exported", f)))
                .onFailure(error -> notices.accept(Notice.error("recommend.notice.exportFailed",
                        RecommendErrors.text(error, m))))
                .start();
    }
}
