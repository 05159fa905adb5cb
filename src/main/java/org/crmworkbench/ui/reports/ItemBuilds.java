package org.crmworkbench.ui.reports;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.present.report.ItemChoice;
import org.crmworkbench.ui.jobs.Job;
import org.crmworkbench.ui.jobs.JobRunner;

/**
 * The building of a report's items: each row's item is built by a background job from the {@link ReportSource},
 * people shown as the given policy says. A row built again (names switched on or off) stops its job and ignores
 * whatever the stopped job still reports, so it is neither dropped nor given the old item. FX thread only.
 */
final class ItemBuilds {
    private final ReportSource source;
    private final JobRunner jobs;
    private final Predicate<ItemRow> inReport;
    private final Consumer<ItemRow> drop;
    private final BiConsumer<ItemRow, Throwable> failed;

    /**
     * @param inReport whether a row is still in the report
     * @param drop     takes a row out of the report (its build failed or was cancelled)
     * @param failed   says that a row's build failed, after it was dropped
     */
    ItemBuilds(ReportSource source, JobRunner jobs, Predicate<ItemRow> inReport, Consumer<ItemRow> drop,
               BiConsumer<ItemRow, Throwable> failed) {
        this.source = Objects.requireNonNull(source, "source");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.inReport = Objects.requireNonNull(inReport, "inReport");
        this.drop = Objects.requireNonNull(drop, "drop");
        this.failed = Objects.requireNonNull(failed, "failed");
    }

    /** Builds {@code row}'s item in the background, people shown as {@code people} says. */
    void start(ItemRow row, PersonalDataPolicy people) {
        ItemChoice choice = row.choice();
        int build = row.builds();
        Job job = jobs.job("job.reports.build", progress -> source.build(choice.runId(), choice.key(), people,
                        progress))
                .nameArgs(choice.label(), choice.runId())
                .onSuccess(built -> {
                    if (inReport.test(row) && row.builds() == build) {
                        row.built(built);
                    }
                })
                .onFailure(error -> {
                    if (inReport.test(row) && row.builds() == build) {
                        drop.accept(row);
                        failed.accept(row, error);
                    }
                })
                .onCancelled(() -> {
                    // a build stopped because names were switched is followed by another: the row stays
                    if (row.builds() == build) {
                        drop.accept(row);
                    }
                })
                .start();
        if (!row.isBuilt() && inReport.test(row) && row.builds() == build) {
            row.building(job);
        }
    }

    /** Builds every row of {@code rows} that is built or being built again, people shown as {@code people} says. */
    void again(List<ItemRow> rows, PersonalDataPolicy people) {
        for (ItemRow row : List.copyOf(rows)) {
            if (row.isBuilt() || row.isBuilding()) {
                row.rebuilding();
                start(row, people);
            }
        }
    }
}
