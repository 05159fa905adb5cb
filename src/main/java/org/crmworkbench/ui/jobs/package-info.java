/**
 * Background jobs: a {@link org.crmworkbench.ui.jobs.JobRunner} runs a
 * {@link org.crmworkbench.ui.jobs.JobBody} on a worker thread and delivers its outcome on the FX thread; the
 * jobs panel lists running and recent jobs, sampling their progress about ten times a second.
 *
 * <pre>{@code
 * jobs.job("job.segments.fit", progress -> clustering.fit(features, k, progress))
 *     .nameArgs(k)
 *     .replacing("segments.k")            // slider: only the latest k is delivered
 *     .onSuccess(viewModel::showSegments)
 *     .onFailure(viewModel::showError)
 *     .start();
 * }</pre>
 *
 * In view-model tests use {@link org.crmworkbench.ui.jobs.SameThreadJobRunner}: everything runs on the test
 * thread, so assertions follow {@code start()} directly; its deferred variant holds bodies until
 * {@code runPending()} to test cancellation and replacement.
 */
package org.crmworkbench.ui.jobs;
