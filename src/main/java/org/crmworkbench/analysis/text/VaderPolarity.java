package org.crmworkbench.analysis.text;

/**
 * VADER's four numbers for a text, rounded as vaderSentiment reports them (the shares to 3 decimals, the compound
 * to 4).
 *
 * @param negative the share of the text's weight that is negative, in [0, 1]
 * @param neutral  the share that is neutral (words without valence count one each)
 * @param positive the share that is positive; the three shares add up to 1 for a text with words, 0 otherwise
 * @param compound the normalised sum of the word valences, in [-1, 1]
 */
public record VaderPolarity(double negative, double neutral, double positive, double compound) {
}
