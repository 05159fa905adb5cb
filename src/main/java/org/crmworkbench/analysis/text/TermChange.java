package org.crmworkbench.analysis.text;

/**
 * A term whose share of texts rose in the last period against the periods before it ("what changed").
 *
 * @param term          the term
 * @param language      its language
 * @param earlierShare  share of earlier texts (of its language) that contain it, 0..1
 * @param recentShare   share of the last period's texts that contain it, 0..1
 * @param recentTexts   how many texts of the last period contain it
 * @param negativeShare share of those recent texts that are negative, 0..1
 */
public record TermChange(String term, Language language, double earlierShare, double recentShare, int recentTexts,
                         double negativeShare) {
}
