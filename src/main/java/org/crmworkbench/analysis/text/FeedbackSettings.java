package org.crmworkbench.analysis.text;

import java.util.Objects;
import org.crmworkbench.work.IntRange;

/**
 * What a feedback analysis is asked.
 *
 * @param language      how each text's language is decided
 * @param period        the timeline's periods; the last one is the "recent" period of the what-changed list
 * @param topics        topics per language; 0 lets the analysis choose (by silhouette over 2..10)
 * @param keywords      keywords per group (per language and label)
 * @param atRiskDays    a customer whose last order lies this many days or more before the end of the data is at risk
 * @param topSpenders   the percentage of customers by total spend counted as high value
 */
public record FeedbackSettings(LanguageChoice language, FeedbackPeriod period, int topics, int keywords,
                               int atRiskDays, int topSpenders) {
    public static final IntRange TOPICS = new IntRange("topics", 0, 20);
    public static final IntRange KEYWORDS = new IntRange("keywords", 5, 50);
    public static final IntRange AT_RISK_DAYS = new IntRange("at-risk-days", 30, 730);
    public static final IntRange TOP_SPENDERS = new IntRange("top-spenders", 1, 50);

    public FeedbackSettings {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(period, "period");
        if (topics == 1) {
            throw new org.crmworkbench.work.BadParameterException("topics", "feedback.param.oneTopic",
                    "expected 0 (choose) or 2 to " + TOPICS.max() + " topics, found 1", TOPICS.max());
        }
        TOPICS.check(topics);
        KEYWORDS.check(keywords);
        AT_RISK_DAYS.check(atRiskDays);
        TOP_SPENDERS.check(topSpenders);
    }

    /** Languages detected per text, monthly timeline, topics chosen, 15 keywords, 180 days, top 20%. */
    public static FeedbackSettings defaults() {
        return new FeedbackSettings(LanguageChoice.AUTO, FeedbackPeriod.MONTH, 0, 15, 180, 20);
    }
}
