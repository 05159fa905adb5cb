package org.crmworkbench.analysis.text;

/**
 * A term that marks a group of texts (TF-IDF of the group against all texts of its language).
 *
 * @param term     the term
 * @param language its language
 * @param label    the sentiment group it marks; null for the keywords of all texts of the language
 * @param weight   its TF-IDF weight in the group, the group's largest = 1
 * @param texts    how many texts of the group contain it
 */
public record Keyword(String term, Language language, SentimentLabel label, double weight, int texts) {
}
