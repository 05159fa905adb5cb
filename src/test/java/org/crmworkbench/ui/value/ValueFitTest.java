package org.crmworkbench.ui.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.analysis.value.ClvSettings;
import org.crmworkbench.analysis.value.ModelParameter;
import org.crmworkbench.analysis.value.PurchaseModelKind;
import org.crmworkbench.analysis.value.ValueResult;
import org.crmworkbench.analysis.value.ValueSettings;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.GeneratedSample;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.jobs.Job;
import org.crmworkbench.ui.jobs.JobObserver;
import org.crmworkbench.ui.jobs.JobState;
import org.crmworkbench.ui.jobs.SameThreadJobRunner;
import org.crmworkbench.work.Progress;
import org.crmworkbench.workflow.ValueWorkflow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Value workspace's view model over a generated sample database: it fits what the workflow fits, values the
 * customers again for a new horizon without refitting, and a newer fit replaces the one before. Jobs run on the
 * test's thread.
 */
class ValueFitTest {
    private static final int CUSTOMERS = 300;
    private static final long SEED = 7;

    @TempDir
    Path dir;
    private Database db;
    private final List<Job> finished = new ArrayList<>();
    private final Messages english = Messages.english();

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private SameThreadJobRunner observed(SameThreadJobRunner jobs) {
        jobs.addObserver(new JobObserver() {
            @Override
            public void submitted(Job job) {
            }

            @Override
            public void finished(Job job) {
                finished.add(job);
            }
        });
        return jobs;
    }

    private long count(String nameKey) {
        return finished.stream().filter(j -> j.nameKey().equals(nameKey) && j.state() == JobState.SUCCEEDED).count();
    }

    private ValueViewModel openOnSample(SameThreadJobRunner jobs) throws Exception {
        db = GeneratedSample.open(dir, CUSTOMERS, SEED);
        DataSession session = new DataSession();
        ValueViewModel model = new ValueViewModel(session, observed(jobs), Runnable::run, () -> english);
        session.opened(db);
        return model;
    }

    private static double[] values(List<ModelParameter> parameters) {
        return parameters.stream().mapToDouble(ModelParameter::value).toArray();
    }

    @Test
    void theWorkspaceFitsWhatTheWorkflowFits() throws Exception {
        ValueViewModel model = openOnSample(new SameThreadJobRunner());
        ValueResult shown = model.resultProperty().get();
        assertNotNull(shown, String.valueOf(model.noticeProperty().get()));
        assertNull(model.noticeProperty().get());
        assertEquals(1, count("value.job.fit"));

        ValueSettings settings = model.form().settings();
        assertEquals(settings, shown.settings());
        assertNotNull(settings.holdoutEnd(), "the sample spans years: a holdout is proposed");
        ValueWorkflow workflow = new ValueWorkflow(db);
        ValueResult direct = workflow.analyse(workflow.readOrders(Progress.none()), settings, Progress.none());
        assertEquals(PurchaseModelKind.BGNBD, shown.model().kind());
        assertEquals(List.of("r", "alpha", "a", "b"), shown.model().parameters().stream().map(ModelParameter::name)
                .toList());
        assertArrayEqualsExactly(values(direct.model().parameters()), values(shown.model().parameters()));
        assertEquals(direct.model().logLikelihood(), shown.model().logLikelihood(), 0.0);
        assertArrayEqualsExactly(values(direct.spend().parameters()), values(shown.spend().parameters()));

        assertEquals(shown.customers().size(), model.customers().size());
        assertEquals(8, model.segments().size(), "every segment listed, empty ones too");
        assertEquals(shown.customers().size(), model.segments().stream().mapToInt(ValueRows.SegmentRow::customers)
                .sum());
        assertEquals(9, model.parameters().size(), "four BG/NBD parameters, three Gamma-Gamma, two log-likelihoods"
                + " ... " + model.parameters());
        assertEquals(2, model.comparison().size(), "both models compared by default");
        assertEquals(1, model.comparison().stream().filter(ValueRows.ComparisonRow::chosen).count());
        assertTrue(model.modelTextProperty().get().startsWith("BG/NBD fitted on "), model.modelTextProperty().get());
        assertFalse(model.independenceTextProperty().get().isEmpty());
        assertNotNull(model.drawingProperty().get());
        assertTrue(model.drawingProperty().get().hasHoldout());
        assertTrue(model.dataTextProperty().get().startsWith("Stored orders: "), model.dataTextProperty().get());
    }

