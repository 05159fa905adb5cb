package org.crmworkbench.workflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.crmworkbench.analysis.forecast.ForecastModel;
import org.crmworkbench.analysis.forecast.ForecastResult;
import org.crmworkbench.analysis.forecast.ForecastSettings;
import org.crmworkbench.analysis.forecast.PlantedSeries;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.runs.ForecastRunStore;
import org.crmworkbench.model.ForecastRunRecord;
import org.crmworkbench.model.SeriesBreakdown;
import org.crmworkbench.model.SeriesFrequency;
import org.crmworkbench.model.SeriesMeasure;
import org.crmworkbench.model.SeriesRequest;
import org.crmworkbench.model.TimeSeries;
import org.crmworkbench.ui.forecast.PlantedOrders;
import org.crmworkbench.work.AppVersion;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forecast workflow on planted orders and a planted series, with answers known in advance. */
class ForecastWorkflowTest {
    @TempDir
    Path dir;
    private Database db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    /** North orders {@code 100 (1 + 0.3 sin(2 pi m / 12)) + m} (rounded) twice a month, South 25 twice a month. */
    private static double north(int month) {
        return Math.round(100 * (1 + 0.3 * Math.sin(2 * Math.PI * month / 12)) + month);
    }

    @Test
    void theOrdersGiveTheirMonthlyRevenueOverallAndByRegion() throws Exception {
        db = PlantedOrders.create(24);
        ForecastWorkflow workflow = new ForecastWorkflow(db);
        assertEquals(List.of("North", "South"), workflow.groups(SeriesBreakdown.REGION));

        TimeSeries overall = workflow.readChecked(SeriesRequest.overall(SeriesMeasure.REVENUE, SeriesFrequency.MONTH),
                Progress.none());
        assertEquals(24, overall.size());
        assertEquals(PlantedOrders.FIRST, overall.periods().get(0));
        for (int m = 0; m < 24; m++) {
            assertEquals(2 * north(m) + 2 * 25, overall.values()[m], 1e-9, "month " + m);
        }
        TimeSeries south = workflow.readChecked(new SeriesRequest(SeriesMeasure.REVENUE, SeriesFrequency.MONTH,
                SeriesBreakdown.REGION, "South"), Progress.none());
        assertTrue(Arrays.stream(south.values()).allMatch(v -> v == 50.0), Arrays.toString(south.values()));
    }

    @Test
    void anUnknownGroupIsNamedWithTheGroupsThereAre() throws Exception {
        db = PlantedOrders.create(24);
        BadParameterException e = assertThrows(BadParameterException.class, () -> new ForecastWorkflow(db)
                .readChecked(new SeriesRequest(SeriesMeasure.REVENUE, SeriesFrequency.MONTH, SeriesBreakdown.REGION,
                        "East"), Progress.none()));
        assertEquals("group", e.parameter());
        assertEquals("cli.forecast.groupUnknown", e.messageKey());
        assertEquals(List.of("East", "region", "North, South"), List.of(e.args()));
    }

    @Test
    void theSeasonalNaiveForecastRepeatsTheLastSeason() {
        double[] y = PlantedSeries.multiplicative(48, 12, 1000, 0, 0, 1);
        TimeSeries series = PlantedSeries.series(SeriesFrequency.MONTH, y);
        ForecastResult r = new ForecastWorkflow(null).forecast(series, new ForecastSettings(
                ForecastModel.SEASONAL_NAIVE, 6, ForecastSettings.DEFAULT_LEVELS, 3, ForecastSettings.DEFAULT_SEED),
                Progress.none());
        assertEquals(ForecastModel.SEASONAL_NAIVE, r.model());
        assertArrayEquals(Arrays.copyOfRange(PlantedSeries.FACTORS, 0, 6),
                Arrays.stream(r.forecast().mean()).map(v -> v / 1000).toArray(), 1e-9);
        assertEquals(LocalDate.of(2024, 1, 1), r.forecast().periods().get(0), "the month after the last one");
        assertEquals(0, r.backtest().errors().mae(), 1e-9, "a series that repeats exactly is forecast exactly");
    }

    @Test
    void aFileSeriesIsReadFromItsDateAndValueColumns() throws Exception {
        Path file = dir.resolve("sales.csv");
        Files.writeString(file, "month,region,sales\n2025-01-01,North,10\n2025-02-01,North,12.5\n2025-03-01,North,14\n"
                + "2025-04-01,North,9\n", StandardCharsets.UTF_8);
        TimeSeries s = new ForecastWorkflow(null).readFile(file, "month", "sales", Progress.none());
        assertEquals(SeriesFrequency.MONTH, s.frequency());
        assertArrayEquals(new double[] {10, 12.5, 14, 9}, s.values(), 1e-9);
    }

    @Test
    void aSavedForecastIsStampedWithThisVersionAndCanBeLoaded() throws Exception {
        db = PlantedOrders.create(36);
        ForecastWorkflow workflow = new ForecastWorkflow(db);
        ForecastResult r = monthlyRevenue(workflow, 4);
        Instant started = Instant.parse("2026-12-01T08:00:00Z");
        long id = workflow.save(r, started).id();
        assertTrue(id > 0);
        ForecastRunRecord stored = new ForecastRunStore(db).load(id).orElseThrow();
        assertEquals(AppVersion.current(), stored.appVersion());
        assertEquals(started, stored.startedAt());
        assertEquals(4, stored.forecast().size());
        assertEquals(36, stored.history().size());
        assertEquals(r.forecast().mean()[0], stored.forecast().get(0).forecast(), 1e-9);
    }

    /** The seasonal naive forecast of the planted orders' monthly revenue, {@code horizon} months ahead. */
    static ForecastResult monthlyRevenue(ForecastWorkflow workflow, int horizon) {
        TimeSeries series = workflow.read(SeriesRequest.overall(SeriesMeasure.REVENUE, SeriesFrequency.MONTH),
                Progress.none());
        return workflow.forecast(series, ForecastSettings.of(ForecastModel.SEASONAL_NAIVE, horizon),
                Progress.none());
    }

    @Test
    void withoutADatabaseOnlyFilesCanBeRead() {
        assertThrows(IllegalStateException.class, () -> new ForecastWorkflow(null).groups(SeriesBreakdown.REGION));
    }
}
