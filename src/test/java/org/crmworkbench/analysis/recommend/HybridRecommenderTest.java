package org.crmworkbench.analysis.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.CancelledProgress;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

class HybridRecommenderTest {
    private static final RecommenderSettings SETTINGS = RecommenderSettings.defaults(RecommenderAlgorithm.HYBRID);
    private static final Set<RecommendationSource> COLLABORATIVE =
            Set.of(RecommendationSource.ITEM_KNN, RecommendationSource.MATRIX_FACTORIZATION);

    private static HybridRecommender hybrid() {
        return new HybridRecommender(SETTINGS, List.of(
                new FakeRatingPredictor(RecommenderAlgorithm.ITEM_KNN, RecommendationSource.ITEM_KNN, false),
                new FakeRatingPredictor(RecommenderAlgorithm.MF, RecommendationSource.MATRIX_FACTORIZATION, true)),
                new ContentBasedRecommender(SETTINGS.withAlgorithm(RecommenderAlgorithm.CONTENT)),
                new PopularityRecommender(SETTINGS.withAlgorithm(RecommenderAlgorithm.POPULAR)));
    }

    private static TrainedRecommender fitted() {
        return hybrid().fit(TwoFamilyShop.input(7), Progress.none());
    }

    @Test
    void customerWithoutHistoryGetsPopularity() {
        TrainedRecommender model = fitted();
        List<Recommendation> recs = model.recommend(TwoFamilyShop.NO_HISTORY, 5);
        assertEquals(5, recs.size());
        RatingMatrix r = model.ratings();
        for (Recommendation rec : recs) {
            assertEquals(RecommendationSource.POPULARITY, rec.source());
            assertEquals(ColdStart.NEW_CUSTOMER, rec.explanation().coldStart());
            assertEquals(EvidenceKind.POPULARITY, rec.explanation().evidence().get(0).kind());
            assertFalse(rec.scoreIsRating());
        }
        for (int k = 1; k < recs.size(); k++) {
            assertTrue(r.ratingsOfItem(recs.get(k - 1).item()) >= r.ratingsOfItem(recs.get(k).item()));
        }
    }

    @Test
    void customerWhoOnlyBoughtGetsContentFromPurchases() {
        List<Recommendation> recs = fitted().recommend(TwoFamilyShop.BUYER_ONLY, 5);
        assertEquals(5, recs.size());
        for (Recommendation rec : recs) {
            assertEquals(RecommendationSource.CONTENT, rec.source());
            assertEquals(ColdStart.NEW_CUSTOMER, rec.explanation().coldStart());
            assertFalse(TwoFamilyShop.kitchen(rec.item()));
            assertFalse(rec.explanation().evidence().isEmpty());
            // the two outdoor products (13 and 14) they bought are not recommended back to them
            assertTrue(rec.item() != 13 && rec.item() != 14, "recommended a product already bought: " + rec);
        }
    }

    @Test
    void customerWithTwoRatingsGetsContentThenPopularity() {
        TrainedRecommender model = fitted();
        List<Recommendation> recs = model.recommend(TwoFamilyShop.TWO_RATINGS, TwoFamilyShop.PRODUCTS);
        assertTrue(recs.size() > TwoFamilyShop.FAMILY);
        boolean popularitySeen = false;
        for (Recommendation rec : recs) {
            assertEquals(ColdStart.FEW_RATINGS, rec.explanation().coldStart());
            assertFalse(rec.explanation().evidence().isEmpty());
            if (rec.source() == RecommendationSource.CONTENT) {
                assertFalse(popularitySeen, "content ranks before the popularity fill");
                assertTrue(TwoFamilyShop.kitchen(rec.item()), rec.toString());
            } else {
                assertEquals(RecommendationSource.POPULARITY, rec.source());
                popularitySeen = true;
            }
        }
        assertEquals(RecommendationSource.CONTENT, recs.get(0).source());
        assertTrue(recs.stream().anyMatch(rec -> rec.item() == TwoFamilyShop.NEW_KITCHEN));
    }

