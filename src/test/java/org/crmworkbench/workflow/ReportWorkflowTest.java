package org.crmworkbench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.report.Report;
import org.crmworkbench.present.report.ReportFormat;
import org.crmworkbench.present.report.ReportItem;
import org.crmworkbench.ui.forecast.PlantedOrders;
import org.crmworkbench.work.AppVersion;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.CancelledProgress;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report workflow over a database with one saved forecast of planted orders. */
class ReportWorkflowTest {
    @TempDir
    Path dir;
    private Database db;
    private long forecastRun;
    private ReportWorkflow workflow;

    @BeforeEach
    void saveAForecast() throws Exception {
        db = PlantedOrders.create(36);
        ForecastWorkflow forecasts = new ForecastWorkflow(db);
        forecastRun = forecasts.save(ForecastWorkflowTest.monthlyRevenue(forecasts, 6),
                Instant.parse("2026-12-01T08:00:00Z")).id();
        workflow = new ReportWorkflow(db, Messages.english());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void runsAreFoundByIdAndAsTheNewestOfTheirKind() {
        assertEquals("forecast", workflow.kindOf(forecastRun));
        assertEquals(forecastRun, workflow.latest(" Forecast ").orElseThrow().id());
        assertTrue(workflow.latest("segment").isEmpty(), "no segment run was saved");
        BadParameterException unknownKind = assertThrows(BadParameterException.class, () -> workflow.latest("churn"));
        assertEquals("latest", unknownKind.parameter());
        BadParameterException noRun = assertThrows(BadParameterException.class, () -> workflow.kindOf(999));
        assertEquals("runs", noRun.parameter());
    }

    @Test
    void aRunGivesItsDefaultItemsInOrderWithTheirProvenance() {
        List<ReportItem> items = workflow.buildItems(List.of(forecastRun), Map.of(), Progress.none());
        assertEquals(List.of("forecast", "forecast-table"), items.stream().map(ReportItem::key).toList());
        assertInstanceOf(ReportItem.Chart.class, items.get(0));
        assertInstanceOf(ReportItem.Table.class, items.get(1));
        assertEquals(6, ((ReportItem.Table) items.get(1)).table().rows().size(), "six months forecast");
        for (ReportItem item : items) {
            assertEquals(forecastRun, item.provenance().runId());
            assertEquals("forecast", item.provenance().kind());
            assertEquals(AppVersion.current(), item.provenance().appVersion());
        }

        List<ReportItem> picked = workflow.buildItems(List.of(forecastRun),
                Map.of(forecastRun, List.of("parameters")), Progress.none());
        assertEquals(List.of("parameters"), picked.stream().map(ReportItem::key).toList());
    }

    @Test
    void anUnknownItemIsReportedAgainstTheItemsOption() {
        BadParameterException e = assertThrows(BadParameterException.class, () -> workflow.buildItems(
                List.of(forecastRun), Map.of(forecastRun, List.of("radar")), Progress.none()));
        assertEquals("items", e.parameter());
        assertEquals("report.error.unknownItem", e.messageKey());
    }

    @Test
    void theReportIsStampedAndWrittenOrLeftAloneWhenCancelled() throws Exception {
        Report report = workflow.report("Planted forecast", "notes", workflow.buildItems(List.of(forecastRun),
                Map.of(), Progress.none()));
        assertEquals(AppVersion.current(), report.appVersion());
        assertEquals(workflow.dataSet(), report.dataSet());
        assertFalse(report.dataSet().isBlank());

        Path html = dir.resolve("report.html");
        workflow.export(report, ReportFormat.HTML, html, Progress.none());
        assertTrue(Files.readString(html, StandardCharsets.UTF_8).contains("Planted forecast"));

        Path cancelled = dir.resolve("cancelled.pdf");
        assertThrows(CancelledException.class, () -> workflow.export(report, ReportFormat.PDF, cancelled,
                new CancelledProgress()));
        assertFalse(Files.exists(cancelled), "a cancelled export leaves no file");

        Path csv = dir.resolve("table.csv");
        workflow.exportCsv((ReportItem.Table) report.items().get(1), csv);
        assertEquals(7, Files.readAllLines(csv, StandardCharsets.UTF_8).size(), "header and six months");
    }
}
