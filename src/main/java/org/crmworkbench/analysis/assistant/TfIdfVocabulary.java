package org.crmworkbench.analysis.assistant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The features the classifier knows, each with its inverse document frequency, and the TF-IDF vector of a question.
 *
 * <p>A feature is kept when at least {@code minCount} example questions have it. Its weight in a question is
 * {@code (1 + ln tf) * idf} (sublinear term frequency: a word said twice is not twice the evidence), with
 * {@code idf = ln((1 + n) / (1 + df)) + 1} over the n example questions ({@code df} of them have the feature); the
 * vector is then scaled to unit length, so long and short questions weigh alike. Features are numbered in the order
 * they first appear in the examples, so the same examples give the same numbering. Immutable; safe to share.
 */
final class TfIdfVocabulary {
    private final Map<String, Integer> index;
    private final double[] idf;

    private TfIdfVocabulary(Map<String, Integer> index, double[] idf) {
        this.index = index;
        this.idf = idf;
    }

    /**
     * @param documents each example question's features (repeats counted once for the document frequency)
     * @param minCount  how many examples a feature must appear in to be kept (1 keeps all)
     */
    static TfIdfVocabulary fit(List<List<String>> documents, int minCount) {
        Map<String, int[]> counts = new HashMap<>();
        List<String> order = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (List<String> document : documents) {
            seen.clear();
            for (String feature : document) {
                if (seen.add(feature)) {
                    int[] count = counts.get(feature);
                    if (count == null) {
                        count = new int[1];
                        counts.put(feature, count);
                        order.add(feature);
                    }
                    count[0]++;
                }
            }
        }
        Map<String, Integer> index = new HashMap<>();
        double[] idf = new double[order.size()];
        int n = documents.size();
        for (String feature : order) {
            int df = counts.get(feature)[0];
            if (df >= minCount) {
                idf[index.size()] = Math.log((1.0 + n) / (1.0 + df)) + 1.0;
                index.put(feature, index.size());
            }
        }
        return new TfIdfVocabulary(Map.copyOf(index), Arrays.copyOf(idf, index.size()));
    }

    /** How many features it knows. */
    int size() {
        return idf.length;
    }

    /** The unit-length TF-IDF vector of a question's features; empty when it has no known feature. */
    SparseVector vector(List<String> features) {
        int[] known = new int[features.size()];
        int count = 0;
        for (String feature : features) {
            Integer i = index.get(feature);
            if (i != null) {
                known[count++] = i;
            }
        }
        Arrays.sort(known, 0, count);
        int[] indexes = new int[count];
        double[] values = new double[count];
        int distinct = 0;
        double norm = 0;
        for (int start = 0; start < count; ) {
            int end = start + 1;
            while (end < count && known[end] == known[start]) {
                end++;
            }
            double w = (1.0 + Math.log(end - start)) * idf[known[start]];
            indexes[distinct] = known[start];
            values[distinct++] = w;
            norm += w * w;
            start = end;
        }
        if (norm > 0) {
            double scale = 1.0 / Math.sqrt(norm);
            for (int j = 0; j < distinct; j++) {
                values[j] *= scale;
            }
        }
        return new SparseVector(Arrays.copyOf(indexes, distinct), Arrays.copyOf(values, distinct));
    }
}
