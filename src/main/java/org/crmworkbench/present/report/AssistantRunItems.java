package org.crmworkbench.present.report;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.crmworkbench.data.runs.AssistantRunStore;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.AssistantRunRecord;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.present.assistant.AssistantCharts;
import org.jfree.chart.JFreeChart;

/**
 * A saved evaluation of the service assistant: the figures (questions, answered correctly or wrongly, handed over,
 * accuracy, in-scope accuracy, out-of-scope recall, the fallback used and the knowledge base), the trade-off as the
 * threshold moves, the intents' precision and recall (chart and table), the confusion pairs (chart and table) and the
 * evaluated questions, wrong answers and hand-overs first; all drawn again from the stored run.
 */
final class AssistantRunItems extends StoredRunItems<AssistantRunRecord> {
    /** {@code analysis_runs.kind} of an assistant evaluation (the command line's name too). */
    static final String KIND = AssistantRunStore.KIND;
    /** Rows of the questions table at most. */
    static final int TABLE_QUESTIONS = 50;
    /** Rows of the confusions table at most. */
    static final int TABLE_CONFUSIONS = 50;
    /** The order outcomes are listed in the questions table: what went wrong first. */
    static final List<String> OUTCOME_ORDER = List.of("wrong", "handed-over", "oos-handed-over", "correct");
    private static final List<Entry> ENTRIES = List.of(new Entry("summary", false, true),
            new Entry("tradeoff", true, true), new Entry("intents", true, true), new Entry("confusion", true, true),
            new Entry("predictions", false, true), new Entry("intents-table", false, false),
            new Entry("confusions-table", false, false));

    /** Items of the runs {@code store} reads by id ({@link AssistantRunStore#find}). */
    AssistantRunItems(LongFunction<Optional<AssistantRunRecord>> store, Messages messages, DataSetWords dataSet) {
        super(KIND, ENTRIES, "assistant.report.item.", store, messages, dataSet);
    }

    @Override
    ReportItem build(SavedRun saved, AssistantRunRecord run, String key) {
        String source = source(run);
        Provenance provenance = provenance(saved, source, run.startedAt() == null ? null
                : run.startedAt().atZone(ZoneOffset.UTC).toLocalDate()).withParameters(settings(run));
        AssistantCharts charts = new AssistantCharts(messages);
        return switch (key) {
            case "summary" -> table(key, messages.get("assistant.report.summaryTitle", run.metrics().questions(),
                    source), provenance, summaryTable(run));
            case "tradeoff" -> titled(key, charts.tradeOff(run, run.threshold()), source, provenance);
            case "intents" -> titled(key, charts.intents(run), source, provenance);
            case "confusion" -> titled(key, charts.confusion(run), source, provenance);
            case "predictions" -> table(key, run.predictions().size() > TABLE_QUESTIONS
                    ? messages.get("assistant.report.predictionsTitle", TABLE_QUESTIONS, run.predictions().size(),
                    source) : messages.get("assistant.report.predictionsTitleAll", run.predictions().size(), source),
                    provenance, predictionsTable(run));
            case "intents-table" -> table(key, messages.get("assistant.report.intentsTitle",
                    run.intentScores().size(), source), provenance, intentsTable(run));
            case "confusions-table" -> table(key, run.confusions().size() > TABLE_CONFUSIONS
                    ? messages.get("assistant.report.confusionsTitle", TABLE_CONFUSIONS, run.confusions().size(),
                    source) : messages.get("assistant.report.confusionsTitleAll", run.confusions().size(), source),
                    provenance, confusionsTable(run));
            default -> throw new IllegalArgumentException(key);
        };
    }

    private ReportItem titled(String key, JFreeChart chart, String source, Provenance provenance) {
        String own = chart.getTitle() == null ? "" : chart.getTitle().getText();
        return chart(key, messages.get("assistant.report.titled", own, source), provenance, chart);
    }

