package org.crmworkbench.analysis.predict;

/**
 * One reason behind one row's score.
 *
 * @param feature the encoded column ({@code recency_days}, {@code region[North]})
 * @param value   the row's value of it
 * @param effect  how much the score (a probability) moves from the typical row's when this value is the row's
 *                rather than the typical one; positive raises the score
 */
public record ScoreFactor(String feature, double value, double effect) {
}
