package org.crmworkbench.analysis.text;

/**
 * An aspect a text talks about and the sentiment of the clause that names it.
 *
 * @param aspect the aspect
 * @param term   the term that named it, as it stands in the text
 * @param score  the clause's score in [-1, 1]
 */
public record AspectMention(Aspect aspect, String term, double score) {
}
