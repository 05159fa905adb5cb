package org.crmworkbench.analysis.text;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A feedback analysis: every text scored, and the summaries the business asks for.
 *
 * @param settings   what was asked
 * @param filter     which texts the summaries cover
 * @param texts      the texts the filter kept, in the order read, each with its topic
 * @param overall    their sentiment
 * @param byLanguage their sentiment per language (languages with texts only)
 * @param timeline   sentiment and volume per period, oldest first, empty periods included (texts with a time only)
 * @param breakdowns per dimension, its values' sentiment, most texts first; dimensions the data lacks are absent
 * @param keywords   per language and label (and per language for all labels), the top terms
 * @param topics     the topics of each language, largest first
 * @param aspects    per aspect and language, the sentiment of the clauses that name it
 * @param changes    terms whose share rose most in the last period, largest rise first
 * @param priority   negative texts of high-value or at-risk customers, most negative first
 * @param first      the earliest text's time; null when no text has one
 * @param last       the latest text's time; null when no text has one
 */
public record FeedbackResult(FeedbackSettings settings, FeedbackFilter filter, List<ScoredFeedback> texts,
                             SentimentCounts overall, Map<Language, SentimentCounts> byLanguage,
                             List<SentimentPeriod> timeline, Map<FeedbackDimension, List<SentimentGroup>> breakdowns,
                             List<Keyword> keywords, List<Topic> topics, List<AspectSentiment> aspects,
                             List<TermChange> changes, List<PriorityFeedback> priority, LocalDateTime first,
                             LocalDateTime last) {
    public FeedbackResult {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(filter, "filter");
        texts = List.copyOf(texts);
        Objects.requireNonNull(overall, "overall");
        byLanguage = Map.copyOf(byLanguage);
        timeline = List.copyOf(timeline);
        breakdowns = Map.copyOf(breakdowns);
        keywords = List.copyOf(keywords);
        topics = List.copyOf(topics);
        aspects = List.copyOf(aspects);
        changes = List.copyOf(changes);
        priority = List.copyOf(priority);
    }
}