    /**
     * What the run read, in words: the knowledge base (a file, or the one stored in this database) and the test file,
     * or that the figures are cross-validated on the knowledge base.
     */
    String source(AssistantRunRecord run) {
        String kb = run.knowledgeSource() == null || run.knowledgeSource().isBlank()
                || "database".equals(run.knowledgeSource())
                ? messages.get("assistant.report.storedKnowledge", dataSet.name()) : run.knowledgeSource();
        return run.testSource() == null || run.testSource().isBlank()
                ? messages.get("assistant.report.sourceCrossValidated", kb)
                : messages.get("assistant.report.sourceTested", kb, run.testSource());
    }

    /** The settings that reproduce the run, in one line, as the command line spells them. */
    static String settings(AssistantRunRecord run) {
        return "threshold=" + plain(run.threshold()) + " margin=" + plain(run.margin()) + " oos-label="
                + run.oosLabel() + (run.chosen() ? " (chosen on held-out examples)" : "");
    }

    /**
     * The figures: questions, in and out of scope, answered correctly, answered wrongly, handed over, out-of-scope
     * questions handed over, the three rates in percent, the fallback, the knowledge base and what was evaluated.
     */
    ReportTable summaryTable(AssistantRunRecord run) {
        AssistantRunRecord.Metrics m = run.metrics();
        List<List<Object>> rows = new ArrayList<>();
        row(rows, "questions", m.questions());
        row(rows, "inScope", m.inScope());
        row(rows, "outOfScope", m.outOfScope());
        row(rows, "answeredCorrectly", m.answeredCorrectly());
        row(rows, "answeredWrongly", m.answeredWrongly());
        row(rows, "handedOver", m.handedOver());
        row(rows, "oosHandedOver", m.oosHandedOver());
        row(rows, "accuracy", percent(m.accuracy()));
        row(rows, "inScopeAccuracy", percent(m.inScopeAccuracy()));
        row(rows, "oosRecall", percent(m.oosRecall()));
        row(rows, "threshold", cell(round(run.threshold(), 3)));
        row(rows, "margin", cell(round(run.margin(), 3)));
        row(rows, "fallback", messages.get(run.chosen() ? "assistant.report.fallbackChosen"
                : "assistant.report.fallbackGiven"));
        row(rows, "oosLabel", run.oosLabel());
        row(rows, "examples", run.examples());
        row(rows, "intents", run.intents());
        row(rows, "evaluatedOn", run.testSource() == null || run.testSource().isBlank()
                ? messages.get("assistant.report.crossValidated") : run.testSource());
        return new ReportTable(columns("figure", "value"), rows);
    }

    /**
     * The evaluated questions, at most {@link #TABLE_QUESTIONS}: answered wrongly first (most confident first), then
     * in-scope questions handed over (closest to being answered first), then out-of-scope questions handed over and
     * those answered correctly, in the order read. Outcome, question, expected intent, the intent answered (empty when
     * handed over), the closest intent's confidence (%) and the closest intents with theirs.
     */
    ReportTable predictionsTable(AssistantRunRecord run) {
        List<AssistantRunRecord.PredictionRow> sorted = new ArrayList<>(run.predictions());
        // a stable sort: the order read within equal keys
        sorted.sort(Comparator.comparingInt((AssistantRunRecord.PredictionRow p) -> rank(p.outcome()))
                .thenComparingDouble(p -> rank(p.outcome()) <= 1 ? -p.confidence() : 0));
        List<List<Object>> rows = new ArrayList<>();
        for (AssistantRunRecord.PredictionRow p : sorted.subList(0, Math.min(TABLE_QUESTIONS, sorted.size()))) {
            boolean answered = "correct".equals(p.outcome()) || "wrong".equals(p.outcome());
            rows.add(Arrays.asList(outcome(p.outcome()), p.question(), p.expected(), answered ? p.topIntent() : null,
                    cell(round(p.confidence() * 100, 1)), closest(p)));
        }
        return new ReportTable(columns("outcome", "question", "expected", "answered", "confidence", "closest"), rows);
    }

