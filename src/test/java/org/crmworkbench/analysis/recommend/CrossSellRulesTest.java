package org.crmworkbench.analysis.recommend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.crmworkbench.model.BasketRunRecord;
import org.crmworkbench.model.BasketRunRecord.Rule;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

class CrossSellRulesTest {
    private static final RecommenderSettings SETTINGS = RecommenderSettings.defaults(RecommenderAlgorithm.HYBRID);

    /** The buyer-only customer of the two-family shop bought products 13 and 14. */
    private static final List<Rule> RULES = List.of(
            rule(List.of("P13", "P14"), List.of("P2"), 0.7, 2.4),
            rule(List.of("P13"), List.of("P5"), 0.4, 1.6),
            rule(List.of("P14"), List.of("P5"), 0.3, 1.9),
            rule(List.of("P13", "P20"), List.of("P3"), 0.9, 3.0),
            rule(List.of(), List.of("P7"), 0.5, 1.0),
            rule(List.of("P13"), List.of("X-unknown"), 0.9, 3.0),
            rule(List.of("P14"), List.of("P8", "P9"), 0.2, 1.1));

    private static Rule rule(List<String> antecedent, List<String> consequent, double confidence, double lift) {
        return new Rule(antecedent, consequent, 10, 0.05, confidence, lift, 0.01, 2.0);
    }

    private static CrossSellRules rules() {
        BasketRunRecord run = new BasketRunRecord(42, Instant.EPOCH, "t", "shop", "order", "fpgrowth", 0.01, 0.1, 1,
                10, 2, 100, 30, 50, RULES.size(), 0.1, List.of(), RULES);
        return CrossSellRules.of(run, id -> id.startsWith("P") ? Integer.parseInt(id.substring(1)) : -1,
                TwoFamilyShop.PRODUCTS);
    }

    @Test
    void rulesOverUnknownProductsAndEmptyAntecedentsAreLeftOutAndLongConsequentsCountForEach() {
        CrossSellRules rules = rules();
        assertEquals(42, rules.runId());
        // kept: {13,14}=>2, {13}=>5, {14}=>5, {13,20}=>3, {14}=>8, {14}=>9
        assertEquals(6, rules.size());
        assertEquals(List.of(5, 5), rules.naming(5, 10).stream().map(CrossSellRules.Rule::consequent).toList());
        assertEquals(1.9, rules.naming(5, 10).get(0).lift(), 0, "a product's rules come highest lift first");
    }

    @Test
    void theStrongestApplicableRulePerProductAndNoneForWhatTheCustomerHas() {
        Set<Integer> bought = Set.of(13, 14);
        CrossSellRules.Rule[] best = rules().strongestFor(bought::contains, TwoFamilyShop.PRODUCTS);
        assertEquals(0.7, best[2].confidence(), 0);
        assertArrayEquals(new int[] {13, 14}, best[2].antecedent());
        assertEquals(0.4, best[5].confidence(), 0, "the stronger of the two rules for product 5");
        assertNull(best[3], "a rule whose antecedent was not all bought does not apply");
        assertNull(best[7], "an empty antecedent only says how popular a product is");
        assertNull(best[13], "nothing is suggested that the customer has");
        assertEquals(0.2, best[8].confidence(), 0);
    }

    @Test
    void aColdBuyerGetsTheRulesSuggestionsFirstExplainedByTheRule() {
        TrainedRecommender model = HybridRecommender.standard(SETTINGS).withCrossSell(rules())
                .fit(TwoFamilyShop.input(7), Progress.none());
        List<Recommendation> recs = model.recommend(TwoFamilyShop.BUYER_ONLY, 5);
        assertEquals(List.of(2, 5, 8, 9), recs.subList(0, 4).stream().map(Recommendation::item).toList());
        Recommendation first = recs.get(0);
        assertEquals(RecommendationSource.BOUGHT_TOGETHER, first.source());
        Evidence why = first.explanation().evidence().get(0);
        assertEquals(EvidenceKind.BOUGHT_TOGETHER, why.kind());
        assertEquals(List.of(13, 14), why.items());
        assertEquals(0.7, why.similarity(), 0);
        assertEquals(2.4, why.value(), 0);
        assertEquals(ColdStart.NEW_CUSTOMER, first.explanation().coldStart());
        assertTrue(recs.get(4).source() != RecommendationSource.BOUGHT_TOGETHER, "then the usual cold start");
    }

    @Test
    void forWarmCustomersARuleAddsItsWeightedConfidenceToTheBlend() {
        RecommenderInput input = TwoFamilyShop.input(7);
        TrainedRecommender plain = HybridRecommender.standard(SETTINGS).fit(input, Progress.none());
        TrainedRecommender withRules = HybridRecommender.standard(SETTINGS).withCrossSell(rules())
                .fit(input, Progress.none());
        int warm = 0;
        for (int u = 0; u < 24 && warm == 0; u++) {
            int user = u;
            if (input.ratings().ratingsOfUser(u) >= SETTINGS.coldStartRatings()) {
                CrossSellRules.Rule[] best = rules().strongestFor(i -> input.purchases().hasRated(user, i)
                        || input.ratings().hasRated(user, i), TwoFamilyShop.PRODUCTS);
                float[] a = new float[TwoFamilyShop.PRODUCTS];
                float[] b = new float[TwoFamilyShop.PRODUCTS];
                plain.score(u, a);
                withRules.score(u, b);
                for (int i = 0; i < a.length; i++) {
                    if (best[i] != null && !Float.isNaN(a[i])) {
                        assertEquals(a[i] + HybridRecommender.CROSS_SELL_WEIGHT * best[i].confidence(), b[i], 1e-5);
                        warm++;
                    } else if (!Float.isNaN(a[i])) {
                        assertEquals(a[i], b[i], 0f, "a product without a rule keeps its score");
                    }
                }
            }
        }
        assertTrue(warm > 0, "some warm customer had an applicable rule");
    }
}
