package org.crmworkbench.present.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.AssistantRunRecord;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.present.assistant.AssistantFixture;
import org.crmworkbench.work.Progress;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The assistant kind of the report catalogue: its items built from a stored run (the hand-made seven-question record
 * and the sample-like one, given to the items directly, as the run store would read them back) and written in every
 * report format, into {@code target/assistant-report} or the folder named by {@code -Dassistant.report=DIR}, for a
 * person to look at.
 */
class AssistantRunItemsTest {
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

    private static SavedRun saved(AssistantRunRecord run) {
        return new SavedRun(9, AssistantRunItems.KIND, run.startedAt(), "test", null, "", "");
    }

    private AssistantRunItems items(Messages messages, AssistantRunRecord run) {
        return new AssistantRunItems(id -> id == 9 ? Optional.of(run) : Optional.empty(), messages,
                new DataSetWords(db, messages));
    }

    @Test
    void theAssistantKindIsRegisteredForTheCommandLineAndTheRunList() throws Exception {
        assertTrue(ReportCatalogue.CLI_KINDS.contains("assistant"));
        assertEquals("assistant", ReportCatalogue.storedKind("assistant"));
        assertEquals("assistant", AssistantRunItems.KIND);
        AssistantRunItems items = items(EN, AssistantFixture.smallRun());
        assertEquals(List.of("summary", "tradeoff", "intents", "confusion", "predictions", "intents-table",
                "confusions-table"), items.entries().stream().map(RunItems.Entry::key).toList());
        assertEquals(List.of("summary", "tradeoff", "intents", "confusion", "predictions"), items.entries().stream()
                .filter(RunItems.Entry::byDefault).map(RunItems.Entry::key).toList());
        AssistantRunItems chinese = items(ZH, AssistantFixture.smallRun());
        for (RunItems.Entry e : items.entries()) {
            assertFalse(items.label(e.key()).startsWith("!"), e.key());
            assertFalse(chinese.label(e.key()).startsWith("!"), e.key());
        }
        assertEquals("Intents confused most (chart)", items.label("confusion"));
        assertEquals("Service assistant", EN.get("reports.kind.assistant"));
        assertEquals("客服助手", ZH.get("reports.kind.assistant"));

        // a run listed in analysis_runs gives its items through the catalogue (the store reads it only to build one)
        long runId;
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement("INSERT INTO analysis_runs "
                + "(kind, parameters, seed, app_version, started_at, status, summary) VALUES "
                + "('assistant', 'threshold=0.4', NULL, 'test', ?, 'done', '')", Statement.RETURN_GENERATED_KEYS)) {
            s.setTimestamp(1, Timestamp.from(AssistantFixture.STARTED));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                runId = keys.getLong(1);
            }
        }
        ReportCatalogue catalogue = new ReportCatalogue(db, EN);
        assertEquals(runId, catalogue.latest("assistant").orElseThrow().id());
        assertEquals(List.of("summary", "tradeoff", "intents", "confusion", "predictions"),
                catalogue.defaultItems(runId).stream().map(ItemChoice::key).toList());
        assertEquals(7, catalogue.items(runId).size());
        assertEquals("Precision and recall per intent (chart)", catalogue.items(runId).get(2).label());
        assertTrue(catalogue.items(runId).get(2).chart());
    }

    @Test
    void theRunsSummaryLineGivesTheThreeRatesAndTheThreshold() {
        assertEquals("accuracy 57.1%, in scope 50.0%, out-of-scope recall 66.7%; threshold 0.40",
                EN.get("assistant.run.summary", 4.0 / 7, 0.5, 2.0 / 3, 0.4));
        assertEquals("accuracy 50.0%, in scope 50.0%, out-of-scope recall n/a; threshold 0.35",
                EN.get("assistant.run.summary", 0.5, 0.5, Double.NaN, 0.35), "no out-of-scope questions");
        assertEquals("准确率 57.1%，范围内准确率 50.0%，范围外召回率 无；阈值 0.40",
                ZH.get("assistant.run.summary", 4.0 / 7, 0.5, Double.NaN, 0.4));
    }

    @Test
    void theSummaryTableGivesTheFiguresTheFallbackAndWhatWasEvaluated() {
        AssistantRunRecord run = AssistantFixture.smallRun();
        ReportTable table = items(EN, run).summaryTable(run);
        assertEquals(List.of("Figure", "Value"), table.columns());
        assertEquals(List.of(
                Arrays.asList("Questions evaluated", 7), Arrays.asList("In scope", 4), Arrays.asList("Out of scope", 3),
                Arrays.asList("Answered correctly", 2), Arrays.asList("Answered wrongly", 2),
                Arrays.asList("Handed over", 3), Arrays.asList("Out-of-scope questions handed over", 2),
                Arrays.asList("Accuracy, out of scope as one more class (%)", 57.1),
                Arrays.asList("In-scope accuracy (%)", 50.0), Arrays.asList("Out-of-scope recall (%)", 66.7),
                Arrays.asList("Confidence threshold", 0.4), Arrays.asList("Ambiguity margin", 0.05),
                Arrays.asList("Threshold and margin", "chosen on held-out examples"),
                Arrays.asList("Out-of-scope label", "out_of_scope"),
                Arrays.asList("Examples in the knowledge base", 12), Arrays.asList("Intents in the knowledge base", 3),
                Arrays.asList("Evaluated on", "shop-test.csv")), table.rows());
        ReportTable crossValidated = items(ZH, AssistantFixture.sampleLike()).summaryTable(
                AssistantFixture.sampleLike());
        assertEquals(Arrays.asList("评估数据", "知识库本身（交叉验证）"), crossValidated.rows().get(16));
    }

    @Test
    void theQuestionsTablePutsWrongAnswersThenHandOversFirst() {
        AssistantRunRecord run = AssistantFixture.smallRun();
        ReportTable table = items(EN, run).predictionsTable(run);
        assertEquals(List.of("Outcome", "Question", "Expected intent", "Intent answered", "Confidence (%)",
                "Closest intents"), table.columns());
        // wrong (most confident first), in-scope handed over, out of scope handed over, correct; else as read
        assertEquals(List.of("how long is shipping", "tell me a joke, \"please\"", "is it covered",
                "what is the weather", "今天天气怎么样", "where is my parcel", "can I send it back"),
                table.rows().stream().map(r -> r.get(1)).toList());
        assertEquals(Arrays.asList("Answered wrongly", "how long is shipping", "delivery", "returns", 61.0,
                "returns 61% \u00b7 delivery 20% \u00b7 warranty 10%"), table.rows().get(0));
        assertEquals(Arrays.asList("Handed over", "is it covered", "warranty", null, 48.0,
                "returns 48% \u00b7 warranty 45% \u00b7 delivery 2%"), table.rows().get(2));
        assertEquals(Arrays.asList("Out of scope, handed over", "今天天气怎么样", "out_of_scope", null, 90.0,
                "out_of_scope 90%"), table.rows().get(4));
        assertEquals("回答错误", items(ZH, run).predictionsTable(run).rows().get(0).get(0));
        AssistantRunRecord sample = AssistantFixture.sampleLike();
        ReportTable capped = items(EN, sample).predictionsTable(sample);
        assertEquals(AssistantRunItems.TABLE_QUESTIONS, capped.rows().size());
        long wrong = sample.predictions().stream().filter(p -> p.outcome().equals("wrong")).count();
        assertTrue(wrong >= 50, "the sample has more wrong answers than the table shows");
        assertTrue(capped.rows().stream().allMatch(r -> r.get(0).equals("Answered wrongly")));
    }

    @Test
    void theIntentAndConfusionTablesPutTheWorstFirst() {
        AssistantRunRecord run = AssistantFixture.smallRun();
        AssistantRunItems items = items(EN, run);
        ReportTable intents = items.intentsTable(run);
        assertEquals(List.of("Intent", "Test questions", "Answered with it", "Precision (%)", "Recall (%)", "F1"),
                intents.columns());
        assertEquals(List.of(Arrays.asList("warranty", 1, 0, null, 0.0, null),
                Arrays.asList("delivery", 2, 2, 50.0, 50.0, 0.5), Arrays.asList("returns", 1, 2, 50.0, 100.0, 0.667)),
                intents.rows());
        ReportTable confusions = items.confusionsTable(run);
        // share of the expected intent's questions: 1 of delivery's 2; 1 of the 3 out-of-scope questions
        assertEquals(List.of(Arrays.asList("delivery", "returns", 1, 50.0),
                Arrays.asList("out_of_scope", "delivery", 1, 33.3)), confusions.rows());
        AssistantRunRecord sample = AssistantFixture.sampleLike();
        assertEquals(Math.min(AssistantRunItems.TABLE_CONFUSIONS, sample.confusions().size()),
                items(EN, sample).confusionsTable(sample).rows().size());
        assertEquals(40, items(EN, sample).intentsTable(sample).rows().size());
    }

    @Test
    void theItemsAreBuiltFromTheStoredRunWithTheirSourceAndSettings() {
        AssistantRunRecord run = AssistantFixture.smallRun();
        AssistantRunItems items = items(EN, run);
        ReportItem.Table summary = (ReportItem.Table) items.build(saved(run), "summary", Progress.none());
        assertEquals("Service assistant on 7 questions, shop-kb.csv, tested on shop-test.csv", summary.title());
        assertEquals("threshold=0.4 margin=0.05 oos-label=out_of_scope (chosen on held-out examples)",
                summary.provenance().parameters());
        assertEquals("shop-kb.csv, tested on shop-test.csv", summary.provenance().dataSet());
        assertEquals(java.time.LocalDate.of(2026, 12, 7), summary.provenance().dataAsOf());
        ReportItem.Chart tradeoff = (ReportItem.Chart) items.build(saved(run), run, "tradeoff");
        assertEquals("Answered, handed over and wrong as the threshold moves, shop-kb.csv, tested on shop-test.csv",
                tradeoff.title());
        assertEquals(0.4, ((org.jfree.chart.plot.ValueMarker) ((XYPlot) tradeoff.chart().getPlot())
                .getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next()).getValue(), 0);
        assertEquals("7 questions, answered wrongly or handed over first, shop-kb.csv, tested on shop-test.csv",
                items.build(saved(run), run, "predictions").title());
        assertEquals("2 confusion pairs, most frequent first, shop-kb.csv, tested on shop-test.csv",
                items.build(saved(run), run, "confusions-table").title());
        ReportItem.Chart confusion = (ReportItem.Chart) items.build(saved(run), run, "confusion");
        assertEquals(2, ((CategoryPlot) confusion.chart().getPlot()).getDataset().getColumnCount());
        AssistantRunRecord sample = AssistantFixture.sampleLike();
        String source = items(EN, sample).source(sample);
        assertTrue(source.startsWith("the knowledge base stored in ") && source.endsWith(", cross-validated"),
                source);
        assertEquals("Questions answered wrongly or handed over first (50 of 600), " + source,
                items(EN, sample).build(saved(sample), sample, "predictions").title());
        assertTrue(items(ZH, sample).source(sample).endsWith("中保存的知识库，交叉验证"));
    }

    @Test
    void aReportOfEveryAssistantItemIsWrittenInEveryFormatAndBothLanguages() throws Exception {
        Path dir = Path.of(System.getProperty("assistant.report", "target/assistant-report"));
        Files.createDirectories(dir);
        for (AssistantRunRecord run : List.of(AssistantFixture.smallRun(), AssistantFixture.sampleLike())) {
            String name = run.predictions().size() == 7 ? "small" : "sample";
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
                Messages messages = new Messages(locale);
                AssistantRunItems items = items(messages, run);
                List<ReportItem> built = items.entries().stream().map(e -> items.build(saved(run), run, e.key()))
                        .toList();
                Report report = new Report(messages.get("reports.kind.assistant"), "",
                        Instant.parse("2026-12-07T00:00:00Z"), "test", "fixture", built);
                for (ReportFormat format : ReportFormat.values()) {
                    Path file = dir.resolve("assistant-" + name + "-" + locale.getLanguage() + "."
                            + format.extension());
                    new ReportExporter(messages).export(report, format, file, Progress.none());
                    assertTrue(Files.size(file) > 1000, file.toString());
                }
            }
        }
    }
}
