package org.crmworkbench.analysis.segment;

/**
 * Missing values of one feature that were filled in.
 *
 * @param feature the feature
 * @param count   how many rows had no value
 * @param value   what they were given (the median of the others; 0 for a one-hot column's missing category)
 */
public record ImputedFeature(String feature, int count, double value) {
}
