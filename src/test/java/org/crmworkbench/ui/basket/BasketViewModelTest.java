package org.crmworkbench.ui.basket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmworkbench.analysis.basket.BasketResult;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.BasketRows;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.jobs.SameThreadJobRunner;
import org.junit.jupiter.api.Test;

/**
 * The Baskets workspace's state without the FX thread: planted baskets whose itemsets and rules are counted by hand,
 * mined with jobs on the test's thread (settings -> mining -> filters -> coverage), the cache, newest-wins and the
 * estimate that holds a risky support back.
 */
class BasketViewModelTest {
    private final Messages english = Messages.english();

    /**
     * Ten baskets. Counts: bread 5, butter 4, milk 4, beer 3, chips 3; bread+butter 4 (T1 T2 T3 T8), bread+milk 3
     * (T1 T3 T4), butter+milk 2, beer+chips 2. At support 0.3 (count 3): 5 items and 2 pairs are frequent. At
     * confidence 0.55 the rules are {bread}=>{butter} 4/5 = 0.8 (lift 0.8/0.4 = 2), {butter}=>{bread} 4/4 = 1 (lift
     * 1/0.5 = 2, conviction infinite), {bread}=>{milk} 3/5 = 0.6 (lift 1.5), {milk}=>{bread} 3/4 = 0.75 (lift 1.5);
     * the empty-antecedent rules have the items' supports (at most 0.5) as confidence and fail.
     */
    static BasketRows planted() {
        List<List<String>> items = List.of(
                List.of("P1", "P2", "P3"), List.of("P1", "P2"), List.of("P1", "P2", "P3"), List.of("P1", "P3"),
                List.of("P4", "P5"), List.of("P4", "P5"), List.of("P4"), List.of("P1", "P2"), List.of("P3"),
                List.of("P5"));
        List<String> ids = new ArrayList<>();
        for (int t = 1; t <= items.size(); t++) {
            ids.add("T" + t);
        }
        List<String> customers = List.of("C1", "C1", "C2", "C2", "C3", "C3", "C4", "C4", "C5", "C5");
        return new BasketRows("planted", "order", ids, customers, items,
                Map.of("P1", "bread", "P2", "butter", "P3", "milk", "P4", "beer", "P5", "chips"));
    }

    private BasketViewModel model(SameThreadJobRunner jobs) {
        BasketViewModel model = new BasketViewModel(new DataSession(), jobs, Runnable::run, () -> english,
                new org.crmworkbench.ui.engine.EngineOption(new org.crmworkbench.ui.engine.FitEngineSession(
                new org.crmworkbench.analysis.engine.FitEngines())));
        model.form().minSupportProperty().set(0.3);
        model.form().minConfidenceProperty().set(0.55);
        return model;
    }

    @Test
    void plantedBasketsGiveTheHandCountedRulesFiltersAndCoverage() {
        BasketViewModel model = model(new SameThreadJobRunner());
        model.source().offer(planted(), "planted.csv");

        BasketResult result = model.resultProperty().get();
        assertNotNull(result, String.valueOf(model.noticeProperty().get()));
        assertEquals(7, result.itemsets().size());
        assertEquals(4, result.rules().size());
        assertTrue(model.summaryTextProperty().get().startsWith(
                "10 transactions \u00b7 5 items \u00b7 7 frequent itemsets \u00b7 4 rules \u00b7 mined in "),
                model.summaryTextProperty().get());
        assertEquals("10 transactions with 5 distinct items, from planted.csv", model.dataTextProperty().get());

        RuleList rules = model.rules();
        assertEquals(4, rules.totalProperty().get());
        assertEquals(4, rules.shownProperty().get());
        RuleRow first = rules.rows().get(0);
        assertEquals(2.0, first.lift(), 1e-12, "highest lift first");
        assertEquals(Set.of("{bread} \u21d2 {butter}", "{butter} \u21d2 {bread}"),
                Set.of(rules.rows().get(0).text(), rules.rows().get(1).text()));
        RuleRow always = rules.rows().stream().filter(r -> r.antecedent().equals("{butter}")).findFirst().orElseThrow();
        assertEquals(1.0, always.confidence(), 1e-12);
        assertTrue(Double.isInfinite(always.conviction()));
        assertEquals(4, always.count());
        assertEquals(0.4, always.support(), 1e-12);
        assertEquals(0.4 - 0.4 * 0.5, always.leverage(), 1e-12);
        assertEquals(List.of("bread", "butter", "milk", "beer", "chips"), rules.items(),
                "the filters offer the items by name, most frequent first");

        rules.consequentItemProperty().set("BREAD");
        assertEquals(List.of("{butter}", "{milk}"), rules.rows().stream().map(RuleRow::antecedent).sorted().toList());
        assertEquals(2, rules.shownProperty().get());
        rules.consequentItemProperty().set("");
        rules.minLiftProperty().set(1.8);
        assertEquals(2, rules.shownProperty().get());
        rules.minLiftProperty().set(0);
        rules.antecedentItemProperty().set("caviar");
        assertEquals(0, rules.shownProperty().get(), "an item no basket holds keeps no rule");
        rules.antecedentItemProperty().set("");
        assertEquals(4, rules.shownProperty().get());

        RuleRow breadButter = rules.rows().stream().filter(r -> r.text().equals("{bread} \u21d2 {butter}"))
                .findFirst().orElseThrow();
        model.coverage().ruleProperty().set(breadButter);
        assertEquals(List.of("T1  (C1)", "T2  (C1)", "T3  (C2)", "T8  (C4)"), model.coverage().transactions());
        assertEquals(List.of("C1  \u00d7 2", "C2  \u00d7 1", "C4  \u00d7 1"), model.coverage().customers());
        assertEquals(3, model.coverage().customerCountProperty().get());
    }

