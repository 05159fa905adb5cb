package org.crmworkbench.analysis.text;

/**
 * A word of a text as a tokenizer found it.
 *
 * @param term  the normalised form used for counting (lower case for English; the word itself for Chinese)
 * @param start its first character's index in the text
 * @param end   the index after its last character
 */
public record TextTerm(String term, int start, int end) {
}
