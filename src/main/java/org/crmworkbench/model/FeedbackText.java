package org.crmworkbench.model;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One piece of customer feedback with the context the business breaks sentiment down by. Read from the stored
 * {@code feedback} table (joined to its customer, product, the customer's latest segment and sales rep) or from a
 * text file, where all but the id and text may be missing.
 *
 * @param id                 the feedback's own id (the file's id column, or its line number when there is none)
 * @param customerId         the customer's external id; null when unknown
 * @param writtenAt          when it was written; null when unknown
 * @param channel            the channel it came through; null when unknown
 * @param declaredLanguage   the language code the source gives ({@code en}, {@code zh}); null when it gives none
 * @param text               the text itself, never blank
 * @param product            the product's name; null when the feedback names none
 * @param category           the product's category; null when unknown
 * @param region             the customer's region; null when unknown
 * @param segment            the customer's segment in the newest saved segment run; null when there is none
 * @param salesRep           the name of the rep of the customer's latest order with a rep; null when none
 * @param valuePercentile    where the customer's total spend stands among all customers, 0..1 (1 = the top
 *                           spender); NaN when unknown
 * @param daysSinceLastOrder days from the customer's last order to the end of the data (the day after the newest
 *                           order); -1 when unknown
 */
public record FeedbackText(String id, String customerId, LocalDateTime writtenAt, String channel,
                           String declaredLanguage, String text, String product, String category, String region,
                           String segment, String salesRep, double valuePercentile, int daysSinceLastOrder) {
    public FeedbackText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /** A bare text, as a file without context columns gives it. */
    public static FeedbackText of(String id, String text) {
        return new FeedbackText(id, null, null, null, null, text, null, null, null, null, null, Double.NaN, -1);
    }
}
