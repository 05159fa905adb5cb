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
    private final Language language;
    /** Each text's distinct words and phrases as numbers into {@link #terms}, in the order they first occur. */
    private final List<int[]> unigrams;
    private final List<int[]> phrases;
    /** Every word and phrase once (625k texts held a set and a string per term and text before: 1.5 GB). */
    private final List<String> terms = new ArrayList<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<Integer> documentFrequency = new ArrayList<>();
    private final Map<String, List<String>> phraseWords = new HashMap<>();

    /**
     * @param texts the texts as written, to keep phrases inside clauses
     * @param terms each text's content words in order
     */
    TermDocuments(Language language, List<String> texts, List<List<String>> terms) {
        this.language = language;
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
                    if (!phraseWords.containsKey(phrase)) {
                        phraseWords.put(this.terms.get(number(phrase)), List.of(
                                this.terms.get(number(words.get(i - 1))), this.terms.get(number(words.get(i)))));
                    }
                }
            }
            unigrams.add(numbered(distinct));
            phrases.add(numbered(pairs));
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

    /** The number of {@code term}, given one when it is new. */
    private int number(String term) {
        Integer n = numbers.get(term);
        if (n == null) {
            n = terms.size();
            terms.add(term);
            numbers.put(term, n);
            documentFrequency.add(0);
        }
        return n;
    }

    /** The numbers of {@code distinct} terms in their order, each counted once more in the document frequencies. */
    private int[] numbered(Set<String> distinct) {
        int[] ids = new int[distinct.size()];
        int k = 0;
        for (String term : distinct) {
            int n = number(term);
            documentFrequency.set(n, documentFrequency.get(n) + 1);
            ids[k++] = n;
        }
        return ids;
    }

    /** The distinct content words of text {@code i}, in the order they first occur. */
    Set<String> words(int i) {
        return new TermSet(unigrams.get(i));
    }

    /** The distinct two-word phrases of text {@code i}, in the order they first occur. */
    Set<String> phrases(int i) {
        return new TermSet(phrases.get(i));
    }

    /** Terms given by their numbers, as an unchangeable set. */
    private final class TermSet extends java.util.AbstractSet<String> {
        private final int[] ids;

        TermSet(int[] ids) {
            this.ids = ids;
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return new java.util.Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < ids.length;
                }

                @Override
                public String next() {
                    if (next >= ids.length) {
                        throw new java.util.NoSuchElementException();
                    }
                    return terms.get(ids[next++]);
                }
            };
        }

        @Override
        public boolean contains(Object o) {
            Integer n = o instanceof String term ? numbers.get(term) : null;
            if (n != null) {
                for (int id : ids) {
                    if (id == n) {
                        return true;
                    }
                }
            }
            return false;
        }

        @Override
        public int size() {
            return ids.length;
        }
    }

    /** The two words of a phrase; empty for a word. */
    List<String> wordsOf(String phrase) {
        return phraseWords.getOrDefault(phrase, List.of());
    }

    /**
     * Whether {@code term} can name a group to a reader: a single Chinese character (买, 人, 两 ...) seldom does, as
     * Chinese keyword extractors commonly hold, though it still counts in the topics' vectors.
     */
    boolean isReadable(String term) {
        return language != Language.CHINESE || term.codePointCount(0, term.length()) >= 2;
    }

    /** How many texts contain {@code term}. */
    int frequency(String term) {
        Integer n = numbers.get(term);
        return n == null ? 0 : documentFrequency.get(n);
    }

    double idf(String term) {
        return Math.log((1.0 + size()) / (1.0 + frequency(term))) + 1;
    }
}
