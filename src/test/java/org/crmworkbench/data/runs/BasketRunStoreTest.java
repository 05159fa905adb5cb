package org.crmworkbench.data.runs;

import org.crmworkbench.testing.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.model.BasketRunRecord;
import org.crmworkbench.model.BasketRunRecord.ItemCount;
import org.crmworkbench.model.BasketRunRecord.Rule;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.Tag(TestDatabases.BOTH_ENGINES)
class BasketRunStoreTest {

    @Test
    void aSavedBasketRunReadsBackTheSameWithItsRulesInOrder() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            BasketRunStore store = new BasketRunStore(db);
            BasketRunRecord run = run("order", List.of(
                    new Rule(List.of("P2", "P1"), List.of("P3"), 40, 0.04, 0.8, 2.5, 0.024, 3.2),
                    new Rule(List.of(), List.of("P1"), 300, 0.3, 0.3, 1.0, 0.0, 1.0),
                    new Rule(List.of("P3"), List.of("P1", "P2"), 40, 0.04, 1.0, 2.0, 0.02,
                            Double.POSITIVE_INFINITY)));
            BasketRunRecord saved = store.save(run);
            assertTrue(saved.id() > 0);
            BasketRunRecord back = store.find(saved.id()).orElseThrow();
            assertEquals(saved, back.withId(saved.id()));
            assertEquals(List.of("P2", "P1"), back.rules().get(0).antecedent(), "items keep their order");
            assertTrue(back.rules().get(1).antecedent().isEmpty(), "an empty antecedent stays empty");
            assertEquals(Double.POSITIVE_INFINITY, back.rules().get(2).conviction(), "infinite conviction");
            assertEquals("Bread", back.itemCounts().get(0).label());
            assertEquals("P9", back.itemCounts().get(2).label(), "an item without a label reads as its id");
            assertEquals(run.startedAt(), back.startedAt());
            var listed = new RunCatalogue(db).find(saved.id()).orElseThrow();
            assertEquals(BasketRunStore.SUMMARY_KEY, listed.summaryKey());
            assertEquals(List.of("3", "7", "1000", "3", "0.01", "0.5"), listed.summaryArgs(),
                    "rules, itemsets, transactions, items, and the shares as plain text");
        }
    }

    @Test
    void listAndLatestGiveTheNewestFirstWithoutRules() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            BasketRunStore store = new BasketRunStore(db);
            long first = store.save(run("file", List.of(new Rule(List.of("a"), List.of("b"), 2, 0.2, 0.5, 1.2,
                    0.01, 1.1)))).id();
            long second = store.save(run("customer", List.of())).id();
            assertEquals(List.of(second, first), store.runIds());
            List<BasketRunRecord> listed = store.list();
            assertEquals(List.of(second, first), listed.stream().map(BasketRunRecord::id).toList());
            assertTrue(listed.get(1).rules().isEmpty(), "the list leaves the rules out");
            assertEquals("customer", store.latest().orElseThrow().basis());
            assertEquals(1, store.find(first).orElseThrow().rules().size());
            assertTrue(store.find(99).isEmpty());
        }
    }

    @Test
    void aBasketRunThatCannotBeStoredLeavesNothingBehind() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            BasketRunStore store = new BasketRunStore(db);
            String tooLong = "x".repeat(1001);
            BasketRunRecord bad = run("order", List.of(new Rule(List.of(tooLong), List.of("b"), 2, 0.2, 0.5, 1.2,
                    0.01, 1.1)));
            assertThrows(DatabaseException.class, () -> store.save(bad));
            try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT (SELECT COUNT(*) FROM analysis_runs) + (SELECT COUNT(*) FROM basket_runs) "
                            + "+ (SELECT COUNT(*) FROM basket_items) + (SELECT COUNT(*) FROM basket_rules)")) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
        }
    }

    private static BasketRunRecord run(String basis, List<Rule> rules) {
        return new BasketRunRecord(0, Instant.now().truncatedTo(ChronoUnit.MILLIS), "9.9", "shop", basis,
                "fpgrowth", 0.01, 0.5, 1, 10, 2, 1000, 3, 7, rules.size(), 0.25,
                List.of(new ItemCount("P1", "Bread", 300), new ItemCount("P2", "Butter", 120),
                        new ItemCount("P9", null, 5)), rules);
    }
}
