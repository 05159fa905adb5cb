package org.crmworkbench.analysis.text;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The read-first list: negative texts of high-value customers (total spend in the top {@code topSpenders} percent,
 * i.e. value percentile at least 1 - topSpenders/100) or at-risk ones (last order {@code atRiskDays} days or more
 * before the end of the data), most negative first, then newest first.
 */
final class PriorityList {
    private final double valueThreshold;
    private final int atRiskDays;

    PriorityList(int topSpenders, int atRiskDays) {
        this.valueThreshold = 1 - topSpenders / 100.0;
        this.atRiskDays = atRiskDays;
    }

    List<PriorityFeedback> of(List<ScoredFeedback> texts) {
        List<PriorityFeedback> priority = new ArrayList<>();
        for (ScoredFeedback text : texts) {
            if (text.label() != SentimentLabel.NEGATIVE) {
                continue;
            }
            double percentile = text.text().valuePercentile();
            boolean highValue = !Double.isNaN(percentile) && percentile >= valueThreshold - 1e-12;
            int days = text.text().daysSinceLastOrder();
            boolean atRisk = days >= 0 && days >= atRiskDays;
            if (highValue || atRisk) {
                priority.add(new PriorityFeedback(text, highValue && atRisk ? PriorityReason.HIGH_VALUE_AT_RISK
                        : highValue ? PriorityReason.HIGH_VALUE : PriorityReason.AT_RISK));
            }
        }
        priority.sort(Comparator.comparingDouble((PriorityFeedback p) -> p.feedback().score())
                .thenComparing(p -> p.feedback().text().writtenAt(),
                        Comparator.nullsLast(Comparator.<LocalDateTime>reverseOrder()))
                .thenComparing(p -> p.feedback().text().id()));
        return priority;
    }
}
