package org.crmworkbench.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

/** Reference figures from scikit-learn 1.9.1: src/test/resources/reference/feedback/silhouette_reference.py. */
class TopicClusteringTest {
    private static final List<List<String>> DOCS = List.of(List.of("late", "delivery", "late", "courier"),
            List.of("late", "delivery", "slow"), List.of("slow", "courier", "delivery"),
            List.of("quality", "great", "stitching"), List.of("quality", "great", "great"),
            List.of("quality", "sturdy", "stitching"), List.of("sturdy", "delivery"));

    private static TermDocuments documents(List<List<String>> docs) {
        return new TermDocuments(Language.ENGLISH, docs.stream().map(d -> String.join(" ", d)).toList(), docs);
    }

    @Test
    void silhouetteAgreesWithScikitLearnOnPoints() {
        double[][] x = {{1.0, 0.1, 0.0}, {0.9, 0.2, 0.1}, {1.0, 0.0, 0.3}, {0.1, 1.0, 0.0}, {0.0, 0.8, 0.2},
                {0.3, 1.0, 0.1}, {0.0, 0.1, 1.0}, {0.2, 0.3, 0.9}};
        double[][] similarity = new double[x.length][x.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                double dot = 0;
                double ni = 0;
                double nj = 0;
                for (int d = 0; d < 3; d++) {
                    dot += x[i][d] * x[j][d];
                    ni += x[i][d] * x[i][d];
                    nj += x[j][d] * x[j][d];
                }
                similarity[i][j] = dot / Math.sqrt(ni * nj);
            }
        }
        assertEquals(0.942561219670, TopicClustering.silhouette(similarity, new int[] {0, 0, 0, 1, 1, 1, 2, 2}, 3),
                1e-9);
        assertEquals(0.194090331226, TopicClustering.silhouette(similarity, new int[] {0, 1, 0, 1, 0, 1, 2, 2}, 3),
                1e-9);
    }

    @Test
    void tfIdfVectorsAndSilhouetteAgreeWithScikitLearn() {
        double silhouette = new TopicClustering(Progress.none()).silhouette(documents(DOCS), DOCS,
                new int[] {0, 0, 0, 1, 1, 1, 1}, 2);
        assertEquals(0.399649124436, silhouette, 1e-9);
    }

    @Test
    void plantedThemesAreFoundWithTheirNumberChosenBySilhouette() {
        Random random = new Random(3);
        List<List<String>> themes = List.of(List.of("delivery", "late", "courier", "parcel", "slow"),
                List.of("quality", "stitching", "fabric", "sturdy", "seams"),
                List.of("refund", "return", "money", "form", "label"));
        List<String> noise = List.of("shoes", "lamp", "jacket", "mug", "chair", "week", "today", "order");
        List<List<String>> texts = new ArrayList<>();
        int[] planted = new int[150];
        for (int i = 0; i < planted.length; i++) {
            planted[i] = i % 3;
            List<String> words = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                words.add(themes.get(planted[i]).get(random.nextInt(5)));
            }
            words.add(noise.get(random.nextInt(noise.size())));
            texts.add(words);
        }
        TopicClustering.Fit fit = new TopicClustering(Progress.none()).fit(documents(texts), texts, 0);
        assertEquals(3, fit.terms().size());
        assertEquals(1.0, PlantedFeedback.adjustedRand(planted, fit.cluster()), 1e-12);
        for (List<String> terms : fit.terms()) {
            String top = terms.get(0);
            assertTrue(themes.stream().anyMatch(t -> t.contains(top)), terms.toString());
        }
        TopicClustering.Fit fixed = new TopicClustering(Progress.none()).fit(documents(texts), texts, 5);
        assertEquals(5, fixed.terms().size());
        assertNull(new TopicClustering(Progress.none()).fit(documents(texts.subList(0, 19)), texts.subList(0, 19), 0),
                "fewer than 20 texts make no topics");
    }
}
