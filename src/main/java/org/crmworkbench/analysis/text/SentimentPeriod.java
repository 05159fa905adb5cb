package org.crmworkbench.analysis.text;

import java.time.LocalDate;

/** The texts written in one period (a week from Monday, a calendar month or quarter) starting {@code start}. */
public record SentimentPeriod(LocalDate start, SentimentCounts counts) {
}
