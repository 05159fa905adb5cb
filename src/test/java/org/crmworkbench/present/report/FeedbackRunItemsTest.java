package org.crmworkbench.present.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.runs.FeedbackRunStore;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.FeedbackRunRecord;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.present.feedback.FeedbackFixture;
import org.crmworkbench.present.feedback.FeedbackWords;
import org.crmworkbench.work.Progress;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The feedback kind of the report catalogue: its items built from a stored run (here the hand-made five-text record,
 * given to the items directly, as the run store would read it back) and written in every report format, into
 * {@code target/feedback-report} or the folder named by {@code -Dfeedback.report=DIR}, for a person to look at.
 * One test saves the run with the run store and reads its items back through the catalogue.
 */
class FeedbackRunItemsTest {
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

    private static SavedRun saved(FeedbackRunRecord run) {
        return new SavedRun(9, FeedbackRunItems.KIND, run.startedAt(), "test", null, "", "");
    }

    private FeedbackRunItems items(Messages messages, FeedbackRunRecord run) {
        return new FeedbackRunItems(id -> id == 9 ? Optional.of(run) : Optional.empty(), messages,
                new DataSetWords(db, messages));
    }

    @Test
    void theFeedbackKindIsRegisteredForTheCommandLineAndTheRunList() {
        assertTrue(ReportCatalogue.CLI_KINDS.contains("feedback"));
        assertEquals("feedback", ReportCatalogue.storedKind("feedback"));
        assertEquals("feedback", FeedbackRunItems.KIND);
        FeedbackRunItems items = items(EN, FeedbackFixture.smallRun());
        assertEquals(List.of("summary", "timeline", "labels-by-language", "channel", "aspects", "topics", "changes",
                "read-first", "product", "category", "region", "segment", "sales-rep", "topics-table", "keywords",
                "most-negative"), items.entries().stream().map(RunItems.Entry::key).toList());
        assertEquals(List.of("summary", "timeline", "labels-by-language", "channel", "aspects", "topics", "changes",
                "read-first"), items.entries().stream().filter(RunItems.Entry::byDefault).map(RunItems.Entry::key)
                .toList());
        for (RunItems.Entry e : items.entries()) {
            assertFalse(items.label(e.key()).startsWith("!"), e.key());
            assertFalse(items(ZH, FeedbackFixture.smallRun()).label(e.key()).startsWith("!"), e.key());
        }
        assertEquals("Read first: negative feedback of high-value or at-risk customers (table)",
                items.label("read-first"));
        assertEquals("Feedback", EN.get("reports.kind.feedback"));
        assertEquals("客户反馈", ZH.get("reports.kind.feedback"));
        // the run list's summary line, from the arguments the store saves
        assertEquals("5 texts: 2 positive, 1 neutral, 2 negative", new FeedbackWords(EN)
                .summary(FeedbackFixture.smallRun()));
        assertEquals(List.of(5, 2, 1, 2), Arrays.asList(FeedbackWords.summaryArguments(FeedbackFixture.smallRun())));
    }

    @Test
    void aSavedRunIsListedAndGivesItsItemsThroughTheCatalogue() {
        long runId = new FeedbackRunStore(db).save(FeedbackFixture.smallRun()).id();
        ReportCatalogue catalogue = new ReportCatalogue(db, EN);
        SavedRun latest = catalogue.latest("feedback").orElseThrow();
        assertEquals(runId, latest.id());
        assertEquals("5 条文本：正面 2 条，中性 1 条，负面 2 条", ZH.get(latest.summaryKey(),
                latest.summaryArgs().stream().map(Long::parseLong).toArray()));
        assertEquals(List.of("summary", "timeline", "labels-by-language", "channel", "aspects", "topics", "changes",
                "read-first"), catalogue.defaultItems(runId).stream().map(ItemChoice::key).toList());
        for (ItemChoice choice : catalogue.items(runId)) {
            assertEquals(choice.key(), catalogue.build(runId, choice.key(), Progress.none()).key());
        }
        ReportTable readFirst = ((ReportItem.Table) catalogue.build(runId, "read-first", Progress.none())).table();
        assertEquals("C1", readFirst.rows().get(0).get(1));
        ReportItem.Chart timeline = (ReportItem.Chart) catalogue.build(runId, "timeline", Progress.none());
        assertEquals(2, ((CategoryPlot) timeline.chart().getPlot()).getDataset(0).getColumnCount());
    }

