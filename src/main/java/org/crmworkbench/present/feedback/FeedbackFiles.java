package org.crmworkbench.present.feedback;

import static org.crmworkbench.present.OutputFiles.cell;
import static org.crmworkbench.present.OutputFiles.number;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmworkbench.analysis.text.AspectSentiment;
import org.crmworkbench.analysis.text.FeedbackDimension;
import org.crmworkbench.analysis.text.FeedbackResult;
import org.crmworkbench.analysis.text.FeedbackSettings;
import org.crmworkbench.analysis.text.Keyword;
import org.crmworkbench.analysis.text.Language;
import org.crmworkbench.analysis.text.PriorityFeedback;
import org.crmworkbench.analysis.text.ScoredFeedback;
import org.crmworkbench.analysis.text.SentimentCounts;
import org.crmworkbench.analysis.text.SentimentGroup;
import org.crmworkbench.analysis.text.SentimentPeriod;
import org.crmworkbench.analysis.text.TermChange;
import org.crmworkbench.analysis.text.Topic;
import org.crmworkbench.model.FeedbackRunRecord;
import org.crmworkbench.model.FeedbackText;
import org.crmworkbench.present.OutputFiles;
import org.crmworkbench.present.PersonalDataPolicy;

/**
 * The files of {@code workbench sentiment} (charts aside): {@code sentiment.csv} (id, language, score, label,
 * top_terms and the context columns), {@code keywords.csv}, {@code topics.csv}, {@code aspects.csv},
 * {@code changes.csv} and {@code summary.json}; and the run record made from a result.
 *
 * <p>Conventions, as the other workspaces' files: UTF-8, LF line ends, each file written whole or not at all;
 * column names and JSON keys are fixed English identifiers in a fixed order; codes (languages {@code en}/{@code zh},
 * labels, aspects, priority reasons) rather than words; numbers the same on every machine ('.' decimals, full
 * precision, whole numbers without a fraction); an unknown number is an empty cell or a JSON {@code null}; lists in a
 * cell (top terms, a topic's terms) joined by {@code |}; times as ISO {@code 2026-03-01T10:15:00}.
 */
public final class FeedbackFiles {
    public static final List<String> SENTIMENT_COLUMNS = List.of("id", "language", "score", "label", "top_terms",
            "topic", "customer_id", "written_at", "channel", "product", "priority");
    public static final List<String> KEYWORD_COLUMNS = List.of("language", "label", "rank", "term", "weight",
            "texts");
    public static final List<String> TOPIC_COLUMNS = List.of("language", "topic", "terms", "texts", "positive",
            "neutral", "negative", "mean_score");
    public static final List<String> ASPECT_COLUMNS = List.of("aspect", "language", "mentions", "positive",
            "neutral", "negative", "positive_share", "negative_share", "mean_score");
    public static final List<String> CHANGE_COLUMNS = List.of("language", "term", "earlier_share", "recent_share",
            "rise", "recent_texts", "negative_share");
    /** Words that drove a text's score kept in the record and in {@code top_terms}. */
    public static final int TOP_TERMS = 5;
    /** Separates the parts of a list in one cell. */
    public static final String LIST_SEPARATOR = "|";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    /** Writes the tables and {@code summary.json} of {@code run} into {@code dir}, customer ids as stored. */
    public void write(Path dir, FeedbackRunRecord run) throws IOException {
        write(dir, run, PersonalDataPolicy.masked());
    }

    /**
     * Writes the tables and {@code summary.json} of {@code run} into {@code dir}; {@code customer_id} as
     * {@code people} shows ids (as stored, or pseudonymized).
     */
    public void write(Path dir, FeedbackRunRecord run, PersonalDataPolicy people) throws IOException {
        writeSentiment(dir.resolve("sentiment.csv"), run, people);
        writeKeywords(dir.resolve("keywords.csv"), run);
        writeTopics(dir.resolve("topics.csv"), run);
        writeAspects(dir.resolve("aspects.csv"), run);
        writeChanges(dir.resolve("changes.csv"), run);
        OutputFiles.writeText(dir.resolve("summary.json"), run.summary());
    }

