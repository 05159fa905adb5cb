package org.crmworkbench.ui.feedback;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.crmworkbench.analysis.text.FeedbackFilter;
import org.crmworkbench.analysis.text.FeedbackResult;
import org.crmworkbench.analysis.text.FeedbackSettings;
import org.crmworkbench.analysis.text.LanguageChoice;
import org.crmworkbench.analysis.text.ScoredFeedback;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.FeedbackRunRecord;
import org.crmworkbench.model.FeedbackText;
import org.crmworkbench.present.feedback.FeedbackCharts;
import org.crmworkbench.work.Progress;
import org.crmworkbench.workflow.FeedbackWorkflow;

/**
 * What the Feedback workspace's jobs run: reading, scoring, summarising, recording, saving and drawing. In the
 * application every step is {@link FeedbackWorkflow}'s (and the charts {@link FeedbackCharts}'); tests give
 * hand-built texts, results and charts instead.
 */
interface FeedbackSteps {
    List<FeedbackText> readStored(Database database, Progress progress) throws Exception;

    List<FeedbackText> readFile(Path file, String textColumn, String idColumn, String dateColumn, Progress progress)
            throws Exception;

    List<ScoredFeedback> score(List<FeedbackText> texts, LanguageChoice choice, Progress progress) throws Exception;

    FeedbackResult summarise(List<ScoredFeedback> scored, FeedbackFilter filter, FeedbackSettings settings,
                             Progress progress) throws Exception;

    /** The run record of a result, which the charts draw and the store keeps. */
    FeedbackRunRecord record(FeedbackResult result, String dataSource, Instant startedAt);

    /** Stores {@code run}; the stored run with its id. */
    FeedbackRunRecord save(Database database, FeedbackRunRecord run);

    /** The charts in the language of {@code messages}. */
    FeedbackDrawing.Charts charts(Messages messages);

    /** The steps of the application: {@link FeedbackWorkflow} over the given database (or none). */
    static FeedbackSteps workflow() {
        return new FeedbackSteps() {
            @Override
            public List<FeedbackText> readStored(Database database, Progress progress) {
                return new FeedbackWorkflow(database).readStored(progress);
            }

            @Override
            public List<FeedbackText> readFile(Path file, String textColumn, String idColumn, String dateColumn,
                                               Progress progress) throws Exception {
                return new FeedbackWorkflow(null).readFile(file, textColumn, idColumn, dateColumn, progress);
            }

            @Override
            public List<ScoredFeedback> score(List<FeedbackText> texts, LanguageChoice choice, Progress progress) {
                return new FeedbackWorkflow(null).score(texts, choice, progress);
            }

            @Override
            public FeedbackResult summarise(List<ScoredFeedback> scored, FeedbackFilter filter,
                                            FeedbackSettings settings, Progress progress) {
                return new FeedbackWorkflow(null).summarise(scored, filter, settings, progress);
            }

            @Override
            public FeedbackRunRecord record(FeedbackResult result, String dataSource, Instant startedAt) {
                return new FeedbackWorkflow(null).record(result, dataSource, startedAt);
            }

            @Override
            public FeedbackRunRecord save(Database database, FeedbackRunRecord run) {
                return new FeedbackWorkflow(database).save(run);
            }

            @Override
            public FeedbackDrawing.Charts charts(Messages messages) {
                FeedbackCharts charts = new FeedbackCharts(messages);
                return new FeedbackDrawing.Charts() {
                    @Override
                    public org.jfree.chart.JFreeChart timeline(FeedbackRunRecord run) {
                        return charts.timeline(run);
                    }

                    @Override
                    public org.jfree.chart.JFreeChart breakdown(FeedbackRunRecord run, String dimension) {
                        return charts.breakdown(run, dimension);
                    }

                    @Override
                    public org.jfree.chart.JFreeChart breakdownMasked(FeedbackRunRecord run, String dimension) {
                        return new FeedbackCharts(messages, org.crmworkbench.present.PersonalDataPolicy.masked())
                                .breakdown(run, dimension);
                    }

                    @Override
                    public org.jfree.chart.JFreeChart aspects(FeedbackRunRecord run) {
                        return charts.aspects(run);
                    }

                    @Override
                    public org.jfree.chart.JFreeChart topics(FeedbackRunRecord run) {
                        return charts.topics(run);
                    }
                };
            }
        };
    }
}