    /** Every intent, worst F1 first: test questions, questions answered with it, precision and recall (%), F1. */
    ReportTable intentsTable(AssistantRunRecord run) {
        List<List<Object>> rows = new ArrayList<>();
        for (AssistantRunRecord.IntentRow r : AssistantCharts.worstFirst(run.intentScores())) {
            rows.add(Arrays.asList(r.intent(), r.support(), r.predicted(), percent(r.precision()),
                    percent(r.recall()), cell(round(r.f1(), 3))));
        }
        return new ReportTable(columns("intent", "support", "predicted", "precision", "recall", "f1"), rows);
    }

    /**
     * The confusion pairs, most frequent first, at most {@link #TABLE_CONFUSIONS}: expected intent, the intent
     * answered, questions, and their share of the questions expecting that intent (%).
     */
    ReportTable confusionsTable(AssistantRunRecord run) {
        Map<String, Integer> support = new HashMap<>();
        for (AssistantRunRecord.IntentRow r : run.intentScores()) {
            support.put(r.intent(), r.support());
        }
        support.put(run.oosLabel(), run.metrics().outOfScope());
        List<List<Object>> rows = new ArrayList<>();
        List<AssistantRunRecord.ConfusionRow> sorted = AssistantCharts.mostFrequentFirst(run.confusions());
        for (AssistantRunRecord.ConfusionRow c : sorted.subList(0, Math.min(TABLE_CONFUSIONS, sorted.size()))) {
            Integer of = support.get(c.expected());
            rows.add(Arrays.asList(c.expected(), c.predicted(), c.count(),
                    of == null || of == 0 ? null : round(100.0 * c.count() / of, 1)));
        }
        return new ReportTable(columns("expected", "answered", "questions", "shareOfExpected"), rows);
    }

    /** "delivery_time 62% · returns 21% · warranty 4%". */
    private String closest(AssistantRunRecord.PredictionRow p) {
        List<String> parts = new ArrayList<>();
        if (p.topIntent() != null) {
            parts.add(messages.get("assistant.report.intentConfidence", p.topIntent(), p.confidence()));
        }
        if (p.secondIntent() != null) {
            parts.add(messages.get("assistant.report.intentConfidence", p.secondIntent(), p.secondConfidence()));
        }
        if (p.thirdIntent() != null) {
            parts.add(messages.get("assistant.report.intentConfidence", p.thirdIntent(), p.thirdConfidence()));
        }
        return String.join(" \u00b7 ", parts);
    }

    private String outcome(String code) {
        String key = "assistant.report.outcome." + code;
        return messages.has(key) ? messages.get(key) : code;
    }

    private static int rank(String outcome) {
        int i = OUTCOME_ORDER.indexOf(outcome);
        return i < 0 ? OUTCOME_ORDER.size() : i;
    }

    private void row(List<List<Object>> rows, String figure, Object value) {
        rows.add(Arrays.asList(messages.get("assistant.report.figure." + figure), value));
    }

    private List<String> columns(String... keys) {
        return Arrays.stream(keys).map(k -> messages.get("assistant.report.col." + k)).toList();
    }

    /** A share 0..1 as a percentage with one decimal, null when unknown. */
    private static Double percent(double share) {
        return Double.isFinite(share) ? round(share * 100, 1) : null;
    }

    /** A number as the command line takes it: '.' decimals, at most four, no trailing zeros. */
    private static String plain(double v) {
        if (!Double.isFinite(v)) {
            return "-";
        }
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4f", v)).stripTrailingZeros().toPlainString();
    }

    private static double round(double x, int decimals) {
        if (!Double.isFinite(x)) {
            return x;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(x * scale) / scale;
    }
}
