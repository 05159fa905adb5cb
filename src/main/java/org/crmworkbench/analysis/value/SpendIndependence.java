package org.crmworkbench.analysis.value;

/**
 * The Gamma-Gamma model assumes spend per purchase does not depend on how often a customer buys: the Pearson
 * correlation of frequency and monetary value over the repeat customers, shown to the user.
 *
 * @param correlation the Pearson correlation (NaN when one side is constant)
 * @param customers   repeat customers it was measured on
 * @param weak        true when |correlation| is below {@link #WEAK}, the rule of thumb the model's users apply
 */
public record SpendIndependence(double correlation, int customers, boolean weak) {
    /** Below this absolute correlation the assumption is taken to hold. */
    public static final double WEAK = 0.3;

    public static SpendIndependence of(double correlation, int customers) {
        return new SpendIndependence(correlation, customers, Math.abs(correlation) < WEAK);
    }
}
