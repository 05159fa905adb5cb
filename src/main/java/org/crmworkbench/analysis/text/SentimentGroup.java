package org.crmworkbench.analysis.text;

/** The texts of one value of a breakdown (one channel, one product ...); {@code name} is the value. */
public record SentimentGroup(String name, SentimentCounts counts) {
}
