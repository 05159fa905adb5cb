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
 * and its inverse document frequency, the smoothed {@code ln((1 + n) / (1 + df)) + 1}.
 */
final class TermDocuments {
    private final List<Set<String>> unigrams;
    private final List<Set<String>> phrases;
    private final Map<String, Integer> frequency = new HashMap<>();
    private final Map<String, List<String>> phraseWords = new HashMap<>();

    TermDocuments(Language language, List<List<String>> texts) {
        String joint = language == Language.CHINESE ? "" : " ";
        unigrams = new ArrayList<>(texts.size());
        phrases = new ArrayList<>(texts.size());
        for (List<String> terms : texts) {
            Set<String> words = new LinkedHashSet<>(terms);
            Set<String> pairs = new LinkedHashSet<>();
            for (int i = 1; i < terms.size(); i++) {
                if (!terms.get(i - 1).equals(terms.get(i))) {
                    String phrase = terms.get(i - 1) + joint + terms.get(i);
                    pairs.add(phrase);
                    phraseWords.putIfAbsent(phrase, List.of(terms.get(i - 1), terms.get(i)));
                }
            }
            unigrams.add(words);
            phrases.add(pairs);
            words.forEach(w -> frequency.merge(w, 1, Integer::sum));
            pairs.forEach(p -> frequency.merge(p, 1, Integer::sum));
        }
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
