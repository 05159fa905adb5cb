package org.crmworkbench.analysis.text;

import java.util.List;

/** Splits texts of one language into words. Implementations are safe to share between threads. */
public interface Tokenizer {
    /** Every word of {@code text} in order, punctuation dropped. */
    List<TextTerm> words(String text);

    /** Whether {@code term} is a function word that carries no topic (stop word). */
    boolean isStopWord(String term);

    /** The content words: {@link #words} without stop words, numbers and one-letter English words. */
    default List<TextTerm> contentWords(String text) {
        return words(text).stream().filter(t -> !isStopWord(t.term())).toList();
    }
}
