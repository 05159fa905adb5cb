package org.crmworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.analysis.recommend.EvaluationBench;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.GeneratedSample;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.forecast.ForecastViewModel;
import org.crmworkbench.ui.jobs.Job;
import org.crmworkbench.ui.jobs.JobObserver;
import org.crmworkbench.ui.jobs.JobState;
import org.crmworkbench.ui.jobs.SameThreadJobRunner;
import org.crmworkbench.ui.predict.PredictViewModel;
import org.crmworkbench.ui.recommend.RecommendViewModel;
import org.crmworkbench.ui.segments.SegmentsViewModel;
import org.crmworkbench.ui.value.ValueSource;
import org.crmworkbench.ui.value.ValueViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new database is empty while the sample data loads (first start): every workspace waits for data without a failed
 * job, and starts once the data arrives (issue 20).
 */
class EmptyDatabaseTest {
    @TempDir
    Path dir;
    private Database db;
    private final List<Job> failed = new ArrayList<>();

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private SameThreadJobRunner jobs() {
        SameThreadJobRunner jobs = new SameThreadJobRunner();
        jobs.addObserver(new JobObserver() {
            @Override
            public void submitted(Job job) {
            }

            @Override
            public void finished(Job job) {
                if (job.state() == JobState.FAILED) {
                    failed.add(job);
                }
            }
        });
        return jobs;
    }

    private void loadSample(DataSession session) throws Exception {
        GeneratedSample.importInto(db, dir, 300, 7);
        session.dataChanged();
    }

    @Test
    void everyWorkspaceWaitsOnAnEmptyDatabaseAndStartsWhenTheDataArrives() throws Exception {
        SameThreadJobRunner jobs = jobs();
        DataSession session = new DataSession();
        PredictViewModel predict = new PredictViewModel(session, jobs, Messages::english);
        SegmentsViewModel segments = new SegmentsViewModel(session, jobs, Runnable::run, Messages::english,
                new org.crmworkbench.ui.engine.EngineOption(new org.crmworkbench.ui.engine.FitEngineSession(
                new org.crmworkbench.analysis.engine.FitEngines())));
        RecommendViewModel recommend = new RecommendViewModel(session, jobs, new EvaluationBench(), Runnable::run,
                Runnable::run, Messages::english);
        ForecastViewModel forecast = new ForecastViewModel(session, jobs, Messages::english);
        ValueViewModel value = new ValueViewModel(session, jobs, Runnable::run, Messages::english);

        db = Database.openFile(dir.resolve("db").resolve("workbench"));
        session.opened(db);
        forecast.series().reload();
        assertEquals(List.of(), failed.stream().map(j -> j.nameKey() + ": " + j.failure().orElse(null)).toList(),
                "no failed job on an empty database");
        assertEquals(PredictViewModel.Phase.WAITING_FOR_DATA, predict.phaseProperty().get());
        assertEquals(Messages.english().get("predict.data.waiting"), predict.definitionText(Messages.english()));
        assertNull(predict.noticeProperty().get());
        assertEquals(SegmentsViewModel.Phase.WAITING_FOR_DATA, segments.phaseProperty().get());
        assertNull(segments.noticeProperty().get());
        assertEquals(RecommendViewModel.Phase.WAITING_FOR_DATA, recommend.phaseProperty().get());
        assertNull(recommend.noticeProperty().get());
        assertNull(forecast.noticeProperty().get(), String.valueOf(forecast.noticeProperty().get()));
        assertEquals(ValueSource.Phase.WAITING_FOR_DATA, value.source().phaseProperty().get());
        assertEquals(Messages.english().get("value.ws.data.waiting"), value.dataTextProperty().get());
        assertNull(value.noticeProperty().get());

        loadSample(session);
        assertEquals(List.of(), failed.stream().map(j -> j.nameKey() + ": " + j.failure().orElse(null)).toList());
        assertEquals(PredictViewModel.Phase.READY, predict.phaseProperty().get());
        assertNotNull(predict.regression().resultProperty().get(), "the Spend tab fits once the data is there");
        assertNotNull(predict.churn().resultProperty().get(), "the Churn tab fits once the data is there");
        assertEquals(SegmentsViewModel.Phase.READY, segments.phaseProperty().get());
        assertEquals(RecommendViewModel.Phase.READY, recommend.phaseProperty().get());
        assertTrue(forecast.series().seriesProperty().get().size() > 0);
        assertEquals(ValueSource.Phase.READY, value.source().phaseProperty().get());
        assertNotNull(value.resultProperty().get(), "the value analysis fits once the data is there");
    }
}