    @Test
    void theSummaryTableGivesAllTextsThenEachLanguage() {
        ReportTable table = items(EN, FeedbackFixture.smallRun()).summaryTable(FeedbackFixture.smallRun());
        assertEquals(List.of("Texts of", "Texts", "Positive", "Neutral", "Negative", "Positive (%)", "Negative (%)",
                "Mean score"), table.columns());
        // mean (0.8 - 0.7 + 0 - 0.9 + 0.4) / 5 = -0.08; English (0.8 + 0 - 0.9) / 3 = -0.0333; Chinese -0.15
        assertEquals(List.of("All languages", 5, 2, 1, 2, 40.0, 40.0, -0.08), table.rows().get(0));
        assertEquals(List.of("English", 3, 1, 1, 1, 33.3, 33.3, -0.033), table.rows().get(1));
        assertEquals(List.of("Chinese", 2, 1, 0, 1, 50.0, 50.0, -0.15), table.rows().get(2));
        assertEquals(3, table.rows().size());
    }

    @Test
    void theTextTablesPutTheMostNegativeFirst() {
        FeedbackRunRecord run = FeedbackFixture.smallRun();
        FeedbackRunItems items = items(EN, run);
        ReportTable readFirst = items.readFirstTable(run);
        assertEquals(List.of(Arrays.asList("High value", "C1", "2026-02-10", "Online", null, -0.9,
                "Terrible service, never again!")), readFirst.rows());
        ReportTable negative = items.mostNegativeTable(run);
        assertEquals(List.of(-0.9, -0.7), negative.rows().stream().map(r -> r.get(0)).toList());
        assertEquals("差, 慢", negative.rows().get(1).get(5));
        assertEquals("Chinese", negative.rows().get(1).get(1));
        assertEquals(List.of(Arrays.asList("English", "service", 0.0, 50.0, 50.0, 1, 100.0)),
                items.changesTable(run).rows());
        assertEquals(List.of("English", 2, "price · service", 2, 0, 1, 1, -0.45), items.topicsTable(run).rows()
                .get(1));
        assertEquals(List.of("English", "Negative", 1, "terrible", 1.0, 1), items.keywordsTable(run).rows().get(2));
        assertEquals(List.of("English", "All texts", 2, "nuts", 0.75, 1), items.keywordsTable(run).rows().get(1));
        assertEquals(List.of("高价值", "C1", "2026-02-10", "线上"), items(ZH, run).readFirstTable(run).rows()
                .get(0).subList(0, 4));
    }

    @Test
    void theItemsAreBuiltFromTheStoredRun() {
        FeedbackRunRecord run = FeedbackFixture.smallRun();
        FeedbackRunItems items = items(EN, run);
        ReportItem.Table summary = (ReportItem.Table) items.build(saved(run), "summary", Progress.none());
        assertTrue(summary.title().startsWith("Sentiment of 5 texts, 2026-01-05 to 2026-02-10, "), summary.title());
        assertEquals("lang=auto period=month topics=0", summary.provenance().parameters());
        ReportItem.Chart timeline = (ReportItem.Chart) items.build(saved(run), run, "timeline");
        assertTrue(timeline.title().startsWith("Sentiment and volume over time, "), timeline.title());
        assertEquals(2, assertInstanceOf(CategoryPlot.class, timeline.chart().getPlot()).getDataset(0)
                .getColumnCount());
        ReportItem.Chart language = (ReportItem.Chart) items.build(saved(run), run, "labels-by-language");
        assertEquals(List.of("English (3)", "Chinese (2)"), ((CategoryPlot) language.chart().getPlot()).getDataset()
                .getColumnKeys());
        ReportItem.Chart product = (ReportItem.Chart) items.build(saved(run), run, "product");
        assertEquals(0, ((CategoryPlot) product.chart().getPlot()).getDataset().getColumnCount(),
                "a dimension the run lacks is an empty chart with its no-data message");
    }

    @Test
    void aReportOfEveryFeedbackItemIsWrittenInEveryFormatAndBothLanguages() throws Exception {
        Path dir = Path.of(System.getProperty("feedback.report", "target/feedback-report"));
        Files.createDirectories(dir);
        for (FeedbackRunRecord run : List.of(FeedbackFixture.smallRun(), FeedbackFixture.sampleLike())) {
            String name = run.texts().size() == 5 ? "small" : "sample";
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
                Messages messages = new Messages(locale);
                FeedbackRunItems items = items(messages, run);
                List<ReportItem> built = items.entries().stream().map(e -> items.build(saved(run), run, e.key()))
                        .toList();
                Report report = new Report("Feedback", "", Instant.parse("2026-12-07T00:00:00Z"), "test",
                        "fixture", built);
                for (ReportFormat format : ReportFormat.values()) {
                    Path file = dir.resolve("feedback-" + name + "-" + locale.getLanguage() + "."
                            + format.extension());
                    new ReportExporter(messages).export(report, format, file, Progress.none());
                    assertTrue(Files.size(file) > 1000, file.toString());
                }
            }
        }
    }
}
