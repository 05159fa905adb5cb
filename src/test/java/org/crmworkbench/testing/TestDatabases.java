package org.crmworkbench.testing;

import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseAddress;

/**
 * A fresh, empty workbench database for a data-layer test, on the engine the test run is for: H2 in memory by
 * default; a new database on the test PostgreSQL ({@link PostgresServer}) when the system property
 * {@code crmworkbench.test.engine} is {@code postgresql}, as the build's second run of the tests tagged
 * {@value #BOTH_ENGINES} sets it. Closing the database releases it; the server drops what is left when it stops.
 */
public final class TestDatabases {
    /** The tag of the test classes the build runs on both engines. */
    public static final String BOTH_ENGINES = "both-engines";

    private TestDatabases() {
    }

    /** Whether this test run is the PostgreSQL one. */
    public static boolean onPostgresql() {
        return "postgresql".equalsIgnoreCase(System.getProperty("crmworkbench.test.engine", ""));
    }

    /** A new database with the whole schema and no rows. */
    public static Database fresh() {
        if (!onPostgresql()) {
            return Database.inMemory();
        }
        PostgresServer server = PostgresServer.require();
        String url = server.newMigratedDatabase("t");
        return Database.openServer((DatabaseAddress.Server) DatabaseAddress.parse(url),
                server.password() == null ? null : server.password().toCharArray(), false);
    }
}
