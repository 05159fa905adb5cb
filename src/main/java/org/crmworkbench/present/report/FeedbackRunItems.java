package org.crmworkbench.present.report;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.crmworkbench.data.runs.FeedbackRunStore;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.model.FeedbackRunRecord;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.present.feedback.FeedbackCharts;
import org.crmworkbench.present.feedback.FeedbackWords;
import org.jfree.chart.JFreeChart;

/**
 * A saved feedback analysis: the summary (texts, labels and mean score overall and per language), the timeline, the
 * breakdowns, the aspects, the topics (chart and table), the keywords, what changed, the read-first list (negative
 * texts of high-value or at-risk customers) and the most negative texts; all drawn again from the stored run.
 */
final class FeedbackRunItems extends StoredRunItems<FeedbackRunRecord> {
    /** {@code analysis_runs.kind} of a feedback analysis (the command line's name too). */
    static final String KIND = FeedbackRunStore.KIND;
    /** Rows of the read-first and most-negative tables at most. */
    static final int TABLE_TEXTS = 25;
    /** Keywords per language and group in the keywords table at most. */
    static final int TABLE_KEYWORDS = 10;
    private static final List<Entry> ENTRIES = List.of(new Entry("summary", false, true),
            new Entry("timeline", true, true), new Entry("labels-by-language", true, true),
            new Entry("channel", true, true), new Entry("aspects", true, true), new Entry("topics", true, true),
            new Entry("changes", false, true), new Entry("read-first", false, true),
            new Entry("product", true, false), new Entry("category", true, false), new Entry("region", true, false),
            new Entry("segment", true, false), new Entry("sales-rep", true, false),
            new Entry("topics-table", false, false), new Entry("keywords", false, false),
            new Entry("most-negative", false, false));

    /** Items of the runs {@code store} reads by id ({@link FeedbackRunStore#find}). */
    FeedbackRunItems(LongFunction<Optional<FeedbackRunRecord>> store, Messages messages, DataSetWords dataSet) {
        this(store, messages, dataSet, PersonalDataPolicy.masked());
    }

    /** As above, sales reps and customer ids shown as {@code people} says. */
    FeedbackRunItems(LongFunction<Optional<FeedbackRunRecord>> store, Messages messages, DataSetWords dataSet,
                     PersonalDataPolicy people) {
        super(KIND, ENTRIES, "feedback.report.item.", store, messages, dataSet, people);
    }

    @Override
    ReportItem build(SavedRun saved, FeedbackRunRecord run, String key) {
        String source = dataSet.of(run.dataSource(), run.startedAt());
        Provenance provenance = provenance(saved, source, run.startedAt() == null ? null
                : run.startedAt().atZone(ZoneOffset.UTC).toLocalDate()).withParameters(settings(run));
        String name = dataSet.shortName(source);
        FeedbackCharts charts = new FeedbackCharts(messages, people);
        return switch (key) {
            case "summary" -> table(key, messages.get("feedback.report.summaryTitle", run.texts().size(),
                    span(run), name), provenance, summaryTable(run));
            case "timeline" -> titled(key, charts.timeline(run), name, provenance);
            case "labels-by-language" -> titled(key, charts.breakdown(run, "language"), name, provenance);
            case "channel", "product", "category", "region", "segment", "sales-rep" ->
                    titled(key, charts.breakdown(run, key), name, provenance);
            case "aspects" -> titled(key, charts.aspects(run), name, provenance);
            case "topics" -> titled(key, charts.topics(run), name, provenance);
            case "topics-table" -> table(key, messages.get("feedback.report.topicsTitle", run.topics().size(), name),
                    provenance, topicsTable(run));
            case "keywords" -> table(key, messages.get("feedback.report.keywordsTitle", name), provenance,
                    keywordsTable(run));
            case "changes" -> table(key, messages.get("feedback.report.changesTitle", run.changes().size(), name),
                    provenance, changesTable(run));
            case "read-first" -> table(key, messages.get("feedback.report.readFirstTitle", name), provenance,
                    readFirstTable(run));
            case "most-negative" -> table(key, messages.get("feedback.report.mostNegativeTitle", name), provenance,
                    mostNegativeTable(run));
            default -> throw new IllegalArgumentException(key);
        };
    }

