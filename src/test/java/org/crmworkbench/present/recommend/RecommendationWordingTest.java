package org.crmworkbench.present.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.crmworkbench.analysis.recommend.ColdStart;
import org.crmworkbench.analysis.recommend.Evidence;
import org.crmworkbench.analysis.recommend.Explanation;
import org.crmworkbench.analysis.recommend.RecommendationCorpus;
import org.crmworkbench.analysis.recommend.RecommendationSource;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.i18n.Messages;
import org.junit.jupiter.api.Test;

class RecommendationWordingTest {
    private final RecommendationCorpus corpus = TinyCorpus.corpus();
    private final RecommendationWording english = new RecommendationWording(Messages.english());
    private final RecommendationWording chinese = new RecommendationWording(new Messages(Locale.SIMPLIFIED_CHINESE));

    @Test
    void similarRatedProductsAreNamedWithRatingSimilarityAndHowManyMore() {
        Explanation e = Explanation.of(RecommendationSource.ITEM_KNN, List.of(Evidence.ratedItem(0, 0.62, 5),
                Evidence.ratedItem(1, 0.4, 3), Evidence.ratedItem(2, 0.3, 2)));
        assertEquals("Similar to Threadline Denim Jeans you rated 5 (similarity 0.62) and 2 more",
                english.explain(e, corpus));
        assertEquals("与您评过 5 分的 Threadline Denim Jeans 相似（相似度 0.62），另有 2 件", chinese.explain(e, corpus));
    }

    @Test
    void tooFewNeighboursSaysThePredictionIsTheBaseline() {
        Explanation items = Explanation.of(RecommendationSource.ITEM_KNN, List.of(Evidence.tooFewNeighbours(1, 3,
                3.84), Evidence.ratedItem(0, 0.08, 5)));
        assertEquals("Too few similar products you rated (1 of the 3 needed): predicted from the average rating with "
                + "your and the product's bias, 3.8 stars; Similar to Threadline Denim Jeans you rated 5 "
                + "(similarity 0.08)", english.explain(items, corpus));
        assertEquals("您评过分的相似商品太少（1 个，至少需要 3 个）：按平均评分加上您和该商品的偏差预测，3.8 星；"
                + "与您评过 5 分的 Threadline Denim Jeans 相似（相似度 0.08）", chinese.explain(items, corpus));
        Explanation people = Explanation.of(RecommendationSource.USER_KNN, List.of(Evidence.tooFewNeighbours(0, 3,
                4.2)));
        assertEquals("Too few similar customers rated it (0 of the 3 needed): predicted from the average rating with "
                + "your and the product's bias, 4.2 stars", english.explain(people, corpus));
        assertEquals("评过该商品的相似客户太少（0 位，至少需要 3 位）：按平均评分加上您和该商品的偏差预测，4.2 星",
                chinese.explain(people, corpus));
    }

    @Test
    void neighboursAreSummarisedByCountSimilarityRangeAndWeightedMean() {
        Explanation e = Explanation.of(RecommendationSource.USER_KNN, List.of(Evidence.neighbour(0, 0.58, 5),
                Evidence.neighbour(1, 0.5, 5), Evidence.neighbour(2, 0.41, 4)));
        String text = english.explain(e, corpus);
        // weighted mean (0.58*5 + 0.5*5 + 0.41*4) / 1.49 = 4.72
        assertEquals("Customers like you (3 neighbours, similarity 0.41\u20130.58) rated it 4.7 on average", text);
        assertTrue(chinese.explain(e, corpus).contains("3 位近邻"));
    }

    @Test
    void everyContributionGetsALineWithItsSimilarityAndRating() {
        Explanation items = Explanation.of(RecommendationSource.ITEM_KNN, List.of(Evidence.ratedItem(0, 0.62, 5),
                Evidence.ratedItem(2, 0.3, 2), Evidence.purchasedItem(1, 0.25, 3)));
        assertEquals(List.of("Threadline Denim Jeans: you rated it 5; similarity 0.62",
                "Tea Kettle: you rated it 2; similarity 0.30", "Trail Shoes: you bought 3; similarity 0.25"),
                english.evidenceLines(items, corpus));
        Explanation people = Explanation.of(RecommendationSource.USER_KNN, List.of(Evidence.neighbour(1, 0.5, 4),
                Evidence.sharedTerm("tag:denim", 0.4), Evidence.popularity(0, 2, 4.5)));
        assertEquals(List.of("Bo Li (C002): rated it 4; similarity 0.50", "denim: 40% of the match"),
                english.evidenceLines(people, corpus));
        assertEquals("Bo Li (C002)：评分 4；相似度 0.50", chinese.evidenceLines(people, corpus).get(0));
    }

    @Test
    void termsPopularityBiasAndColdStartReadAsSentences() {
        assertEquals("Matches your interest in: denim, casual", english.explain(Explanation.of(
                RecommendationSource.CONTENT, List.of(Evidence.sharedTerm("denim", 0.6),
                        Evidence.sharedTerm("casual", 0.3))), corpus));
        Explanation cold = Explanation.of(RecommendationSource.POPULARITY, List.of(Evidence.popularity(0, 312, 4.3)))
                .withColdStart(ColdStart.NEW_CUSTOMER);
        assertEquals("New customer: shown the most popular products; Popular: 312 ratings, average 4.3",
                english.explain(cold, corpus));
        assertEquals("新客户：展示最热门的商品；热门：312 条评分，平均 4.3 分", chinese.explain(cold, corpus));
        assertEquals("Rated 0.4 stars above the average product", english.explain(Explanation.of(
                RecommendationSource.BASELINE, List.of(Evidence.itemBias(0, 0.42))), corpus));
        assertEquals("Similar to Tea Kettle you bought (2 units, similarity 0.50)", english.explain(Explanation.of(
                RecommendationSource.IMPLICIT_ALS, List.of(Evidence.purchasedItem(2, 0.5, 2))), corpus));
        assertEquals("Recommended by matrix factorisation", english.explain(Explanation.of(
                RecommendationSource.MATRIX_FACTORIZATION, List.of()), corpus));
    }

    @Test
    void everySourceReasonAndMethodHasANameInBothLanguages() {
        for (RecommendationSource s : RecommendationSource.values()) {
            assertFalse(english.source(s).startsWith("!"), s.name());
            assertFalse(chinese.source(s).startsWith("!"), s.name());
        }
        for (ColdStart c : ColdStart.values()) {
            assertFalse(english.coldStart(c).startsWith("!"), c.name());
            assertFalse(chinese.coldStart(c).startsWith("!"), c.name());
        }
        for (RecommenderAlgorithm a : RecommenderAlgorithm.values()) {
            assertFalse(english.algorithm(a).startsWith("!"), a.name());
            assertFalse(chinese.algorithm(a).startsWith("!"), a.name());
        }
        assertEquals("item-kNN", english.source(RecommendationSource.ITEM_KNN));
        assertEquals("", english.coldStart(ColdStart.NONE));
    }
}