    @Test
    void movingBackToASeenSupportIsServedFromTheCacheAndTheNewestMiningWins() {
        SameThreadJobRunner jobs = SameThreadJobRunner.deferred(System::nanoTime);
        BasketViewModel model = model(jobs);
        model.source().offer(planted(), "planted.csv");
        jobs.runPending();
        jobs.runPending();
        assertEquals(0.3, model.resultProperty().get().settings().minSupport());
        assertEquals(1, model.cached());

        // two moves before anything ran: the first mining is replaced, only the newest delivers
        model.form().minSupportProperty().set(0.2);
        model.form().minSupportProperty().set(0.25);
        assertTrue(model.runningProperty().get());
        jobs.runPending();
        jobs.runPending();
        assertEquals(0.25, model.resultProperty().get().settings().minSupport());
        assertEquals(2, model.cached(), "the replaced mining left nothing behind");
        assertFalse(model.runningProperty().get());

        // back to 0.3: at once, without a job, and the mining started for 0.2 meanwhile is cancelled
        model.form().minSupportProperty().set(0.2);
        model.form().minSupportProperty().set(0.3);
        assertEquals(0.3, model.resultProperty().get().settings().minSupport(), "served from the cache");
        jobs.runPending();
        jobs.runPending();
        assertEquals(0.3, model.resultProperty().get().settings().minSupport(), "the cancelled mining shows nothing");
        assertEquals(4, model.rules().shownProperty().get());
    }

    @Test
    void aRiskyEstimateIsNotMinedUntilAskedAndABadSettingIsNamed() {
        // 25 items in each of 4 baskets: every one of the 2^25 - 1 itemsets is frequent
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            all.add("I" + i);
        }
        BasketRows rows = new BasketRows("dense", "file", List.of("a", "b", "c", "d"), List.of("", "", "", ""),
                List.of(all, all, all, all), Map.of());
        BasketViewModel model = model(new SameThreadJobRunner());
        model.source().offer(rows, "dense.csv");
        assertNull(model.resultProperty().get(), "not mined");
        assertNotNull(model.riskProperty().get());
        assertTrue(model.riskyProperty().get());
        assertEquals("basket.notice.risky", model.noticeProperty().get().key());
        assertTrue(model.riskProperty().get().estimate().estimatedItemsets() > 1_000_000L);

        // pairs at most: 25 + 300 itemsets, mined at once
        model.form().maxLengthProperty().set(2);
        assertNotNull(model.resultProperty().get(), String.valueOf(model.noticeProperty().get()));
        assertEquals(325, model.resultProperty().get().itemsets().size());
        assertNull(model.riskProperty().get());

        model.form().minLengthProperty().set(3);
        assertEquals("basket.notice.badSetting", model.noticeProperty().get().key());
        assertTrue(model.noticeProperty().get().text(english).contains("min-length"),
                model.noticeProperty().get().text(english));
    }
}
