package org.crmworkbench.analysis.text;

import java.util.List;
import java.util.Objects;
import org.crmworkbench.model.FeedbackText;

/**
 * One feedback with what the analysis made of it.
 *
 * @param text     the feedback
 * @param analysis language, sentiment, content words and aspects
 * @param topic    the number of its topic; 0 when it belongs to none
 */
public record ScoredFeedback(FeedbackText text, AnalyzedText analysis, int topic) {
    public ScoredFeedback {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(analysis, "analysis");
    }

    public double score() {
        return analysis.sentiment().score();
    }

    public SentimentLabel label() {
        return analysis.sentiment().label();
    }

    public Language language() {
        return analysis.language();
    }

    /** The words that drove the score most, at most {@code limit}, strongest first ({@code top_terms}). */
    public List<String> topTerms(int limit) {
        return analysis.sentiment().drivers().stream().limit(limit).map(SentimentDriver::term).toList();
    }

    public ScoredFeedback withTopic(int number) {
        return new ScoredFeedback(text, analysis, number);
    }
}