    @Test
    void aNewHorizonValuesTheCustomersAgainWithoutRefitting() throws Exception {
        ValueViewModel model = openOnSample(new SameThreadJobRunner());
        ValueResult fitted = model.fittedProperty().get();
        assertNotNull(fitted, String.valueOf(model.noticeProperty().get()));
        assertEquals(52, fitted.settings().clv().horizon());
        double clvBefore = model.customers().stream().mapToDouble(ValueRows.CustomerRow::clv).sum();

        model.form().horizonProperty().set(26);
        assertEquals(1, count("value.job.fit"), "no second fit");
        assertEquals(1, count("value.job.revalue"));
        ValueResult revalued = model.resultProperty().get();
        assertSame(fitted, model.fittedProperty().get(), "the fit is kept");
        assertSame(fitted.model(), revalued.model(), "the same fitted model values the customers");
        assertEquals(new ClvSettings(26, 0.10, 1.0), revalued.settings().clv());
        ValueResult direct = new ValueWorkflow(db).revalue(fitted, new ClvSettings(26, 0.10, 1.0));
        for (int i = 0; i < revalued.customers().size(); i++) {
            assertEquals(direct.customers().get(i).clv(), revalued.customers().get(i).clv(), 0.0);
            assertEquals(direct.customers().get(i).expectedPurchases(),
                    revalued.customers().get(i).expectedPurchases(), 0.0);
        }
        double clvAfter = model.customers().stream().mapToDouble(ValueRows.CustomerRow::clv).sum();
        assertTrue(clvAfter < clvBefore, "half the horizon, less value: " + clvAfter + " vs " + clvBefore);
        assertEquals(revalued.customers().stream().mapToDouble(c -> c.clv()).sum(), clvAfter, 1e-6);

        model.form().marginProperty().set(0.5);
        assertEquals(2, count("value.job.revalue"));
        assertEquals(clvAfter / 2, model.customers().stream().mapToDouble(ValueRows.CustomerRow::clv).sum(),
                1e-6 * clvAfter, "half the margin, half the value");
        assertEquals(1, count("value.job.fit"));
    }

    @Test
    void aNewerFitReplacesTheOneBeforeIt() throws Exception {
        SameThreadJobRunner jobs = SameThreadJobRunner.deferred(System::nanoTime);
        ValueViewModel model = openOnSample(jobs);
        jobs.runPending(); // reads the orders
        jobs.runPending(); // the first fit
        assertNotNull(model.resultProperty().get(), String.valueOf(model.noticeProperty().get()));

        model.form().modelProperty().set(PurchaseModelKind.PNBD);
        model.fit();
        model.form().compareModelsProperty().set(false);
        model.fit();
        assertTrue(model.runningProperty().get());
        jobs.runPending();
        assertFalse(model.runningProperty().get());
        ValueResult r = model.resultProperty().get();
        assertEquals(PurchaseModelKind.PNBD, r.model().kind());
        assertFalse(r.settings().compareModels(), "the newer fit's settings");
        assertEquals(List.of("r", "alpha", "s", "beta"), r.model().parameters().stream().map(ModelParameter::name)
                .toList());
        assertNotEquals(0, model.customers().size());
    }

    private static void assertArrayEqualsExactly(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 0.0, "parameter " + i);
        }
    }
}
