package org.crmworkbench.analysis.text;

import java.time.LocalDateTime;

/**
 * A customer's feedback in one line: the feature the churn model can use.
 *
 * @param customerId the customer's external id
 * @param texts      how many texts they wrote
 * @param meanScore  their texts' mean score
 * @param negative   how many of them are negative
 * @param lastScore  the score of their newest text (by time; the last one read when times are missing)
 * @param lastAt     when they wrote it; null when unknown
 */
public record CustomerSentiment(String customerId, int texts, double meanScore, int negative, double lastScore,
                                LocalDateTime lastAt) {
}