    private ReportItem titled(String key, JFreeChart chart, String name, Provenance provenance) {
        String own = chart.getTitle() == null ? "" : chart.getTitle().getText();
        return chart(key, messages.get("feedback.report.titled", own, name), provenance, chart);
    }

    /** The settings that reproduce the run, in one line, as the command line spells them. */
    static String settings(FeedbackRunRecord run) {
        return "lang=" + run.language() + " period=" + run.period() + " topics=" + run.topicsAsked();
    }

    /** "2023-10-02 to 2026-09-30", or "no dates" when no text has a time. */
    String span(FeedbackRunRecord run) {
        LocalDateTime first = null;
        LocalDateTime last = null;
        for (FeedbackRunRecord.TextRow t : run.texts()) {
            if (t.writtenAt() != null) {
                first = first == null || t.writtenAt().isBefore(first) ? t.writtenAt() : first;
                last = last == null || t.writtenAt().isAfter(last) ? t.writtenAt() : last;
            }
        }
        return first == null ? messages.get("feedback.report.noDates")
                : messages.get("feedback.report.span", first.toLocalDate().toString(), last.toLocalDate().toString());
    }

    /** All texts, then each language: texts, the three labels, positive and negative share (%), mean score. */
    ReportTable summaryTable(FeedbackRunRecord run) {
        FeedbackWords words = new FeedbackWords(messages);
        Map<String, List<FeedbackRunRecord.TextRow>> groups = new LinkedHashMap<>();
        groups.put(null, run.texts());
        for (String language : List.of("en", "zh", "other")) {
            List<FeedbackRunRecord.TextRow> of = run.texts().stream().filter(t -> language.equals(t.language()))
                    .toList();
            if (!of.isEmpty()) {
                groups.put(language, of);
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<String, List<FeedbackRunRecord.TextRow>> g : groups.entrySet()) {
            int positive = 0;
            int neutral = 0;
            int negative = 0;
            double sum = 0;
            for (FeedbackRunRecord.TextRow t : g.getValue()) {
                sum += t.score();
                switch (t.label()) {
                    case "positive" -> positive++;
                    case "negative" -> negative++;
                    default -> neutral++;
                }
            }
            int n = g.getValue().size();
            rows.add(Arrays.asList(words.language(g.getKey()), n, positive, neutral, negative,
                    percent(positive, n), percent(negative, n), n == 0 ? null : round(sum / n, 3)));
        }
        return new ReportTable(columns("group", "texts", "positive", "neutral", "negative", "positiveShare",
                "negativeShare", "meanScore"), rows);
    }

    /** The topics in the run's order: language, number, top terms, texts, the labels and the mean score. */
    ReportTable topicsTable(FeedbackRunRecord run) {
        FeedbackWords words = new FeedbackWords(messages);
        List<List<Object>> rows = new ArrayList<>();
        for (FeedbackRunRecord.TopicRow t : run.topics()) {
            FeedbackRunRecord.Counts c = t.counts();
            rows.add(Arrays.asList(words.language(t.language()), t.number(), String.join(" · ", t.terms()),
                    c.total(), c.positive(), c.neutral(), c.negative(), cell(round(c.meanScore(), 3))));
        }
        return new ReportTable(columns("language", "topic", "terms", "texts", "positive", "neutral", "negative",
                "meanScore"), rows);
    }

    /** The {@link #TABLE_KEYWORDS} strongest keywords of each language and group (all texts, then each label). */
    ReportTable keywordsTable(FeedbackRunRecord run) {
        FeedbackWords words = new FeedbackWords(messages);
        Map<String, Integer> ranks = new java.util.HashMap<>();
        List<List<Object>> rows = new ArrayList<>();
        for (FeedbackRunRecord.KeywordRow k : run.keywords()) {
            int rank = ranks.merge(k.language() + "\u001F" + k.label(), 1, Integer::sum);
            if (rank <= TABLE_KEYWORDS) {
                rows.add(Arrays.asList(words.language(k.language()), k.label() == null
                        ? messages.get("feedback.report.allTexts") : words.label(k.label()), rank, k.term(),
                        cell(round(k.weight(), 3)), k.texts()));
            }
        }
        return new ReportTable(columns("language", "keywordGroup", "rank", "term", "weight", "texts"), rows);
    }

    /** What changed: terms whose share rose most in the last period, with the rise in points. */
    ReportTable changesTable(FeedbackRunRecord run) {
        FeedbackWords words = new FeedbackWords(messages);
        List<List<Object>> rows = new ArrayList<>();
        for (FeedbackRunRecord.ChangeRow c : run.changes()) {
            rows.add(Arrays.asList(words.language(c.language()), c.term(), cell(round(c.earlierShare() * 100, 1)),
                    cell(round(c.recentShare() * 100, 1)), cell(round((c.recentShare() - c.earlierShare()) * 100,
                    1)), c.recentTexts(), cell(round(c.negativeShare() * 100, 1))));
        }
        return new ReportTable(columns("language", "term", "earlierShare", "recentShare", "rise", "recentTexts",
                "recentNegativeShare"), rows);
    }

    /** The read-first texts, most negative first: why, customer, when, channel, product, score, text. */
    ReportTable readFirstTable(FeedbackRunRecord run) {
        FeedbackWords words = new FeedbackWords(messages);
        List<List<Object>> rows = new ArrayList<>();
        for (FeedbackRunRecord.TextRow t : mostNegative(run, true)) {
            rows.add(Arrays.asList(words.reason(t.priority()), people.id(t.customerId()), words.day(t.writtenAt()),
                    words.value("channel", t.channel()), t.product(), round(t.score(), 3), t.text()));
        }
        return new ReportTable(columns("reason", "customer", "written", "channel", "product", "score", "text"), rows);
    }

    /** The most negative texts: score, language, customer, when, channel, the words that drove the score, text. */
    ReportTable mostNegativeTable(FeedbackRunRecord run) {
        FeedbackWords words = new FeedbackWords(messages);
        List<List<Object>> rows = new ArrayList<>();
        for (FeedbackRunRecord.TextRow t : mostNegative(run, false)) {
            rows.add(Arrays.asList(round(t.score(), 3), words.language(t.language()), people.id(t.customerId()),
                    words.day(t.writtenAt()), words.value("channel", t.channel()), String.join(", ", t.topTerms()),
                    t.text()));
        }
        return new ReportTable(columns("score", "language", "customer", "written", "channel", "drivers", "text"),
                rows);
    }

    /** Negative texts (on the read-first list only when {@code priority}), lowest score first, at most 25. */
    private static List<FeedbackRunRecord.TextRow> mostNegative(FeedbackRunRecord run, boolean priority) {
        return run.texts().stream().filter(t -> priority ? t.priority() != null : "negative".equals(t.label()))
                .sorted(Comparator.comparingDouble(FeedbackRunRecord.TextRow::score)
                        .thenComparing(FeedbackRunRecord.TextRow::feedbackId))
                .limit(TABLE_TEXTS).toList();
    }

    private List<String> columns(String... keys) {
        return Arrays.stream(keys).map(k -> messages.get("feedback.report.col." + k)).toList();
    }

    private static Double percent(int part, int total) {
        return total == 0 ? null : round(100.0 * part / total, 1);
    }

    private static double round(double x, int decimals) {
        if (!Double.isFinite(x)) {
            return x;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(x * scale) / scale;
    }
}
