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
import org.crmworkbench.model.RepsRunRecord;
import org.crmworkbench.model.RepsRunRecord.Effect;
import org.crmworkbench.model.RepsRunRecord.Shift;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.Tag(TestDatabases.BOTH_ENGINES)
class RepsRunStoreTest {

    @Test
    void aSavedRepsRunReadsBackTheSameWithItsLeagueTableInOrder() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            RepsRunStore store = new RepsRunStore(db);
            RepsRunRecord run = run("order-value", List.of("region", "channel"), List.of(
                    new Effect("R007", "Ada Lee", "Europe", 310, 48_210.5, 0.21, 0.12, 0.30, 5, 1),
                    new Effect("R001", "Owen Morris", "North America", 402, 90_100, 0.02, -0.05, 0.09, 1, 2),
                    new Effect("R030", "R030", "", 3, 150, -0.01, Double.NaN, Double.NaN, 3, 3)));
            RepsRunRecord saved = store.save(run);
            assertTrue(saved.id() > 0);
            RepsRunRecord back = store.find(saved.id()).orElseThrow();
            assertEquals(saved, back);
            assertEquals(List.of("R007", "R001", "R030"), back.effects().stream().map(Effect::repId).toList());
            assertTrue(Double.isNaN(back.effects().get(2).lower()), "a missing bound reads back missing");
            assertEquals(List.of("region", "channel"), back.adjustFor(), "factors keep their order");
            assertEquals(run.model(), back.model());
            assertEquals(run.startedAt(), back.startedAt());
            var listed = new RunCatalogue(db).find(saved.id()).orElseThrow();
            assertEquals(RepsRunStore.SUMMARY_KEY, listed.summaryKey());
            assertEquals(List.of("3", "715", "order-value"), listed.summaryArgs(),
                    "reps, observations, the outcome's command-line name");
        }
    }

    @Test
    void listAndLatestGiveTheNewestFirstWithoutTheLeagueTable() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            RepsRunStore store = new RepsRunStore(db);
            assertTrue(store.latest().isEmpty());
            long first = store.save(run("orders", List.of(), List.of(new Effect("R1", "A", "NA", 10, 1.5, 0.1,
                    0.0, 0.2, 1, 1)))).id();
            long second = store.save(run("retention", List.of("value_tier"), List.of())).id();
            assertEquals(List.of(second, first), store.runIds());
            List<RepsRunRecord> listed = store.list();
            assertEquals(List.of(second, first), listed.stream().map(RepsRunRecord::id).toList());
            assertTrue(listed.get(1).effects().isEmpty(), "the list leaves the league table out");
            assertEquals(List.of("value_tier"), listed.get(0).adjustFor(), "but keeps the settings");
            assertEquals("retention", store.latest().orElseThrow().outcome());
            assertEquals(1, store.find(first).orElseThrow().effects().size());
            assertTrue(store.find(99).isEmpty());
        }
    }

    @Test
    void aRepsRunThatCannotBeStoredLeavesNothingBehind() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            RepsRunStore store = new RepsRunStore(db);
            RepsRunRecord bad = run("order-value", List.of("region"), List.of(
                    new Effect("R1", "A", "NA", 10, 1.5, 0.1, 0.0, 0.2, 1, 1),
                    new Effect("x".repeat(65), "B", "NA", 10, 1.5, 0.1, 0.0, 0.2, 2, 2)));
            assertThrows(DatabaseException.class, () -> store.save(bad));
            try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT (SELECT COUNT(*) FROM analysis_runs) + (SELECT COUNT(*) FROM reps_runs) "
                            + "+ (SELECT COUNT(*) FROM reps_factors) + (SELECT COUNT(*) FROM reps_effects) "
                            + "+ (SELECT COUNT(*) FROM reps_shifts)")) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
        }
    }

    private static RepsRunRecord run(String outcome, List<String> adjustFor, List<Effect> effects) {
        return new RepsRunRecord(0, Instant.now().truncatedTo(ChronoUnit.MILLIS), "9.9", "shop", outcome, adjustFor,
                true, "quarter", 180, 715, "{\n  \"reml_criterion\": 1234.5\n}", effects,
                List.of(new Shift("R001", "Owen Morris", 1, 2, 40), new Shift("R030", "R030", 3, 3, 40)));
    }
}
