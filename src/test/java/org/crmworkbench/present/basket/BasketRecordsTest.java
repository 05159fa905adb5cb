package org.crmworkbench.present.basket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmworkbench.analysis.basket.BasketResult;
import org.crmworkbench.analysis.basket.BasketSettings;
import org.crmworkbench.model.BasketRows;
import org.crmworkbench.model.BasketRunRecord;
import org.junit.jupiter.api.Test;

/** What a basket run stores: the rules of highest lift, cut; the items most frequent first, and those rules name. */
class BasketRecordsTest {
    private static final Instant STARTED = Instant.parse("2026-12-07T07:00:00Z");

    static BasketRows groceries() throws IOException {
        List<String> ids = new ArrayList<>();
        List<List<String>> baskets = new ArrayList<>();
        try (InputStream in = BasketRecordsTest.class.getResourceAsStream("/basket/groceries.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                ids.add(Integer.toString(ids.size() + 1));
                baskets.add(Arrays.asList(line.split(",", -1)));
            }
        }
        return new BasketRows("groceries.csv", "file", ids, ids.stream().map(i -> "").toList(), baskets, Map.of());
    }

    @Test
    void theFiveBasketsAreStoredWholeWithTheirLabels() {
        BasketRows rows = BasketFilesTest.rows();
        BasketResult result = BasketFilesTest.mine(rows, BasketSettings.of(0.4, 0.6).withLengths(2, 3));
        BasketRunRecord run = new BasketRecords().of(result, rows, STARTED, "test");
        assertEquals(5, run.transactions());
        assertEquals(4, run.items());
        assertEquals(11, run.itemsets());
        assertEquals(14, run.rulesTotal());
        assertEquals(14, run.rules().size());
        assertEquals("five.csv", run.dataSource());
        assertEquals("file", run.basis());
        assertEquals("fpgrowth", run.algorithm());
        assertEquals(0.4, run.minSupport());
        assertEquals(2, run.minLength());
        assertEquals(3, run.maxLength());
        // most frequent first, ties by id; labels from the rows
        assertEquals(List.of(new BasketRunRecord.ItemCount("bread", "Bread", 4),
                new BasketRunRecord.ItemCount("butter", "Butter", 4), new BasketRunRecord.ItemCount("milk", "Milk", 4),
                new BasketRunRecord.ItemCount("eggs", "Eggs", 2)), run.itemCounts());
        BasketRunRecord.Rule first = run.rules().get(0);
        assertEquals(Set.of("butter", "milk"), new HashSet<>(first.antecedent()));
        assertEquals(List.of("eggs"), first.consequent());
        assertEquals(5.0 / 3, first.lift(), 1e-12);
        assertEquals(2, first.count());
        assertTrue(Double.isInfinite(run.rules().get(1).conviction()));
        for (int i = 1; i < run.rules().size(); i++) {
            assertTrue(run.rules().get(i).lift() <= run.rules().get(i - 1).lift() + 1e-12);
        }
    }

    @Test
    void groceriesRulesAreCutAtTheStoredNumberHighestLiftFirst() throws IOException {
        BasketRows rows = groceries();
        BasketResult result = BasketFilesTest.mine(rows, BasketSettings.of(0.001, 0.5));
        BasketRunRecord run = new BasketRecords().of(result, rows, STARTED, "test");
        // arules: apriori(Groceries, parameter = list(supp = 0.001, conf = 0.5)) gives 5,668 rules
        assertEquals(5_668, run.rulesTotal());
        assertEquals(BasketRunRecord.STORED_RULES, run.rules().size());
        assertEquals(9_835, run.transactions());
        assertEquals(169, run.items());
        assertEquals(169, run.itemCounts().size(), "fewer items than STORED_ITEMS: every item is kept");
        assertEquals(new BasketRunRecord.ItemCount("whole milk", "whole milk", 2513), run.itemCounts().get(0));
        // the published top rule by lift: {Instant food products, soda} => {hamburger meat}, lift 18.995654
        BasketRunRecord.Rule top = run.rules().get(0);
        assertEquals(Set.of("Instant food products", "soda"), new HashSet<>(top.antecedent()));
        assertEquals(List.of("hamburger meat"), top.consequent());
        assertEquals(18.995654, top.lift(), 5e-7);
        assertEquals(12, top.count());
        double lowestKept = run.rules().get(run.rules().size() - 1).lift();
        long above = result.rules().stream().filter(r -> r.lift() > lowestKept).count();
        assertTrue(above <= BasketRunRecord.STORED_RULES, "no rule of higher lift than a stored one is left out");
    }

    @Test
    void itemCountsStopAtTheStoredNumberButKeepEveryItemARuleNames() {
        // 1,100 items bought alone three times each, and two rare items bought together twice
        List<String> ids = new ArrayList<>();
        List<List<String>> baskets = new ArrayList<>();
        for (int i = 0; i < 1_100; i++) {
            for (int k = 0; k < 3; k++) {
                ids.add("t" + ids.size());
                baskets.add(List.of(String.format("item%04d", i)));
            }
        }
        for (int k = 0; k < 2; k++) {
            ids.add("t" + ids.size());
            baskets.add(List.of("rare-a", "rare-b"));
        }
        BasketRows rows = new BasketRows("made", "file", ids, ids.stream().map(i -> "").toList(), baskets,
                Map.of("rare-a", "Rare A"));
        BasketResult result = BasketFilesTest.mine(rows, BasketSettings.of(2.0 / ids.size(), 0.5).withLengths(2, 10));
        BasketRunRecord run = new BasketRecords().of(result, rows, STARTED, "test");
        assertEquals(2, run.rules().size());
        assertEquals(BasketRunRecord.STORED_ITEMS + 2, run.itemCounts().size());
        assertEquals("item0000", run.itemCounts().get(0).item());
        assertEquals("item0999", run.itemCounts().get(BasketRunRecord.STORED_ITEMS - 1).item());
        assertEquals(new BasketRunRecord.ItemCount("rare-a", "Rare A", 2), run.itemCounts().get(1_000));
        assertEquals(new BasketRunRecord.ItemCount("rare-b", "rare-b", 2), run.itemCounts().get(1_001));
        assertEquals(ids.size() / 2.0, run.rules().get(0).lift(), 1e-9);
    }
}
