package org.crmworkbench.analysis.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Sentiment and volume per period - weeks from Monday, calendar months or quarters - with empty periods kept. */
final class FeedbackTimeline {
    private final FeedbackPeriod period;

    FeedbackTimeline(FeedbackPeriod period) {
        this.period = period;
    }

    /** The first day of the period {@code day} falls in. */
    LocalDate startOf(LocalDate day) {
        return switch (period) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
        };
    }

    LocalDate next(LocalDate start) {
        return switch (period) {
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
        };
    }

    /** The periods from the first text's to the last text's, oldest first (texts without a time left out). */
    List<SentimentPeriod> of(List<ScoredFeedback> texts) {
        TreeMap<LocalDate, SentimentTally> tallies = new TreeMap<>();
        for (ScoredFeedback text : texts) {
            if (text.text().writtenAt() != null) {
                tallies.computeIfAbsent(startOf(text.text().writtenAt().toLocalDate()), d -> new SentimentTally())
                        .add(text);
            }
        }
        List<SentimentPeriod> periods = new ArrayList<>();
        if (tallies.isEmpty()) {
            return periods;
        }
        LocalDate last = tallies.lastKey();
        for (LocalDate start = tallies.firstKey(); !start.isAfter(last);
             start = next(start)) {
            SentimentTally tally = tallies.get(start);
            periods.add(new SentimentPeriod(start, tally == null ? SentimentCounts.NONE : tally.counts()));
        }
        return periods;
    }
}
