package org.crmworkbench.analysis.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The texts of one language as sets of terms - their content words and, for readable keywords, the phrases of two
 * neighbouring content words ("delivery slow", 物流慢) - with how many texts contain each term (document frequency)
 * - never across clause punctuation or a "but" - and its inverse document frequency, the smoothed {@code ln((1 + n) / (1 + df)) + 1}.
 */
final class TermDocuments {
    private final List<Set<String>> unigrams;
    private final List<Set<String>> phrases;
    private final Map<String, Integer> frequency = new HashMap<>();
    private final Map<String, List<String>> phraseWords = new HashMap<>();

    /**
     * @param texts the texts as written, to keep phrases inside clauses
     * @param terms each text's content words in order
     */
    TermDocuments(Language language, List<String> texts, List<List<String>> terms) {
        String joint = language == Language.CHINESE ? "" : " ";
        unigrams = new ArrayList<>(terms.size());
        phrases = new ArrayList<>(terms.size());
        for (int t = 0; t < terms.size(); t++) {
            List<String> words = terms.get(t);
            boolean[] joined = AspectTerms.sameClause(texts.get(t), words);
            Set<String> distinct = new LinkedHashSet<>(words);
            Set<String> pairs = new LinkedHashSet<>();
            for (int i = 1; i < words.size(); i++) {
                if (joined[i] && !words.get(i - 1).equals(words.get(i))) {
                    String phrase = words.get(i - 1) + joint + words.get(i);
                    pairs.add(phrase);
                    phraseWords.putIfAbsent(phrase, List.of(words.get(i - 1), words.get(i)));
                }
            }
            unigrams.add(distinct);
            phrases.add(pairs);
            distinct.forEach(w -> frequency.merge(w, 1, Integer::sum));
            pairs.forEach(p -> frequency.merge(p, 1, Integer::sum));
        }
    }

    /** The documents of scored texts of one language. */
    static TermDocuments of(Language language, List<ScoredFeedback> texts) {
        return new TermDocuments(language, texts.stream().map(t -> t.text().text()).toList(),
                texts.stream().map(t -> t.analysis().terms()).toList());
    }

    int size() {
        return unigrams.size();
    }

    /** The distinct content words of text {@code i}. */
    Set<String> words(int i) {
        return unigrams.get(i);
    }

    /** The distinct two-word phrases of text {@code i}. */
    Set<String> phrases(int i) {
        return phrases.get(i);
    }

    /** The two words of a phrase; empty for a word. */
    List<String> wordsOf(String phrase) {
        return phraseWords.getOrDefault(phrase, List.of());
    }

    /** How many texts contain {@code term}. */
    int frequency(String term) {
        return frequency.getOrDefault(term, 0);
    }

    double idf(String term) {
        return Math.log((1.0 + size()) / (1.0 + frequency(term))) + 1;
    }
}
