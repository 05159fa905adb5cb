package org.crmworkbench.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The workbench's store: an embedded H2 database (a file, or memory for tests) whose schema is created and
 * upgraded by the versioned migrations under {@code db/migration}.
 *
 * <p>Open one per process and pass it to whoever needs it; {@link #close()} releases the file.
 */
public final class Database implements AutoCloseable {
    private static final String FILE_SUFFIX = ".mv.db";
    private static final String OPTIONS = ";DB_CLOSE_ON_EXIT=FALSE" + System.getProperty("crmworkbench.h2options", "");

    private final String url;
    private final String description;
    private final JdbcConnectionPool pool;

    private Database(String url, String description) {
        this.url = url;
        this.description = description;
        this.pool = JdbcConnectionPool.create(url, "sa", "");
        this.pool.setMaxConnections(16);
    }

    /**
     * Opens (creating when absent) the file database at {@code path}; missing parent folders are created.
     * The path may name the database with or without H2's {@code .mv.db} suffix.
     */
    public static Database openFile(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        String name = absolute.toString();
        if (name.endsWith(FILE_SUFFIX)) {
            name = name.substring(0, name.length() - FILE_SUFFIX.length());
        }
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new DatabaseException("Cannot create the folder for database " + absolute + ": " + e.getMessage(), e);
        }
        // "retry:" reopens the file when a thread is interrupted in the middle of file I/O (cancelling a background
        // job interrupts its worker); with plain "file:" such an interrupt closes the whole database.
        return open("jdbc:h2:retry:" + name + OPTIONS, name + FILE_SUFFIX);
    }

    /**
     * Opens the existing file database at {@code path} for reading only: nothing is migrated, compacted or rewritten,
     * so a verb that only looks (such as {@code info}) leaves the file byte for byte as it was. The tables of the
     * first schema version are always there; newer ones may be missing in a database no verb has upgraded yet.
     */
    public static Database openFileReadOnly(Path path) {
        String name = path.toAbsolutePath().normalize().toString();
        if (name.endsWith(FILE_SUFFIX)) {
            name = name.substring(0, name.length() - FILE_SUFFIX.length());
        }
        Database db = new Database("jdbc:h2:file:" + name + OPTIONS + ";ACCESS_MODE_DATA=r", name + FILE_SUFFIX);
        try (Connection c = db.connect()) {
            return db;
        } catch (SQLException e) {
            db.close();
            throw new DatabaseException(db.explain(e), e);
        }
    }

    /** Whether a file database exists at {@code path} (given with or without the {@code .mv.db} suffix). */
    public static boolean exists(Path path) {
        String name = path.toAbsolutePath().normalize().toString();
        return Files.isRegularFile(Path.of(name.endsWith(FILE_SUFFIX) ? name : name + FILE_SUFFIX));
    }

    /** A private in-memory database that lives until {@link #close()}; for tests and throw-away work. */
    public static Database inMemory() {
        return open("jdbc:h2:mem:wb-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "memory");
    }

    private static Database open(String url, String description) {
        Database db = new Database(url, description);
        try {
            db.migrate();
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private void migrate() {
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration", "classpath:org/crmworkbench/data/migration")
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new DatabaseException(explain(e), e);
        }
    }

    private String explain(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("already in use") || message.contains("Database may be already in use")
                    || message.contains("The file is locked")) {
                return "The database " + description
                        + " is in use by another program (is the workbench already open?). Close it and try again.";
            }
        }
        return "Cannot open database " + description + ": " + e.getMessage();
    }

    /** A pooled connection in auto-commit mode; close it when done. */
    public Connection connect() throws SQLException {
        return pool.getConnection();
    }

    public DataSource dataSource() {
        return pool;
    }

    public String url() {
        return url;
    }

    /** Where the data lives, for messages and provenance (a file path, or {@code memory}). */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        if (url.startsWith("jdbc:h2:mem:")) {
            try (Connection c = pool.getConnection(); var s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException ignored) {
                // already gone
            }
        }
        pool.dispose();
    }

    @Override
    public String toString() {
        return "Database[" + Objects.requireNonNullElse(description, url) + "]";
    }
}
