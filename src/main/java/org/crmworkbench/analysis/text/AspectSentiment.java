package org.crmworkbench.analysis.text;

/**
 * The sentiment of the clauses that talk about one aspect, over all texts of a language (or all languages when
 * {@code language} is null).
 */
public record AspectSentiment(Aspect aspect, Language language, SentimentCounts counts) {
}
