package org.crmworkbench.analysis.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.model.RatingRows;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

/**
 * Item-kNN and user-kNN with the shrunk baseline Pearson against our numpy reference
 * ({@code src/test/resources/reference/recommend/knn_baseline_reference.py}, run with its defaults k = 3, min_k = 2,
 * shrinkage 5 on {@code knn_planted_ratings.csv}; its output is {@code knn_baseline_expected.txt}): every customer's
 * prediction of every product, and how many neighbours it used.
 */
class KnnBaselineReferenceTest {
    private static final String DIR = "/reference/recommend/";

    private static List<String[]> lines(String name) throws Exception {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                KnnBaselineReferenceTest.class.getResourceAsStream(DIR + name), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    out.add(line.trim().split("[ ,]"));
                }
            }
        }
        return out;
    }

    static RatingMatrix planted() throws Exception {
        List<String[]> rows = lines("knn_planted_ratings.csv");
        rows.remove(0);
        int n = rows.size();
        long[] users = new long[n];
        long[] items = new long[n];
        float[] values = new float[n];
        long[] times = new long[n];
        for (int t = 0; t < n; t++) {
            users[t] = Long.parseLong(rows.get(t)[0]);
            items[t] = Long.parseLong(rows.get(t)[1]);
            values[t] = Float.parseFloat(rows.get(t)[2]);
            times[t] = RatingRows.UNKNOWN_TIME;
        }
        return RatingMatrix.of(new RatingRows(users, items, values, times));
    }

    static RecommenderSettings settings(RecommenderAlgorithm algorithm) {
        return RecommenderSettings.defaults(algorithm).withSimilarity(Similarity.PEARSON_BASELINE).withNeighbours(3)
                .withMinNeighbours(2).withShrinkage(5).withMinOverlap(1);
    }

    @Test
    void predictionsAgreeWithTheNumpyReference() throws Exception {
        RatingMatrix r = planted();
        RecommenderInput input = RecommenderInput.ratingsOnly(r);
        ItemKnnModel item = new ItemKnnRecommender(settings(RecommenderAlgorithm.ITEM_KNN), 2).fit(input,
                Progress.none());
        UserKnnModel user = new UserKnnRecommender(settings(RecommenderAlgorithm.USER_KNN)).fit(input,
                Progress.none());
        int checked = 0;
        int fallbacks = 0;
        for (String[] line : lines("knn_baseline_expected.txt")) {
            int u = r.userIndex(Long.parseLong(line[1]));
            int i = r.itemIndex(Long.parseLong(line[2]));
            double expected = Double.parseDouble(line[3]);
            int used = Integer.parseInt(line[4]);
            String where = line[0] + " " + line[1] + "," + line[2];
            if (line[0].equals("item")) {
                assertEquals(expected, item.predict(u, i), 1e-9, where);
                assertEquals(used, item.neighboursUsed(u, i), where);
            } else {
                assertEquals(expected, user.predict(u, i), 1e-9, where);
                assertEquals(used, user.neighboursUsed(u, i), where);
            }
            fallbacks += used < 2 ? 1 : 0;
            checked++;
        }
        assertEquals(240, checked);
        assertTrue(fallbacks > 0 && fallbacks < checked, "the planted set has fallbacks and neighbourhoods");
    }

    @Test
    void scoresForRankingAreThePredictionsBeforeClipping() throws Exception {
        RatingMatrix r = planted();
        RecommenderInput input = RecommenderInput.ratingsOnly(r);
        List<TrainedRecommender> models = List.of(
                new ItemKnnRecommender(settings(RecommenderAlgorithm.ITEM_KNN), 1).fit(input, Progress.none()),
                new UserKnnRecommender(settings(RecommenderAlgorithm.USER_KNN)).fit(input, Progress.none()));
        float[] scores = new float[r.itemCount()];
        for (TrainedRecommender model : models) {
            for (int u = 0; u < r.userCount(); u++) {
                model.score(u, scores);
                for (int i = 0; i < r.itemCount(); i++) {
                    assertEquals(model.predict(u, i), r.clip(scores[i]), 1e-5, model.source() + " " + u + "," + i);
                }
            }
        }
    }
}