    @Test
    void warmCustomersGetCollaborativeSourcesAndNewProductsComeFromContent() {
        TrainedRecommender model = fitted();
        RatingMatrix r = model.ratings();
        int collaborative = 0;
        int others = 0;
        for (int u = 0; u < 24; u++) {
            int before = collaborative;
            List<Recommendation> recs = model.recommend(u, TwoFamilyShop.PRODUCTS);
            assertEquals(TwoFamilyShop.PRODUCTS - r.ratingsOfUser(u), recs.size());
            for (Recommendation rec : recs) {
                assertFalse(rec.explanation().evidence().isEmpty(), rec.toString());
                if (r.ratingsOfItem(rec.item()) == 0) {
                    assertEquals(RecommendationSource.CONTENT, rec.source());
                    assertEquals(ColdStart.NEW_PRODUCT, rec.explanation().coldStart());
                    assertFalse(rec.scoreIsRating());
                } else {
                    assertEquals(ColdStart.NONE, rec.explanation().coldStart());
                    if (COLLABORATIVE.contains(rec.source())) {
                        collaborative++;
                        assertTrue(rec.scoreIsRating());
                        assertEquals(model.predict(u, rec.item()), rec.score(), 1e-12);
                    } else {
                        others++;
                        assertEquals(RecommendationSource.CONTENT, rec.source());
                    }
                }
            }
            assertTrue(collaborative > before, "customer " + u + " has collaborative recommendations");
            // the new product of the customer's own family outranks the other family's
            float[] s = new float[TwoFamilyShop.PRODUCTS];
            model.score(u, s);
            int own = u < 12 ? TwoFamilyShop.NEW_KITCHEN : TwoFamilyShop.NEW_OUTDOOR;
            int other = u < 12 ? TwoFamilyShop.NEW_OUTDOOR : TwoFamilyShop.NEW_KITCHEN;
            assertTrue(s[own] > s[other], "customer " + u);
        }
        // the fakes cannot tell the families apart, so content wins some items; collaborative parts win the most
        assertTrue(collaborative > others, "collaborative " + collaborative + ", content " + others);
    }

    @Test
    void blendsStandardisedCollaborativeScoresWithASmallerContentShare() {
        TrainedRecommender model = fitted();
        RecommenderInput input = TwoFamilyShop.input(7);
        List<TrainedRecommender> parts = new ArrayList<>();
        for (Recommender p : List.<Recommender>of(
                new FakeRatingPredictor(RecommenderAlgorithm.ITEM_KNN, RecommendationSource.ITEM_KNN, false),
                new FakeRatingPredictor(RecommenderAlgorithm.MF, RecommendationSource.MATRIX_FACTORIZATION, true),
                new ContentBasedRecommender(SETTINGS))) {
            parts.add(p.fit(input, Progress.none()));
        }
        int u = 3;
        float[][] z = new float[3][TwoFamilyShop.PRODUCTS];
        for (int c = 0; c < 3; c++) {
            parts.get(c).score(u, z[c]);
            HybridModel.standardise(z[c]);
        }
        float[] s = new float[TwoFamilyShop.PRODUCTS];
        model.score(u, s);
        double w = HybridRecommender.CONTENT_WEIGHT;
        for (int i = 0; i < TwoFamilyShop.PRODUCTS; i++) {
            double expected = input.ratings().ratingsOfItem(i) == 0 ? w * z[2][i]
                    : (1 - w) / 2 * (z[0][i] + z[1][i]) + w * z[2][i];
            assertEquals(expected, s[i], 1e-5, "item " + i);
        }
        double mean = (parts.get(0).predict(u, 4) + parts.get(1).predict(u, 4)) / 2;
        assertEquals(mean, model.predict(u, 4), 1e-12);
        assertTrue(Double.isNaN(model.predict(u, TwoFamilyShop.NEW_KITCHEN)));
        assertTrue(model.predictsRatings());
    }

    @Test
    void reportsProgressPerPartAndStopsWhenCancelled() {
        CancelledProgress recording = CancelledProgress.recording();
        hybrid().fit(TwoFamilyShop.input(7), recording);
        assertEquals(4, recording.stages().stream().filter("recommend.hybrid.stage.part"::equals).count());
        long[] last = {-1, -1};
        for (long[] report : recording.worked()) {
            assertTrue(report[0] >= last[0], "progress never goes back");
            last = report;
        }
        assertEquals(last[0], last[1]);
        Progress cancelled = new CancelledProgress();
        assertThrows(CancelledException.class, () -> hybrid().fit(TwoFamilyShop.input(7), cancelled));
    }

    @Test
    void similarProductsComeFromThePartsThatCanTell() {
        SimilarItems model = (SimilarItems) fitted();
        List<SimilarItem> similar = model.similarTo(0, 6);
        assertEquals(6, similar.size());
        assertEquals(6, similar.stream().mapToInt(SimilarItem::item).distinct().count(), "each product once");
        for (SimilarItem s : similar) {
            assertTrue(s.item() != 0, "never the product itself");
            // in the test the collaborative parts are fakes without similar products, so content names them
            assertEquals(RecommendationSource.CONTENT, s.source());
            assertTrue(TwoFamilyShop.kitchen(s.item()), "a kitchen product is like other kitchen products");
        }
    }
}
