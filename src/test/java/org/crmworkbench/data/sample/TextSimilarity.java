package org.crmworkbench.data.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Plain TF-IDF with cosine similarity, enough to check that product texts cluster by category. */
final class TextSimilarity {
    private TextSimilarity() {
    }

    /** For every document the index of the most similar other document. */
    static int[] nearestNeighbours(List<String> documents) {
        List<Map<String, Double>> counts = new ArrayList<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (String document : documents) {
            Map<String, Double> tf = new HashMap<>();
            for (String token : document.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
                if (token.length() > 2) {
                    tf.merge(token, 1.0, Double::sum);
                }
            }
            tf.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
            counts.add(tf);
        }
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (Map<String, Double> tf : counts) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Double> e : tf.entrySet()) {
                double w = e.getValue() * Math.log((double) documents.size() / documentFrequency.get(e.getKey()));
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double length = Math.sqrt(norm);
            v.replaceAll((t, w) -> w / length);
            vectors.add(v);
        }
        int[] nearest = new int[documents.size()];
        for (int i = 0; i < vectors.size(); i++) {
            double best = -1;
            for (int j = 0; j < vectors.size(); j++) {
                if (i == j) {
                    continue;
                }
                double dot = 0;
                for (Map.Entry<String, Double> e : vectors.get(i).entrySet()) {
                    dot += e.getValue() * vectors.get(j).getOrDefault(e.getKey(), 0.0);
                }
                if (dot > best) {
                    best = dot;
                    nearest[i] = j;
                }
            }
        }
        return nearest;
    }
}
