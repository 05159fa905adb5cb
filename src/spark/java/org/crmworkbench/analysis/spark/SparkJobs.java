package org.crmworkbench.analysis.spark;

import java.util.UUID;
import java.util.function.Supplier;
import org.apache.spark.SparkJobInfo;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.JavaSparkStatusTracker;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.Progress;

/**
 * Runs one fit's Spark work as a job group: a watcher reports the group's tasks done (of the tasks known so far) as
 * progress, and cancels the whole group when the analyst cancels, so that a long fit stops within a task.
 */
final class SparkJobs {
    private static final long POLL_MILLIS = 200;

    private final JavaSparkContext context;

    SparkJobs(SparkEngine engine) {
        this.context = JavaSparkContext.fromSparkContext(engine.session().sparkContext());
    }

    /** Runs {@code work} (on this thread) in a new job group described by {@code what}. */
    <T> T run(String what, Progress progress, Supplier<T> work) {
        String group = "crm-workbench-" + UUID.randomUUID();
        context.setJobGroup(group, what, true);
        Thread watcher = new Thread(() -> watch(group, progress), "spark-progress-" + group);
        watcher.setDaemon(true);
        watcher.start();
        try {
            progress.checkCancelled();
            return work.get();
        } catch (RuntimeException e) {
            if (progress.isCancelled()) {
                throw new CancelledException();
            }
            throw e;
        } finally {
            watcher.interrupt();
            context.clearJobGroup();
        }
    }

    private void watch(String group, Progress progress) {
        JavaSparkStatusTracker tracker = context.statusTracker();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                if (progress.isCancelled()) {
                    // Spark 3.5 cancels the group's running jobs only: an algorithm's next job (the next iteration)
                    // would start in the same group, so keep cancelling until the fit gives up
                    context.cancelJobGroup(group);
                    Thread.sleep(POLL_MILLIS);
                    continue;
                }
                long done = 0;
                long total = 0;
                for (int job : tracker.getJobIdsForGroup(group)) {
                    SparkJobInfo info = tracker.getJobInfo(job);
                    if (info == null) {
                        continue;
                    }
                    for (int stage : info.stageIds()) {
                        SparkStageInfo stageInfo = tracker.getStageInfo(stage);
                        if (stageInfo != null) {
                            done += stageInfo.numCompletedTasks();
                            total += stageInfo.numTasks();
                        }
                    }
                }
                if (total > 0) {
                    progress.worked(done, total);
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // the context stopped under the watcher: nothing more to report
        }
    }
}
