package org.crmworkbench.analysis.text;

import java.util.List;

/**
 * A cluster of texts of one language about the same thing, named by its top terms.
 *
 * @param number    its number, from 1, largest topic first
 * @param language  the language of its texts
 * @param terms     its top terms, most characteristic first
 * @param counts    its texts' sentiment
 */
public record Topic(int number, Language language, List<String> terms, SentimentCounts counts) {
    public Topic {
        terms = List.copyOf(terms);
    }

    /** The topic's name for a reader: its first three terms. */
    public String name() {
        return String.join(" · ", terms.subList(0, Math.min(3, terms.size())));
    }
}
