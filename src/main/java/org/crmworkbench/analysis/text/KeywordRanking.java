package org.crmworkbench.analysis.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The terms that mark a group of texts: each term's TF-IDF in the group against all texts of its language - the
 * number of the group's texts that contain it times its inverse document frequency - over terms in at least
 * {@value #MIN_TEXTS} texts of the group. Two-word phrases compete with single words; a word is left out when a
 * phrase ranked above it already covers most of its texts ("delivery slow" before "slow"), and a phrase when both
 * its words already stand in the list.
 */
final class KeywordRanking {
    /** Fewest texts of the group a keyword must appear in (and so of the language). */
    static final int MIN_TEXTS = 2;
    /** The share of a word's texts a phrase above it must cover for the word to be left out. */
    private static final double COVERED = 0.8;

    private final TermDocuments documents;

    KeywordRanking(TermDocuments documents) {
        this.documents = documents;
    }

    /**
     * The top {@code limit} keywords of the texts {@code members} (indices into the documents).
     *
     * @param label the group's label; null for all texts of the language
     */
    List<Keyword> rank(Language language, SentimentLabel label, int[] members, int limit) {
        Map<String, Integer> counts = new HashMap<>();
        for (int member : members) {
            documents.words(member).forEach(w -> counts.merge(w, 1, Integer::sum));
            documents.phrases(member).forEach(p -> counts.merge(p, 1, Integer::sum));
        }
        record Candidate(String term, int texts, double weight) {
        }
        List<Candidate> candidates = new ArrayList<>();
        counts.forEach((term, texts) -> {
            if (texts >= MIN_TEXTS && documents.frequency(term) >= MIN_TEXTS) {
                candidates.add(new Candidate(term, texts, texts * documents.idf(term)));
            }
        });
        candidates.sort(Comparator.comparingDouble(Candidate::weight).reversed()
                .thenComparing(c -> documents.wordsOf(c.term()).isEmpty())
                .thenComparing(Candidate::term));
        List<Keyword> keywords = new ArrayList<>();
        Set<String> keptWords = new HashSet<>();
        Map<String, Integer> keptPhraseCover = new HashMap<>();
        double top = Double.NaN;
        for (Candidate candidate : candidates) {
            if (keywords.size() == limit) {
                break;
            }
            List<String> parts = documents.wordsOf(candidate.term());
            if (parts.isEmpty()) {
                Integer cover = keptPhraseCover.get(candidate.term());
                if (cover != null && cover >= COVERED * candidate.texts()) {
                    continue;
                }
                keptWords.add(candidate.term());
            } else {
                if (keptWords.containsAll(parts)) {
                    continue;
                }
                for (String part : parts) {
                    keptPhraseCover.merge(part, candidate.texts(), Math::max);
                }
            }
            if (Double.isNaN(top)) {
                top = candidate.weight();
            }
            keywords.add(new Keyword(candidate.term(), language, label, candidate.weight() / top, candidate.texts()));
        }
        return keywords;
    }
}
