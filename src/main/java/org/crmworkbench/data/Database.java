package org.crmworkbench.data;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
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
    static final String FILE_SUFFIX = ".mv.db";
    /** H2's AES encryption of the whole file; the key is given as the file password (see {@link DatabaseKey}). */
    static final String CIPHER = ";CIPHER=AES";

    /** The engines the workbench's SQL runs on; the data layer asks only where their SQL must differ. */
    public enum Engine {
        /** The embedded default: a file on this machine (or memory, for tests). */
        H2,
        /** A team database on a PostgreSQL server. */
        POSTGRESQL
    }

    /** Rows per round trip when a team database streams a result. */
    static final int READ_FETCH_SIZE = 10_000;

    private final String url;
    private final String description;
    private final JdbcConnectionPool pool;
    private final Engine engine;
    /** The team database this is, or null for a file. */
    private final DatabaseAddress.Server server;
    /** The statements sent, when {@code -Dcrmworkbench.sqlLog} asks for them (see {@link StatementLog}). */
    private final StatementLog log;
    private int undoneImportTables;

    Database(String url, String description) {
        this(url, "", description);
    }

    Database(String url, String password, String description) {
        this.url = url;
        this.description = description;
        this.engine = Engine.H2;
        this.server = null;
        this.log = StatementLog.fromSystemProperty(engine);
        this.pool = JdbcConnectionPool.create(url, "sa", password);
        this.pool.setMaxConnections(16);
    }

    private Database(DatabaseAddress.Server server, char[] password) {
        this.url = server.url();
        this.description = server.description();
        this.engine = Engine.POSTGRESQL;
        this.server = server;
        this.log = StatementLog.fromSystemProperty(engine);
        org.postgresql.ds.PGConnectionPoolDataSource source = new org.postgresql.ds.PGConnectionPoolDataSource();
        source.setURL(server.url());
        if (password != null) {
            source.setPassword(new String(password));
        }
        source.setApplicationName("CRM Workbench");
        // rows come in blocks of this many on connections outside auto-commit ({@link #connectForReading()})
        source.setDefaultRowFetchSize(READ_FETCH_SIZE);
        source.setConnectTimeout(10);
        this.pool = JdbcConnectionPool.create(source);
        this.pool.setMaxConnections(16);
    }

    /**
     * Opens the database at {@code address}: a file as {@link #openFile(Path, DatabaseKey)} does (with {@code key}),
     * or a team database on a server with {@code password} (null: none, or the server's own means such as
     * {@code ~/.pgpass}), its schema brought up to date.
     */
    public static Database open(DatabaseAddress address, DatabaseKey key, char[] password) {
        if (address instanceof DatabaseAddress.File f) {
            return openFile(f.path(), key);
        }
        return openServer((DatabaseAddress.Server) address, password, false);
    }

    /** As {@link #open}, for reading only: nothing is migrated or rewritten. */
    public static Database openReadOnly(DatabaseAddress address, DatabaseKey key, char[] password) {
        if (address instanceof DatabaseAddress.File f) {
            return openFileReadOnly(f.path(), key);
        }
        return openServer((DatabaseAddress.Server) address, password, true);
    }

    /**
     * Connects to a team database, creating or upgrading its schema unless {@code readOnly}. Import on a server runs
     * in one transaction, so there is never an interrupted import to undo.
     */
    public static Database openServer(DatabaseAddress.Server server, char[] password, boolean readOnly) {
        Database db = new Database(server, password);
        try {
            try (Connection c = db.connect()) {
                c.isValid(5);
            } catch (SQLException e) {
                throw new DatabaseException(ServerRefusal.whyNotOpened(e, server), e, server);
            }
            if (!readOnly && db.behindSchema()) {
                db.migrate();
            }
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Opens (creating when absent) the file database at {@code path}; missing parent folders are created.
     * The path may name the database with or without H2's {@code .mv.db} suffix. See {@link DatabaseFile}.
     */
    public static Database openFile(Path path) {
        return DatabaseFile.open(path);
    }

    /**
     * Opens the existing file database at {@code path} for reading only: nothing is migrated, compacted or rewritten,
     * so a verb that only looks (such as {@code info}) leaves the file byte for byte as it was.
     */
    public static Database openFileReadOnly(Path path) {
        return DatabaseFile.openReadOnly(path);
    }

    /**
     * Opens the file database at {@code path} as {@link #openFile(Path)} does, encrypted with {@code key} when one is
     * given ({@link DatabaseKey#unlock}); with none, a database that is encrypted is refused with a
     * {@link DatabasePasswordException} before H2 touches it.
     */
    public static Database openFile(Path path, DatabaseKey key) {
        return DatabaseFile.open(path, key);
    }

    /** As {@link #openFileReadOnly(Path)}, for a database encrypted with {@code key} when one is given. */
    public static Database openFileReadOnly(Path path, DatabaseKey key) {
        return DatabaseFile.openReadOnly(path, key);
    }

    /** Whether a file database exists at {@code path} (given with or without the {@code .mv.db} suffix). */
    public static boolean exists(Path path) {
        return DatabaseFile.exists(path);
    }

    /** Closes the file now (not when the last pooled connection goes), so it can be copied or moved. */
    void shutdown() {
        try (Connection c = pool.getConnection(); var s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // already closed
        }
        pool.dispose();
    }

    /**
     * Whether the schema is behind this version of the workbench. Read from the schema history directly (one query)
     * rather than through Flyway, whose scan of the migrations costs every verb a few hundred milliseconds.
     */
    boolean behindSchema() {
        try (Connection c = connect(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT MAX(CAST(\"version\" AS INTEGER)), MIN(CAST(\"success\" AS INTEGER)) "
                     + "FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            rs.next();
            return rs.getInt(1) < SchemaUpgrade.LATEST_VERSION || rs.getInt(2) == 0;
        } catch (SQLException e) {
            return true; // no history yet (or unreadable): Flyway decides, and says what is wrong
        }
    }

    /** A private in-memory database that lives until {@link #close()}; for tests and throw-away work. */
    public static Database inMemory() {
        return open("jdbc:h2:mem:wb-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "memory");
    }

    private static Database open(String url, String description) {
        return open(url, "", description);
    }

    private static Database open(String url, String password, String description) {
        Database db = new Database(url, password, description);
        try {
            db.refuseReadOnly();
            db.migrate();
            db.undoInterruptedImport();
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * An import loaded in bulk and cut short (the process killed, the machine stopped) left its journal: undo it now,
     * before anyone reads the half-loaded tables.
     */
    void undoInterruptedImport() {
        try (Connection c = connect()) {
            undoneImportTables = BulkLoadJournal.recover(c);
        } catch (SQLException e) {
            throw new DatabaseException("The database " + description + " holds an interrupted import that could "
                    + "not be undone (" + DatabaseException.firstLine(e.getMessage()) + "); run workbench check.", e);
        }
    }

    /** How many tables an interrupted import had filled when this database was opened (0: none was pending). */
    public int undoneImportTables() {
        return undoneImportTables;
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration", "classpath:org/crmworkbench/data/migration")
                .loggers("slf4j")
                .load();
    }

    /**
     * H2 opens a file it cannot write (a read-only disk or folder) read-only without a word, and the first write then
     * fails deep inside a verb; a database opened for writing says so at once, naming the file.
     */
    void refuseReadOnly() {
        try (Connection c = connect(); var s = c.createStatement(); var rs = s.executeQuery("SELECT READONLY()")) {
            if (rs.next() && rs.getBoolean(1)) {
                throw new DatabaseException(readOnlySentence(), null);
            }
        } catch (SQLException e) {
            throw new DatabaseException(explain(e), e);
        }
    }

    private String readOnlySentence() {
        return "The database " + description + " cannot be opened for writing: the file or its folder is "
                + "read-only. Copy it somewhere writable, or change its permissions.";
    }

    void migrate() {
        try {
            flyway().migrate();
        } catch (FlywayException e) {
            if (engine == Engine.POSTGRESQL) {
                throw new DatabaseException(ServerRefusal.whyNotUpgraded(e, description), e, server);
            }
            throw new DatabaseException(explain(e), e);
        }
    }

    String explain(Exception e) {
        if (!url.contains(CIPHER) && description.endsWith(FILE_SUFFIX)
                && EncryptionSettings.isEncrypted(Path.of(description))) {
            return "The database " + description + " is encrypted: it cannot be opened without its password.";
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("already in use") || message.contains("Database may be already in use")
                    || message.contains("The file is locked")) {
                return "The database " + description
                        + " is in use by another program (is the workbench already open?). Close it and try again.";
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("NonWritableChannelException") || message.contains("store is read-only")) {
                return "The database " + description + " cannot be read without writing to it: it was not closed "
                        + "cleanly (an interrupted write) and needs recovering. Run a verb that writes (such as "
                        + "import) or open it in the window once, then try again.";
            }
            if (message.contains("File corrupted") || message.contains("corrupt") || message.contains("Wrong file")
                    || message.contains("Unsupported format") || message.contains("is not a valid")) {
                return "The file " + description + " is not a readable workbench database (damaged, or not a "
                        + "database at all). Restore it from a backup, or move it away to start a new one.";
            }
            if (message.contains("AccessDenied") || message.contains("Permission denied")
                    || message.contains("Read-only file system") || message.contains("database is read only")) {
                return readOnlySentence();
            }
        }
        return "Cannot open database " + description + ": " + DatabaseException.firstLine(e.getMessage());
    }

    /** A pooled connection in auto-commit mode; close it when done. */
    public Connection connect() throws SQLException {
        Connection c = pool.getConnection();
        return log == null ? c : log.watch(c);
    }

    /**
     * A pooled connection for an analysis's reads; close it when done. On a team database its queries share one
     * read-only snapshot (an import another analyst commits meanwhile is not half seen) and stream their rows in
     * blocks of {@value #READ_FETCH_SIZE} instead of arriving whole; on H2 it is an ordinary connection.
     */
    public Connection connectForReading() throws SQLException {
        Connection c = connect();
        if (engine != Engine.POSTGRESQL) {
            return c;
        }
        try {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return ReadingConnection.around(c);
    }

    /**
     * Lets the next queries on {@code c} stream a large result instead of holding it whole ({@code on}), or stops
     * doing so: H2's lazy execution; on a team database, connections from {@link #connectForReading()} stream already.
     */
    public void streamResults(Connection c, boolean on) throws SQLException {
        if (engine == Engine.H2) {
            try (var s = c.createStatement()) {
                s.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
            }
        }
    }

    public DataSource dataSource() {
        return pool;
    }

    public String url() {
        return url;
    }

    /** The database file, or empty for a database in memory or on a server. */
    public Optional<Path> file() {
        return engine != Engine.H2 || url.startsWith("jdbc:h2:mem:") ? Optional.empty()
                : Optional.of(Path.of(description));
    }

    /**
     * Who is working on this database, as saved runs record it: the team database's user, or the computer's user
     * name for a file (everyone is the same {@code sa} to H2).
     */
    public String userName() {
        if (engine == Engine.POSTGRESQL) {
            try (Connection c = connect()) {
                return c.getMetaData().getUserName();
            } catch (SQLException e) {
                return System.getProperty("user.name");
            }
        }
        return System.getProperty("user.name");
    }

    /** The engine this database runs on, for the few statements whose SQL must differ between them. */
    public Engine engine() {
        return engine;
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
