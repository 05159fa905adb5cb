package org.crmworkbench.present.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.crmworkbench.analysis.value.PurchaseModel;
import org.crmworkbench.analysis.value.PurchaseModelKind;
import org.crmworkbench.analysis.value.PurchaseModels;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.runs.ValueRunStore;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.ValueRunRecord;
import org.crmworkbench.present.value.MigrationFlowPlot;
import org.crmworkbench.present.value.ValueFiles;
import org.crmworkbench.present.value.ValueFixture;
import org.crmworkbench.work.Progress;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved value run of the hand-made six customers, through the report catalogue. */
class ValueRunItemsTest {
    private static final Messages EN = new Messages(Locale.ENGLISH);
    private Database db;
    private long runId;

    @BeforeEach
    void saveARun() {
        db = Database.inMemory();
        ValueRunRecord record = new ValueFiles().record(ValueFixture.small(), Instant.parse("2025-01-02T10:00:00Z"),
                "test", db.description());
        runId = new ValueRunStore(db).save(record).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theValueKindIsRegisteredForTheCommandLine() {
        assertTrue(ReportCatalogue.CLI_KINDS.contains("value"));
        assertEquals(ValueRunStore.KIND, ReportCatalogue.storedKind("value"));
        ReportCatalogue catalogue = new ReportCatalogue(db, EN);
        assertEquals(runId, catalogue.latest("value").orElseThrow().id());
        assertEquals(List.of("rfm-segments", "clv-distribution", "p-alive-map", "migration", "top-customers",
                "parameters"), catalogue.items(runId).stream().map(ItemChoice::key).toList());
        assertEquals(List.of("rfm-segments", "clv-distribution", "p-alive-map", "migration"),
                catalogue.defaultItems(runId).stream().map(ItemChoice::key).toList());
    }

    @Test
    void theRfmTableShowsEverySegmentWithItsRule() {
        ReportItem.Table item = (ReportItem.Table) new ReportCatalogue(db, EN).build(runId, "rfm-segments",
                Progress.none());
        ReportTable table = item.table();
        assertEquals(List.of("Segment", "Rule", "Customers", "Share (%)", "Mean days since last purchase",
                "Mean purchase days", "Mean total spend", "Total CLV"), table.columns());
        assertEquals(8, table.rows().size());
        List<Object> champions = table.rows().get(0);
        assertEquals("Champions", champions.get(0));
        assertEquals("1st rule: R 4\u20135 and FM 4\u20135", champions.get(1));
        assertEquals(2, champions.get(2));
        assertEquals(100.0 * 2 / 6, (Double) champions.get(3), 1e-9);
        assertEquals(59.5, (Double) champions.get(4), 1e-9);
        assertEquals(1800.0, (Double) champions.get(7), 1e-9);
        assertNull(table.rows().get(2).get(4), "an empty segment has no mean");
        assertTrue(item.provenance().parameters().contains("model=bgnbd period=week calibration_end=2024-12-31"),
                item.provenance().parameters());
    }

    @Test
    void theAliveMapIsDrawnAgainFromTheSavedParameters() {
        ReportItem.Chart item = (ReportItem.Chart) new ReportCatalogue(db, EN).build(runId, "p-alive-map",
                Progress.none());
        XYZDataset data = (XYZDataset) ((XYPlot) item.chart().getPlot()).getDataset();
        PurchaseModel bgnbd = PurchaseModels.of(PurchaseModelKind.BGNBD, 0.243, 4.414, 0.793, 2.426);
        assertEquals(1 + 8 * 30, data.getItemCount(0));
        for (int i = 0; i < data.getItemCount(0); i += 11) {
            assertEquals(bgnbd.probabilityAlive((int) data.getXValue(0, i), data.getYValue(0, i), 52),
                    data.getZValue(0, i), 1e-12);
        }
        assertTrue(item.title().contains("BG/NBD"), item.title());
    }

    @Test
    void theChartsAndTablesOfTheRunAreBuilt() {
        ReportCatalogue catalogue = new ReportCatalogue(db, EN);
        ReportItem.Chart migration = (ReportItem.Chart) catalogue.build(runId, "migration", Progress.none());
        assertEquals(20, assertInstanceOf(MigrationFlowPlot.class, migration.chart().getPlot()).flows()[1][1]);
        ReportItem.Chart clv = (ReportItem.Chart) catalogue.build(runId, "clv-distribution", Progress.none());
        assertInstanceOf(XYPlot.class, clv.chart().getPlot());
        ReportTable top = ((ReportItem.Table) catalogue.build(runId, "top-customers", Progress.none())).table();
        assertEquals("C3", top.rows().get(0).get(0));
        assertEquals("Champions", top.rows().get(0).get(4));
        assertEquals("Active", top.rows().get(0).get(5));
        ReportTable parameters = ((ReportItem.Table) catalogue.build(runId, "parameters", Progress.none())).table();
        assertEquals(List.of("BG/NBD r", 0.243, 0.0125), parameters.rows().get(0));
        assertTrue(parameters.rows().stream().anyMatch(r -> r.get(0).equals("Gamma-Gamma q")
                && r.get(1).equals(3.74)));
        assertTrue(parameters.rows().stream().anyMatch(r -> r.get(0).equals("BG/NBD log-likelihood")
                && r.get(1).equals(-9582.43)));
    }

    @Test
    void aReportOfEveryValueItemIsWrittenInEveryFormatAndBothLanguages(@TempDir Path dir) throws Exception {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            Messages messages = new Messages(locale);
            ReportCatalogue catalogue = new ReportCatalogue(db, messages);
            List<ReportItem> items = catalogue.items(runId).stream()
                    .map(c -> catalogue.build(runId, c.key(), Progress.none())).toList();
            Report report = new Report("Value", "", Instant.parse("2025-01-03T00:00:00Z"), "test",
                    catalogue.dataSet(), items);
            for (ReportFormat format : ReportFormat.values()) {
                Path file = dir.resolve("value-" + locale.getLanguage() + "." + format.extension());
                new ReportExporter(messages).export(report, format, file, Progress.none());
                assertTrue(Files.size(file) > 1000, file.toString());
            }
        }
    }

    @Test
    void chineseReportsUseChineseWords() {
        ReportCatalogue catalogue = new ReportCatalogue(db, new Messages(Locale.SIMPLIFIED_CHINESE));
        ReportTable table = ((ReportItem.Table) catalogue.build(runId, "rfm-segments", Progress.none())).table();
        assertEquals("冠军客户", table.rows().get(0).get(0));
        assertEquals("RFM 分群及其规则（表）", catalogue.items(runId).get(0).label());
    }
}