    /** {@code sentiment.csv}: every text in the order read, columns {@link #SENTIMENT_COLUMNS}. */
    public void writeSentiment(Path file, FeedbackRunRecord run, PersonalDataPolicy people) throws IOException {
        OutputFiles.writeCsv(file, csv -> {
            csv.writeRecord(SENTIMENT_COLUMNS);
            for (FeedbackRunRecord.TextRow t : run.texts()) {
                csv.writeRecord(t.feedbackId(), t.language(), cell(t.score()), t.label(),
                        String.join(LIST_SEPARATOR, t.topTerms()), t.topic() == 0 ? "" : Integer.toString(t.topic()),
                        people.id(text(t.customerId())), t.writtenAt() == null ? "" : TIME.format(t.writtenAt()),
                        text(t.channel()), text(t.product()), text(t.priority()));
            }
        });
    }

    /**
     * {@code keywords.csv}: per language and group (label empty = all texts of the language), strongest first, with
     * the rank within the group.
     */
    public void writeKeywords(Path file, FeedbackRunRecord run) throws IOException {
        OutputFiles.writeCsv(file, csv -> {
            csv.writeRecord(KEYWORD_COLUMNS);
            Map<String, Integer> ranks = new HashMap<>();
            for (FeedbackRunRecord.KeywordRow k : run.keywords()) {
                int rank = ranks.merge(k.language() + "\u001F" + k.label(), 1, Integer::sum);
                csv.writeRecord(k.language(), text(k.label()), Integer.toString(rank), k.term(), cell(k.weight()),
                        Integer.toString(k.texts()));
            }
        });
    }

    /** {@code topics.csv}: per language largest first, the terms joined by {@code |}. */
    public void writeTopics(Path file, FeedbackRunRecord run) throws IOException {
        OutputFiles.writeCsv(file, csv -> {
            csv.writeRecord(TOPIC_COLUMNS);
            for (FeedbackRunRecord.TopicRow t : run.topics()) {
                FeedbackRunRecord.Counts c = t.counts();
                csv.writeRecord(t.language(), Integer.toString(t.number()), String.join(LIST_SEPARATOR, t.terms()),
                        Integer.toString(c.total()), Integer.toString(c.positive()), Integer.toString(c.neutral()),
                        Integer.toString(c.negative()), cell(c.meanScore()));
            }
        });
    }

    /** {@code aspects.csv}: per aspect and language ({@code all} for every language), the clauses' sentiment. */
    public void writeAspects(Path file, FeedbackRunRecord run) throws IOException {
        OutputFiles.writeCsv(file, csv -> {
            csv.writeRecord(ASPECT_COLUMNS);
            for (FeedbackRunRecord.AspectRow a : run.aspects()) {
                FeedbackRunRecord.Counts c = a.counts();
                csv.writeRecord(a.aspect(), a.language() == null ? "all" : a.language(),
                        Integer.toString(c.total()), Integer.toString(c.positive()), Integer.toString(c.neutral()),
                        Integer.toString(c.negative()), cell(share(c.positive(), c.total())),
                        cell(share(c.negative(), c.total())), cell(c.meanScore()));
            }
        });
    }

    /** {@code changes.csv}: terms whose share rose most in the last period, largest rise first. */
    public void writeChanges(Path file, FeedbackRunRecord run) throws IOException {
        OutputFiles.writeCsv(file, csv -> {
            csv.writeRecord(CHANGE_COLUMNS);
            for (FeedbackRunRecord.ChangeRow c : run.changes()) {
                csv.writeRecord(c.language(), c.term(), cell(c.earlierShare()), cell(c.recentShare()),
                        cell(c.recentShare() - c.earlierShare()), Integer.toString(c.recentTexts()),
                        cell(c.negativeShare()));
            }
        });
    }

    /**
     * {@code summary.json}: {@code texts, labels} ({@code positive, neutral, negative}){@code , mean_score,
     * languages} (per language code, in {@link Language} order: {@code texts, labels, mean_score}){@code , first,
     * last} (ISO times, null when no text has one){@code , topics} (how many were found){@code , settings}
     * ({@code language, period, topics, keywords, at_risk_days, top_spenders}){@code , filtered} (whether the
     * window's filters left texts out).
     */
    public String summary(FeedbackResult result) {
        return OutputFiles.json(json -> {
            json.writeStartObject();
            json.writeNumberField("texts", result.overall().total());
            counts(json, result.overall());
            json.writeObjectFieldStart("languages");
            for (Language language : Language.values()) {
                SentimentCounts c = result.byLanguage().get(language);
                if (c != null) {
                    json.writeObjectFieldStart(language.code());
                    json.writeNumberField("texts", c.total());
                    counts(json, c);
                    json.writeEndObject();
                }
            }
            json.writeEndObject();
            time(json, "first", result.first());
            time(json, "last", result.last());
            json.writeNumberField("topics", result.topics().size());
            FeedbackSettings s = result.settings();
            json.writeObjectFieldStart("settings");
            json.writeStringField("language", s.language().cliName());
            json.writeStringField("period", s.period().cliName());
            json.writeNumberField("topics", s.topics());
            json.writeNumberField("keywords", s.keywords());
            json.writeNumberField("at_risk_days", s.atRiskDays());
            json.writeNumberField("top_spenders", s.topSpenders());
            json.writeEndObject();
            json.writeBooleanField("filtered", !result.filter().isAll());
            json.writeEndObject();
        });
    }

