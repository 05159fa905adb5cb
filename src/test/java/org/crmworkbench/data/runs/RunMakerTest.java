package org.crmworkbench.data.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseAddress;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.testing.PostgresServer;
import org.junit.jupiter.api.Test;

/** Issue 21: a saved run carries who saved it, so two analysts on one team database can tell their runs apart. */
class RunMakerTest {
    private static long save(Database db) {
        return AnalysisRuns.saveWhole(db, new AnalysisRuns.Entry("forecast", "p", 1L, "test", Instant.now(), "s"),
                (c, id) -> { }, e -> "failed: " + e.getMessage());
    }

    @Test
    void aRunSavedInAFileCarriesTheComputersUser() {
        try (Database db = Database.inMemory()) {
            long id = save(db);
            SavedRun run = new RunCatalogue(db).find(id).orElseThrow();
            assertEquals(System.getProperty("user.name"), run.madeBy());
        }
    }

    @Test
    void aRunSavedInATeamDatabaseCarriesTheDatabaseUser() {
        PostgresServer server = PostgresServer.require();
        String url = server.newDatabase("maker");
        server.admin("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'analyst_b') THEN "
                + "CREATE ROLE analyst_b LOGIN; END IF; END $$");
        try (Database owner = Database.openServer((DatabaseAddress.Server) DatabaseAddress.parse(url), null, false)) {
            server.admin("GRANT CONNECT ON DATABASE " + PostgresServer.nameOf(url) + " TO analyst_b");
            try (var c = owner.connect(); var s = c.createStatement()) {
                s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO analyst_b");
                s.execute("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO analyst_b");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            long mine = save(owner);
            try (Database other = Database.openServer((DatabaseAddress.Server) DatabaseAddress.parse(
                    url.replace("user=crm", "user=analyst_b")), null, false)) {
                long theirs = save(other);
                RunCatalogue runs = new RunCatalogue(owner);
                assertEquals("crm", runs.find(mine).orElseThrow().madeBy());
                assertEquals("analyst_b", runs.find(theirs).orElseThrow().madeBy());
            }
        }
    }
}
