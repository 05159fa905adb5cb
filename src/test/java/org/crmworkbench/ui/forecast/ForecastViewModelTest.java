package org.crmworkbench.ui.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.crmworkbench.analysis.forecast.ForecastModel;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.SeriesBreakdown;
import org.crmworkbench.model.TimeSeries;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.jobs.SameThreadJobRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Forecast workspace's state without the FX thread: jobs run on the test's thread. */
class ForecastViewModelTest {
    private static final int MONTHS = 48;
    private final Messages english = Messages.english();
    private final DataSession session = new DataSession();
    private Database db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private ForecastViewModel open(SameThreadJobRunner jobs) throws Exception {
        db = PlantedOrders.create(MONTHS);
        ForecastViewModel model = new ForecastViewModel(session, jobs, () -> english);
        session.opened(db);
        return model;
    }

    @Test
    void theOverallSeriesIsReadAndForecastOnceTheDataIsThere() throws Exception {
        ForecastViewModel model = open(new SameThreadJobRunner());
        TimeSeries series = model.series().seriesProperty().get();
        assertNotNull(series);
        assertEquals(MONTHS, series.size());
        assertEquals(PlantedOrders.FIRST, series.periods().get(0));
        assertEquals(2 * 25 + 2 * 100.0, series.values()[0], 1e-9, "both customers, two orders each");
        assertEquals(12, model.form().horizonProperty().get(), "the horizon defaults to one season");

        assertNotNull(model.resultProperty().get(), String.valueOf(model.noticeProperty().get()));
        assertEquals(12, model.periods().size());
        assertEquals("2026-01", model.periods().get(0).period(), "months are written as 2026-01");
        assertEquals(2, model.periods().get(0).lower().length, "80% and 95% bounds");
        assertFalse(model.models().isEmpty());
        assertEquals(1, model.models().stream().filter(ForecastRows.ModelRow::chosen).count());
        assertEquals(model.models().size(), model.resultProperty().get().candidates().size(),
                "every model compared is listed");
        List<String> names = model.parameters().stream().map(ForecastRows.ParameterRow::name).toList();
        assertEquals("Model", names.get(0));
        assertTrue(names.contains("SSE (one-step errors)"), names.toString());
        assertTrue(names.contains("Observations in SSE"), names.toString());
        assertFalse(model.runningProperty().get());
    }

    @Test
    void choosingABreakdownListsItsGroupsAndReadsTheFirstGroupsSeries() throws Exception {
        ForecastViewModel model = open(new SameThreadJobRunner());
        model.series().breakdownProperty().set(SeriesBreakdown.REGION);
        assertEquals(List.of("North", "South"), model.series().groups());
        assertEquals("North", model.series().groupProperty().get());
        TimeSeries north = model.series().seriesProperty().get();
        assertEquals(200.0, north.values()[0], 1e-9);

        model.series().groupProperty().set("South");
        TimeSeries south = model.series().seriesProperty().get();
        double[] fifty = new double[MONTHS];
        java.util.Arrays.fill(fifty, 50);
        assertArrayEquals(fifty, south.values(), 1e-9);

        model.series().breakdownProperty().set(SeriesBreakdown.OVERALL);
        assertTrue(model.series().groups().isEmpty());
        assertNull(model.series().groupProperty().get());
        assertEquals(250.0, model.series().seriesProperty().get().values()[0], 1e-9);
    }

    @Test
    void newDataReadsTheSeriesAgain() throws Exception {
        ForecastViewModel model = open(new SameThreadJobRunner());
        TimeSeries before = model.series().seriesProperty().get();
        session.dataChanged();
        assertTrue(before != model.series().seriesProperty().get(), "a fresh read");
    }

    @Test
    void aNewerForecastReplacesTheOneBeforeIt() throws Exception {
        SameThreadJobRunner jobs = SameThreadJobRunner.deferred(System::nanoTime);
        ForecastViewModel model = open(jobs);
        jobs.runPending();
        assertNotNull(model.resultProperty().get());

        model.form().modelProperty().set(ForecastModel.SEASONAL_NAIVE);
        model.form().horizonProperty().set(6);
        model.forecast();
        model.form().horizonProperty().set(3);
        model.forecast();
        assertTrue(model.runningProperty().get());
        jobs.runPending();
        assertFalse(model.runningProperty().get());
        assertEquals(3, model.resultProperty().get().forecast().horizon());
        assertEquals(3, model.periods().size());
        assertEquals(ForecastModel.SEASONAL_NAIVE, model.resultProperty().get().model());
    }

    @Test
    void badLevelsAreNamedWithoutRunning() throws Exception {
        ForecastViewModel model = open(new SameThreadJobRunner());
        model.form().levelsProperty().set("80, lots");
        model.forecast();
        var notice = model.noticeProperty().get();
        assertTrue(notice.error());
        assertEquals("Could not forecast: level: expected interval levels in percent such as 80, 95; got \u201c80, lots\u201d",
                notice.text(english));
    }

    @Test
    void aTooShortHistoryIsReportedWithThePeriodsNeeded() throws Exception {
        db = PlantedOrders.create(8);
        ForecastViewModel model = new ForecastViewModel(session, new SameThreadJobRunner(), () -> english);
        session.opened(db);
        assertEquals(8, model.series().seriesProperty().get().size());
        assertNull(model.resultProperty().get());
        var notice = model.noticeProperty().get();
        assertTrue(notice.error(), notice.toString());
        assertTrue(notice.text(english).startsWith("Could not forecast: the snaive model needs at least 14 periods for a fit and one backtest origin; the series has 8"), notice.text(english));
    }

    @Test
    void weeksAreWrittenAsTheWeekOfTheirMonday() {
        var labels = new org.crmworkbench.present.forecast.ForecastLabels(english);
        assertEquals("week of 2026-03-02", labels.period(java.time.LocalDate.of(2026, 3, 2),
                org.crmworkbench.model.SeriesFrequency.WEEK));
        assertEquals("2026-03-02 当周", new org.crmworkbench.present.forecast.ForecastLabels(
                new Messages(Locale.SIMPLIFIED_CHINESE)).period(java.time.LocalDate.of(2026, 3, 2),
                org.crmworkbench.model.SeriesFrequency.WEEK));
    }
}
