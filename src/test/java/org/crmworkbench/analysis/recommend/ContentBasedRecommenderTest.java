package org.crmworkbench.analysis.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.CancelledProgress;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

class ContentBasedRecommenderTest {
    private static final RecommenderSettings SETTINGS = RecommenderSettings.defaults(RecommenderAlgorithm.CONTENT);

    private static ContentBasedRecommender.Trained fitted() {
        return new ContentBasedRecommender(SETTINGS).fit(TwoFamilyShop.input(7), Progress.none());
    }

    @Test
    void recommendsTheFamilyTheCustomerLikesIncludingNewProducts() {
        ContentBasedRecommender.Trained model = fitted();
        RatingMatrix r = model.ratings();
        for (int u = 0; u < 24; u++) {
            boolean likesKitchen = u < 12;
            int unratedOwnFamily = 0;
            for (int i = 0; i < TwoFamilyShop.PRODUCTS; i++) {
                if (TwoFamilyShop.kitchen(i) == likesKitchen && !r.hasRated(u, i)) {
                    unratedOwnFamily++;
                }
            }
            List<Recommendation> recs = model.recommend(u, unratedOwnFamily);
            assertEquals(unratedOwnFamily, recs.size());
            for (Recommendation rec : recs) {
                assertEquals(likesKitchen, TwoFamilyShop.kitchen(rec.item()), "customer " + u + " got " + rec);
                assertFalse(rec.scoreIsRating());
                assertEquals(RecommendationSource.CONTENT, rec.source());
            }
            int newOne = likesKitchen ? TwoFamilyShop.NEW_KITCHEN : TwoFamilyShop.NEW_OUTDOOR;
            assertTrue(recs.stream().anyMatch(rec -> rec.item() == newOne), "new product for customer " + u);
        }
    }

    @Test
    void scoresAreCosinesAndNaNWithoutHistory() {
        ContentBasedRecommender.Trained model = fitted();
        float[] s = new float[TwoFamilyShop.PRODUCTS];
        model.score(TwoFamilyShop.NO_HISTORY, s);
        for (float v : s) {
            assertTrue(Float.isNaN(v));
        }
        model.score(0, s);
        for (float v : s) {
            assertTrue(v >= -1.0001 && v <= 1.0001);
        }
        assertFalse(model.predictsRatings());
        assertTrue(Double.isNaN(model.predict(0, 1)));
        assertTrue(model.recommend(TwoFamilyShop.NO_HISTORY, 5).isEmpty());
    }

    @Test
    void aCustomerWithTwoRatingsOrOnlyPurchasesStillGetsTheirFamily() {
        ContentBasedRecommender.Trained model = fitted();
        for (Recommendation rec : model.recommend(TwoFamilyShop.TWO_RATINGS, 5)) {
            assertTrue(TwoFamilyShop.kitchen(rec.item()), rec.toString());
        }
        List<Recommendation> bought = model.recommend(TwoFamilyShop.BUYER_ONLY, 5);
        assertEquals(5, bought.size());
        for (Recommendation rec : bought) {
            assertFalse(TwoFamilyShop.kitchen(rec.item()), rec.toString());
        }
        Explanation why = model.explain(TwoFamilyShop.BUYER_ONLY, bought.get(0).item(), 4);
        assertEquals(EvidenceKind.PURCHASED_ITEM, why.evidence().get(0).kind());
        assertTrue(Set.of(13, 14).contains(why.evidence().get(0).index()));
    }

    @Test
    void explainsWithTheClosestLikedProductAndTheSharedTerms() {
        ContentBasedRecommender.Trained model = fitted();
        Recommendation top = model.recommend(0, 1).get(0);
        Explanation why = model.explain(0, top.item(), 5);
        assertEquals(RecommendationSource.CONTENT, why.source());
        assertEquals(ColdStart.NONE, why.coldStart());
        assertTrue(why.evidence().size() <= 5);
        Evidence first = why.evidence().get(0);
        assertEquals(EvidenceKind.RATED_ITEM, first.kind());
        assertTrue(TwoFamilyShop.kitchen(first.index()));
        assertTrue(model.ratings().hasRated(0, first.index()));
        assertEquals(model.similarity(first.index(), top.item()), first.similarity(), 1e-12);
        List<Evidence> terms = why.evidence().subList(1, why.evidence().size());
        assertFalse(terms.isEmpty());
        double share = 0;
        for (Evidence e : terms) {
            assertEquals(EvidenceKind.SHARED_TERM, e.kind());
            assertTrue(e.similarity() > 0 && e.similarity() <= 1);
            share += e.similarity();
        }
        assertTrue(share <= 1 + 1e-9);
        Set<String> shared = terms.stream().map(Evidence::term).collect(Collectors.toSet());
        assertTrue(shared.contains("cat:kitchen") || shared.contains("tag:cookware"), shared.toString());
        for (int k = 2; k < why.evidence().size(); k++) {
            assertTrue(why.evidence().get(k - 1).similarity() >= why.evidence().get(k).similarity());
        }
    }

    @Test
    void similarProductsAreFromTheSameFamilyFirst() {
        ContentBasedRecommender.Trained model = fitted();
        for (int item = 0; item < TwoFamilyShop.PRODUCTS; item++) {
            List<SimilarItem> similar = model.similarTo(item, TwoFamilyShop.PRODUCTS);
            assertTrue(similar.size() >= TwoFamilyShop.FAMILY - 1);
            for (int k = 0; k < similar.size(); k++) {
                SimilarItem s = similar.get(k);
                assertTrue(s.item() != item);
                assertEquals(RecommendationSource.CONTENT, s.source());
                assertEquals(model.similarity(item, s.item()), s.similarity(), 1e-5);
                if (k < TwoFamilyShop.FAMILY - 1) {
                    assertEquals(TwoFamilyShop.kitchen(item), TwoFamilyShop.kitchen(s.item()));
                }
                if (k > 0) {
                    assertTrue(similar.get(k - 1).similarity() >= s.similarity());
                }
            }
        }
        assertEquals(3, model.similarTo(0, 3).size());
    }

    @Test
    void productsWithoutTextAreNeverRecommended() {
        RecommenderInput shop = TwoFamilyShop.input(7);
        ItemTexts texts = shop.texts();
        List<String> descriptions = new java.util.ArrayList<>(texts.descriptions());
        List<String> categories = new java.util.ArrayList<>(texts.categories());
        List<String> tags = new java.util.ArrayList<>(texts.tags());
        descriptions.set(5, "");
        categories.set(5, "");
        tags.set(5, "");
        RecommenderInput input = new RecommenderInput(shop.ratings(), shop.purchases(),
                new ItemTexts(categories, tags, descriptions));
        ContentBasedRecommender.Trained model = new ContentBasedRecommender(SETTINGS).fit(input, Progress.none());
        float[] s = new float[TwoFamilyShop.PRODUCTS];
        model.score(0, s);
        assertTrue(Float.isNaN(s[5]));
        assertTrue(model.similarTo(5, 5).isEmpty());
        assertTrue(model.explain(0, 5, 5).evidence().isEmpty());
    }

    @Test
    void isMadeByTheFactoryAndCanBeCancelled() {
        assertInstanceOf(ContentBasedRecommender.class, Recommenders.create(SETTINGS));
        Progress cancelled = new CancelledProgress();
        assertThrows(CancelledException.class,
                () -> new ContentBasedRecommender(SETTINGS).fit(TwoFamilyShop.input(7), cancelled));
    }
}
