package org.crmworkbench.analysis.value;

import java.util.Locale;

/**
 * The named RFM segments. Each is a rule on the recency score R and the mean of the frequency and monetary scores
 * FM (both 1..bins, higher is better); the first rule a customer meets names them. {@link RfmScoring} holds the
 * rules; {@link #key()} names the segment's text in the message bundles ({@code value.rfm.segment.<key>}).
 */
public enum RfmSegment {
    CHAMPIONS,
    LOYAL,
    POTENTIAL,
    NEW,
    AT_RISK,
    CANT_LOSE,
    HIBERNATING,
    LOST;

    /** The word files and bundles use: {@code champions}, {@code cant_lose}, ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
