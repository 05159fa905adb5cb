package org.crmworkbench.present.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.runs.BasketRunStore;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.BasketRunRecord;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.present.basket.BasketFixture;
import org.crmworkbench.present.basket.GroupedMatrixPlot;
import org.crmworkbench.present.basket.RuleGraphPlot;
import org.crmworkbench.work.Progress;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The basket kind of the report catalogue: its items built from a stored run (here the hand-made records, given
 * to the items directly, as the run store would read them back) and written in every report format, into
 * {@code target/basket-report} or the folder named by {@code -Dbasket.report=DIR}, for a person to look at.
 */
class BasketRunItemsTest {
    private static final Messages EN = new Messages(Locale.ENGLISH);
    private Database db;

    @BeforeEach
    void open() {
        db = Database.inMemory();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static SavedRun saved(BasketRunRecord run) {
        return new SavedRun(7, BasketRunStore.KIND, run.startedAt(), "test", null, "", "");
    }

    private BasketRunItems items(Messages messages) {
        return new BasketRunItems(db, messages, new DataSetWords(db, messages));
    }

    @Test
    void theBasketKindIsRegisteredForTheCommandLine() {
        assertTrue(ReportCatalogue.CLI_KINDS.contains("basket"));
        assertEquals(BasketRunStore.KIND, ReportCatalogue.storedKind("basket"));
        BasketRunItems items = items(EN);
        assertEquals(List.of("rules", "item-frequency", "scatter", "graph", "grouped"),
                items.entries().stream().map(RunItems.Entry::key).toList());
        assertEquals("Rules of highest lift (table)", items.label("rules"));
        assertEquals("提升度最高的规则（表）", items(new Messages(Locale.SIMPLIFIED_CHINESE)).label("rules"));
    }

    @Test
    void theRulesTableListsTheRulesOfHighestLiftWithTheirMeasures() {
        BasketRunRecord run = BasketFixture.small();
        ReportTable table = items(EN).rulesTable(run);
        assertEquals(List.of("Rank", "Bought", "Also bought", "Support", "Confidence", "Lift", "Leverage",
                "Conviction", "Count"), table.columns());
        assertEquals(Math.min(20, run.rules().size()), table.rows().size());
        // {butter, milk} => {eggs}: butter and milk in 3 of 5 baskets, eggs with them in 2, eggs in 2 of 5:
        // support 0.4, confidence 2/3, lift (2/3)/(2/5) = 5/3, leverage 0.4 - 0.6 x 0.4 = 0.16,
        // conviction (1 - 0.4)/(1 - 2/3) = 1.8, count 2
        List<Object> first = table.rows().get(0);
        assertEquals(List.of(1, "{Butter, Milk}", "{Eggs}"), first.subList(0, 3));
        double[] measures = {0.4, 2.0 / 3, 5.0 / 3, 0.16, 1.8};
        for (int i = 0; i < measures.length; i++) {
            assertEquals(measures[i], (Double) first.get(3 + i), 1e-12, table.columns().get(3 + i));
        }
        assertEquals(2, first.get(8));
        // {eggs} => {butter}: eggs always come with butter, confidence 1: an infinite conviction
        List<Object> certain = table.rows().stream().filter(r -> r.get(1).equals("{Eggs}")
                && r.get(2).equals("{Butter}")).findFirst().orElseThrow();
        assertEquals(1.25, (Double) certain.get(5), 1e-12);
        assertEquals("infinite", certain.get(7));
        List<Double> lifts = new ArrayList<>();
        table.rows().forEach(r -> lifts.add((Double) r.get(5)));
        for (int i = 1; i < lifts.size(); i++) {
            assertTrue(lifts.get(i) <= lifts.get(i - 1));
        }
    }

    @Test
    void theChartsAreDrawnFromTheStoredRun() {
        BasketRunRecord run = BasketFixture.planted();
        BasketRunItems items = items(EN);
        ReportItem.Chart frequency = (ReportItem.Chart) items.build(saved(run), run, "item-frequency");
        assertInstanceOf(CategoryPlot.class, frequency.chart().getPlot());
        assertTrue(frequency.title().startsWith("Item frequency, "), frequency.title());
        ReportItem.Chart scatter = (ReportItem.Chart) items.build(saved(run), run, "scatter");
        assertEquals(run.rules().size(), ((XYPlot) scatter.chart().getPlot()).getDataset().getItemCount(0));
        assertInstanceOf(RuleGraphPlot.class, ((ReportItem.Chart) items.build(saved(run), run, "graph")).chart()
                .getPlot());
        assertInstanceOf(GroupedMatrixPlot.class, ((ReportItem.Chart) items.build(saved(run), run, "grouped"))
                .chart().getPlot());
        ReportItem.Table rules = (ReportItem.Table) items.build(saved(run), run, "rules");
        assertTrue(rules.provenance().parameters().contains("algo=fpgrowth basis=file min_support=0.01 "
                + "min_confidence=0.3 min_length=1 max_length=10 max_consequent=1"), rules.provenance().parameters());
    }

    @Test
    void aReportOfEveryBasketItemIsWrittenInEveryFormatAndBothLanguages() throws Exception {
        Path dir = Path.of(System.getProperty("basket.report", "target/basket-report"));
        Files.createDirectories(dir);
        BasketRunRecord run = BasketFixture.planted();
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            Messages messages = new Messages(locale);
            BasketRunItems items = items(messages);
            List<ReportItem> built = items.entries().stream().map(e -> items.build(saved(run), run, e.key()))
                    .toList();
            Report report = new Report("Baskets", "", Instant.parse("2026-12-02T00:00:00Z"), "test", "fixture",
                    built);
            for (ReportFormat format : ReportFormat.values()) {
                Path file = dir.resolve("basket-" + locale.getLanguage() + "." + format.extension());
                new ReportExporter(messages).export(report, format, file, Progress.none());
                assertTrue(Files.size(file) > 1000, file.toString());
            }
        }
    }
}
