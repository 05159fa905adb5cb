package org.crmworkbench.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A stored feedback analysis: settings, {@code summary.json} as text, and every table the charts, the files of
 * {@code workbench sentiment} and the reports draw on. The window builds one from its current result too, so the
 * same charts serve the window, the verb and the reports.
 *
 * @param id          the run's id in {@code analysis_runs} (0 before it is saved)
 * @param startedAt   when it started
 * @param appVersion  the version that made it
 * @param dataSource  where the texts came from
 * @param language    the language choice's command-line name ({@code auto}, {@code en}, {@code zh})
 * @param period      the timeline period's command-line name
 * @param topicsAsked the topics asked per language (0 = chosen by the analysis)
 * @param summary     {@code summary.json} as text
 * @param timeline    sentiment per period, oldest first
 * @param groups      the breakdowns: per dimension, its values, most texts first
 * @param topics      the topics, per language largest first
 * @param keywords    the keywords, per group strongest first
 * @param aspects     the aspects' sentiment
 * @param changes     what changed, largest rise first
 * @param texts       every text scored, in the order read
 */
public record FeedbackRunRecord(long id, Instant startedAt, String appVersion, String dataSource, String language,
                                String period, int topicsAsked, String summary, List<Period> timeline,
                                List<Group> groups, List<TopicRow> topics, List<KeywordRow> keywords,
                                List<AspectRow> aspects, List<ChangeRow> changes, List<TextRow> texts) {
    public FeedbackRunRecord {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(period, "period");
        summary = summary == null ? "{}" : summary;
        timeline = List.copyOf(timeline);
        groups = List.copyOf(groups);
        topics = List.copyOf(topics);
        keywords = List.copyOf(keywords);
        aspects = List.copyOf(aspects);
        changes = List.copyOf(changes);
        texts = List.copyOf(texts);
    }

    public FeedbackRunRecord withId(long newId) {
        return new FeedbackRunRecord(newId, startedAt, appVersion, dataSource, language, period, topicsAsked, summary,
                timeline, groups, topics, keywords, aspects, changes, texts);
    }

    /** Positive, neutral and negative texts and their mean score (NaN when there are none). */
    public record Counts(int positive, int neutral, int negative, double meanScore) {
        public int total() {
            return positive + neutral + negative;
        }
    }

    /** One period of the timeline. */
    public record Period(LocalDate start, Counts counts) {
    }

    /** One value of a breakdown; {@code dimension} is the dimension's code ({@code channel}, {@code product} ...). */
    public record Group(String dimension, String name, Counts counts) {
    }

    /** A topic: language code, number, top terms. */
    public record TopicRow(String language, int number, List<String> terms, Counts counts) {
        public TopicRow {
            terms = List.copyOf(terms);
        }
    }

    /** A keyword; {@code label} is a label code or null for all texts of the language. */
    public record KeywordRow(String language, String label, String term, double weight, int texts) {
    }

    /** An aspect's sentiment in one language ({@code language} null = all languages). */
    public record AspectRow(String aspect, String language, Counts counts) {
    }

    /** A term whose share rose in the last period. */
    public record ChangeRow(String language, String term, double earlierShare, double recentShare, int recentTexts,
                            double negativeShare) {
    }

    /**
     * One scored text; {@code priority} is a priority reason's code when it is on the read-first list, else null.
     * {@code topTerms} are the words that drove the score.
     */
    public record TextRow(String feedbackId, String customerId, LocalDateTime writtenAt, String channel,
                          String product, String language, double score, String label, List<String> topTerms,
                          int topic, String priority, String text) {
        public TextRow {
            topTerms = List.copyOf(topTerms);
        }
    }
}
