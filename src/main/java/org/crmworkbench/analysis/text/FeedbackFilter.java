package org.crmworkbench.analysis.text;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which scored texts a summary covers (the window's filters). Null or empty parts accept everything.
 *
 * @param languages the languages kept; empty = all
 * @param channel   the channel kept; null = all
 * @param product   the product kept (by name); null = all
 * @param from      the first day kept; null = from the start
 * @param to        the last day kept; null = to the end (texts without a time pass only when both days are null)
 */
public record FeedbackFilter(Set<Language> languages, String channel, String product, LocalDate from, LocalDate to) {
    public static final FeedbackFilter ALL = new FeedbackFilter(Set.of(), null, null, null, null);

    public FeedbackFilter {
        languages = languages == null ? Set.of() : Set.copyOf(languages);
    }

    public boolean accepts(ScoredFeedback feedback) {
        if (!languages.isEmpty() && !languages.contains(feedback.language())) {
            return false;
        }
        if (channel != null && !channel.equals(feedback.text().channel())) {
            return false;
        }
        if (product != null && !product.equals(feedback.text().product())) {
            return false;
        }
        if (from == null && to == null) {
            return true;
        }
        if (feedback.text().writtenAt() == null) {
            return false;
        }
        LocalDate day = feedback.text().writtenAt().toLocalDate();
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    public boolean isAll() {
        return languages.isEmpty() && channel == null && product == null && from == null && to == null;
    }
}
