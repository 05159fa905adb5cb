package org.crmworkbench.analysis.value;

/**
 * One customer's RFM scores, each 1..bins with bins the best (most recent, most frequent, highest spend).
 *
 * @param recency   R score
 * @param frequency F score
 * @param monetary  M score
 * @param segment   the named segment its scores fall in
 */
public record RfmScore(int recency, int frequency, int monetary, RfmSegment segment) {
    /** The three digits analysts read, e.g. {@code "545"}. */
    public String code() {
        return "" + recency + frequency + monetary;
    }
}
