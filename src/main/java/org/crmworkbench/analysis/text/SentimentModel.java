package org.crmworkbench.analysis.text;

/** Scores the sentiment of texts in one language. Implementations are immutable and safe to share between threads. */
public interface SentimentModel {
    SentimentScore score(String text);
}
