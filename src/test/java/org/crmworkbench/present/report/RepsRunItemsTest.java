package org.crmworkbench.present.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crmworkbench.analysis.sales.RandomInterceptFit;
import org.crmworkbench.analysis.sales.RankShift;
import org.crmworkbench.analysis.sales.RepEffect;
import org.crmworkbench.analysis.sales.RepSettings;
import org.crmworkbench.analysis.sales.SalesTeamResult;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.runs.RepsRunStore;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.RepOrder;
import org.crmworkbench.model.RepOrders;
import org.crmworkbench.model.RepsRunRecord;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.present.sales.RepsRecords;
import org.crmworkbench.work.Progress;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.crmworkbench.present.PersonalDataPolicy;
import org.junit.jupiter.api.Test;

/**
 * The reps kind of the report catalogue: its items built from a stored run (here a hand-made record, given to the
 * items directly, as the run store would read it back) and written in every report format, into
 * {@code target/reps-report} or the folder named by {@code -Dreps.report=DIR}, for a person to look at.
 */
class RepsRunItemsTest {
    private static final Messages EN = new Messages(Locale.ENGLISH);
    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);
    private Database db;

    @BeforeEach
    void open() {
        db = Database.inMemory();
    }

    @AfterEach
    void close() {
        db.close();
    }

    /**
     * Three reps: Ada Lee sells most in the richest territory but is the weakest once it is accounted for, Bo Chen
     * the reverse, R003 in between both ways.
     */
    static RepsRunRecord run() {
        List<RepEffect> effects = List.of(
                new RepEffect("R002", "Bo Chen", "SE Asia", 3, 150, 0.25, 0.125, 0.375, 3, 1),
                new RepEffect("R003", "R003", "Europe", 5, 500, 0.0625, -0.0625, 0.1875, 2, 2),
                new RepEffect("R001", "Ada Lee", "North America", 6, 2000.5, -0.3125, -0.5, -0.125, 1, 3));
        RandomInterceptFit fit = new RandomInterceptFit(new double[] {5.5}, new double[] {0.125}, 0.25, 0.75,
                123.456, new double[] {-0.3125, 0.25, 0.0625}, new double[] {0.1, 0.06, 0.06}, new int[] {6, 3, 5},
                14);
        SalesTeamResult result = new SalesTeamResult(RepSettings.defaults(), List.of(), effects, fit,
                List.of("(intercept)"), List.of(new RankShift("R002", "Bo Chen", 3, 1, 3),
                new RankShift("R001", "Ada Lee", 1, 3, 3)), List.of());
        RepOrders orders = new RepOrders("fixture.csv", List.of("region", "channel"), List.of(new RepOrder("o1",
                "R001", "c1", LocalDate.of(2026, 1, 5), 200, List.of("North America", "store"))),
                Map.of("R001", "Ada Lee", "R002", "Bo Chen"), Map.of());
        return new RepsRecords().of(result, orders, Instant.parse("2026-12-07T08:00:00Z"), "test");
    }

    private static SavedRun saved(RepsRunRecord run) {
        return new SavedRun(7, RepsRunItems.KIND, run.startedAt(), "test", null, "", "");
    }

    private RepsRunItems items(Messages messages) {
        return new RepsRunItems(id -> id == 7 ? Optional.of(run()) : Optional.empty(), messages,
                new DataSetWords(db, messages));
    }

    @Test
    void theRepsKindIsRegisteredForTheCommandLine() {
        assertTrue(ReportCatalogue.CLI_KINDS.contains("reps"));
        assertEquals("reps", ReportCatalogue.storedKind("reps"));
        RepsRunItems items = items(EN);
        assertEquals(List.of("league", "caterpillar", "ranks"), items.entries().stream().map(RunItems.Entry::key)
                .toList());
        assertTrue(items.entries().stream().allMatch(RunItems.Entry::byDefault));
        assertEquals("League table, raw and adjusted (table)", items.label("league"));
        assertEquals("排名表：原始与调整后（表）", items(ZH).label("league"));
        assertEquals("Sales team", EN.get("reports.kind.reps"));
        assertEquals("销售团队", ZH.get("reports.kind.reps"));
    }

    @Test
    void aSavedRunGivesItsItemsThroughTheCatalogue() {
        long runId = new RepsRunStore(db).save(run()).id();
        ReportCatalogue catalogue = new ReportCatalogue(db, EN);
        assertEquals(runId, catalogue.latest("reps").orElseThrow().id());
        assertEquals(List.of("league", "caterpillar", "ranks"), catalogue.defaultItems(runId).stream()
                .map(ItemChoice::key).toList());
        ReportTable league = ((ReportItem.Table) catalogue.build(runId, "league", Progress.none())).table();
        // reports mask people by default: a rep's initials only
        assertEquals(List.of("R002 B. C.", "R003", "R001 A. L."), league.rows().stream().map(r -> r.get(0))
                .toList());
        ReportTable named = ((ReportItem.Table) new ReportCatalogue(db, EN, PersonalDataPolicy.withNames())
                .build(runId, "league", Progress.none())).table();
        assertEquals(List.of("R002 Bo Chen", "R003", "R001 Ada Lee"), named.rows().stream().map(r -> r.get(0))
                .toList());
        PersonalDataPolicy keyed = PersonalDataPolicy.pseudonymized(new byte[16]);
        ReportTable pseudonyms = ((ReportItem.Table) new ReportCatalogue(db, EN, keyed)
                .build(runId, "league", Progress.none())).table();
        assertEquals(List.of(keyed.pseudonym("R002"), keyed.pseudonym("R003"), keyed.pseudonym("R001")),
                pseudonyms.rows().stream().map(r -> r.get(0)).toList());
        ReportItem.Chart ranks = (ReportItem.Chart) catalogue.build(runId, "ranks", Progress.none());
        assertEquals(3, ((XYPlot) ranks.chart().getPlot()).getDataset().getSeriesCount());
    }

    @Test
    void theLeagueTableListsRepsBestAdjustedRankFirstWithBothRanks() {
        ReportTable table = items(EN).leagueTable(run());
        assertEquals(List.of("Rep", "Region", "Raw value (revenue)", "Raw rank", "Adjusted effect", "95% interval",
                "Adjusted rank"), table.columns());
        assertEquals(List.of("R002 B. C.", "SE Asia", 150.0, 3, 0.25, "0.125 to 0.375", 1), table.rows().get(0));
        // three decimals, halves to even as DecimalFormat rounds: -0.0625 reads -0.062, 0.1875 reads 0.188
        assertEquals(List.of("R003", "Europe", 500.0, 2, 0.0625, "-0.062 to 0.188", 2), table.rows().get(1));
        assertEquals(List.of("R001 A. L.", "North America", 2000.5, 1, -0.3125, "-0.500 to -0.125", 3),
                table.rows().get(2));
        assertEquals("0.125 至 0.375", items(ZH).leagueTable(run()).rows().get(0).get(5));
    }

    @Test
    void theItemsAreBuiltFromTheStoredRun() {
        RepsRunRecord run = run();
        RepsRunItems items = items(EN);
        ReportItem.Table league = (ReportItem.Table) items.build(saved(run), "league", Progress.none());
        assertEquals(3, league.table().rows().size());
        assertTrue(league.title().startsWith("League table of 3 reps, "), league.title());
        assertEquals("outcome=order-value adjust_for=region,channel season=true period=quarter churn_window=180",
                league.provenance().parameters());
        ReportItem.Chart caterpillar = (ReportItem.Chart) items.build(saved(run), run, "caterpillar");
        assertEquals(List.of("R001 A. L.", "R003", "R002 B. C."), List.of(((SymbolAxis) ((XYPlot) caterpillar
                .chart().getPlot()).getDomainAxis()).getSymbols()));
        assertTrue(caterpillar.title().startsWith("Each rep's own effect on order value"), caterpillar.title());
        ReportItem.Chart ranks = (ReportItem.Chart) items.build(saved(run), run, "ranks");
        assertEquals(3, assertInstanceOf(XYPlot.class, ranks.chart().getPlot()).getDataset().getSeriesCount());
    }

    @Test
    void aReportOfEveryRepsItemIsWrittenInEveryFormatAndBothLanguages() throws Exception {
        Path dir = Path.of(System.getProperty("reps.report", "target/reps-report"));
        Files.createDirectories(dir);
        RepsRunRecord run = run();
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            Messages messages = new Messages(locale);
            RepsRunItems items = items(messages);
            List<ReportItem> built = items.entries().stream().map(e -> items.build(saved(run), run, e.key()))
                    .toList();
            Report report = new Report("Sales team", "", Instant.parse("2026-12-07T00:00:00Z"), "test", "fixture",
                    built);
            for (ReportFormat format : ReportFormat.values()) {
                Path file = dir.resolve("reps-" + locale.getLanguage() + "." + format.extension());
                new ReportExporter(messages).export(report, format, file, Progress.none());
                assertTrue(Files.size(file) > 1000, file.toString());
            }
        }
    }
}