    /** The record of {@code result}: every table, the summary and {@code dataSource}; id 0. */
    public FeedbackRunRecord record(FeedbackResult result, String dataSource, Instant startedAt, String appVersion) {
        FeedbackSettings s = result.settings();
        List<FeedbackRunRecord.Period> timeline = new ArrayList<>(result.timeline().size());
        for (SentimentPeriod p : result.timeline()) {
            timeline.add(new FeedbackRunRecord.Period(p.start(), counts(p.counts())));
        }
        List<FeedbackRunRecord.Group> groups = new ArrayList<>();
        for (FeedbackDimension d : FeedbackDimension.values()) {
            for (SentimentGroup g : result.breakdowns().getOrDefault(d, List.of())) {
                groups.add(new FeedbackRunRecord.Group(d.code(), g.name(), counts(g.counts())));
            }
        }
        List<FeedbackRunRecord.TopicRow> topics = new ArrayList<>(result.topics().size());
        for (Topic t : result.topics()) {
            topics.add(new FeedbackRunRecord.TopicRow(t.language().code(), t.number(), t.terms(), counts(t.counts())));
        }
        List<FeedbackRunRecord.KeywordRow> keywords = new ArrayList<>(result.keywords().size());
        for (Keyword k : result.keywords()) {
            keywords.add(new FeedbackRunRecord.KeywordRow(k.language().code(), k.label() == null ? null
                    : k.label().code(), k.term(), k.weight(), k.texts()));
        }
        List<FeedbackRunRecord.AspectRow> aspects = new ArrayList<>(result.aspects().size());
        for (AspectSentiment a : result.aspects()) {
            aspects.add(new FeedbackRunRecord.AspectRow(a.aspect().code(), a.language() == null ? null
                    : a.language().code(), counts(a.counts())));
        }
        List<FeedbackRunRecord.ChangeRow> changes = new ArrayList<>(result.changes().size());
        for (TermChange c : result.changes()) {
            changes.add(new FeedbackRunRecord.ChangeRow(c.language().code(), c.term(), c.earlierShare(),
                    c.recentShare(), c.recentTexts(), c.negativeShare()));
        }
        Map<FeedbackText, String> priority = new HashMap<>();
        for (PriorityFeedback p : result.priority()) {
            priority.putIfAbsent(p.feedback().text(), p.reason().code());
        }
        List<FeedbackRunRecord.TextRow> texts = new ArrayList<>(result.texts().size());
        for (ScoredFeedback f : result.texts()) {
            FeedbackText t = f.text();
            texts.add(new FeedbackRunRecord.TextRow(t.id(), t.customerId(), t.writtenAt(), t.channel(), t.product(),
                    f.language().code(), f.score(), f.label().code(), f.topTerms(TOP_TERMS), f.topic(),
                    priority.get(t), t.text()));
        }
        return new FeedbackRunRecord(0, startedAt, appVersion, dataSource, s.language().cliName(),
                s.period().cliName(), s.topics(), summary(result), timeline, groups, topics, keywords, aspects,
                changes, texts);
    }

    /** The record's counts of {@code c}. */
    public static FeedbackRunRecord.Counts counts(SentimentCounts c) {
        return new FeedbackRunRecord.Counts(c.positive(), c.neutral(), c.negative(), c.meanScore());
    }

    private static void counts(JsonGenerator json, SentimentCounts c) throws IOException {
        json.writeObjectFieldStart("labels");
        json.writeNumberField("positive", c.positive());
        json.writeNumberField("neutral", c.neutral());
        json.writeNumberField("negative", c.negative());
        json.writeEndObject();
        number(json, "mean_score", c.meanScore());
    }

    private static void time(JsonGenerator json, String field, LocalDateTime at) throws IOException {
        if (at == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, TIME.format(at));
        }
    }

    private static double share(int part, int total) {
        return total == 0 ? Double.NaN : (double) part / total;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
