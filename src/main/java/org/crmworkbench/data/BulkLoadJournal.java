package org.crmworkbench.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a large import into empty tables all-or-nothing without one huge transaction (H2 only).
 *
 * <p>{@link #begin} writes, and commits, a journal naming the tables being filled and the statements that rebuild
 * their secondary indexes, unique constraints and foreign keys (the ones on those tables and the ones pointing at
 * them), then drops those structures so rows go in at the speed of an unindexed table. The loader then commits
 * rows in batches. {@link #finish} rebuilds the structures (a foreign key is checked against every row as it is
 * added back) and the caller clears the journal in the same transaction that records the import. Any failure,
 * cancel or a killed process before that moment is undone by {@link #rollBack}: the tables are emptied (they were
 * empty before) and the structures rebuilt; {@link #recover} does the same when a database is opened with an
 * interrupted import in its journal. Primary keys stay in place: ids are assigned in increasing order, so their
 * index grows at its end.
 */
public final class BulkLoadJournal {
    static final String EMPTY = "empty";
    static final String RESTORE = "restore";
    private static final Pattern TABLE_OF = Pattern.compile("^(?:ALTER TABLE|CREATE INDEX \"[^\"]+\"\\.\"[^\"]+\" ON)"
            + " \"PUBLIC\"\\.\"([^\"]+)\"");
    private static final Pattern NAME_OF = Pattern.compile("(?:ADD CONSTRAINT|CREATE INDEX) \"PUBLIC\"\\.\"([^\"]+)\"");
    private static final Pattern REFERENCED = Pattern.compile("REFERENCES \"PUBLIC\"\\.\"([^\"]+)\"");

    private BulkLoadJournal() {
    }

    /** Whether every one of {@code tables} holds no rows, so a bulk load into them can be undone by emptying them. */
    public static boolean allEmpty(Connection c, Collection<String> tables) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT 1 FROM " + table + " LIMIT 1")) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * Journals the load of {@code tables} (empty, see {@link #allEmpty}), commits the journal, and sets their
     * secondary structures aside. Leaves {@code c} with auto-commit off.
     */
    public static void begin(Connection c, Collection<String> tables) throws SQLException {
        Set<String> upper = new TreeSet<>();
        for (String t : tables) {
            upper.add(t.toUpperCase(Locale.ROOT));
        }
        List<String> restore = new ArrayList<>();
        List<String> drops = new ArrayList<>();
        for (String line : schemaScript(c)) {
            String statement = line.endsWith(";") ? line.substring(0, line.length() - 1) : line;
            Matcher table = TABLE_OF.matcher(statement);
            Matcher name = NAME_OF.matcher(statement);
            if (!table.find() || !name.find() || statement.contains(" PRIMARY KEY")) {
                continue;
            }
            Matcher referenced = REFERENCED.matcher(statement);
            boolean foreignKey = referenced.find();
            boolean involved = upper.contains(table.group(1)) || (foreignKey && upper.contains(referenced.group(1)));
            if (!involved) {
                continue;
            }
            if (statement.startsWith("CREATE INDEX")) {
                drops.add("DROP INDEX IF EXISTS \"PUBLIC\".\"" + name.group(1) + "\"");
                restore.add(statement.replaceFirst("^CREATE INDEX ", "CREATE INDEX IF NOT EXISTS "));
            } else {
                drops.add("ALTER TABLE \"PUBLIC\".\"" + table.group(1) + "\" DROP CONSTRAINT IF EXISTS \"PUBLIC\".\""
                        + name.group(1) + "\"");
                // SCRIPT writes foreign keys with NOCHECK; added back, they must check every loaded row
                restore.add(statement.replace(" NOCHECK", "").replace("ADD CONSTRAINT ", "ADD CONSTRAINT IF NOT EXISTS "));
            }
        }
        // indexes and unique keys first, foreign keys last: a foreign key may need the unique key it points at
        restore.sort((a, b) -> Boolean.compare(a.contains(" FOREIGN KEY"), b.contains(" FOREIGN KEY")));
        // foreign keys are dropped first so no drop is refused for a key still pointing at it
        drops.sort((a, b) -> Boolean.compare(!isForeignKeyDrop(a, restore), !isForeignKeyDrop(b, restore)));
        c.setAutoCommit(false);
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO import_journal (position, action, statement, started_at) VALUES (?, ?, ?, ?)")) {
            int position = 0;
            LocalDateTime now = LocalDateTime.now().withNano(0);
            for (String t : tables) {
                add(p, ++position, EMPTY, t, now);
            }
            for (String r : restore) {
                add(p, ++position, RESTORE, r, now);
            }
            p.executeBatch();
        }
        c.commit();
        try (Statement s = c.createStatement()) {
            for (String d : drops) {
                s.execute(d);
            }
        }
        c.commit();
    }

    /**
     * Puts the journalled indexes and constraints back (each is checked against the loaded rows); the caller then
     * deletes the journal with {@link #clear} in the transaction that records the import, and commits.
     */
    public static void finish(Connection c) throws SQLException {
        restore(c);
    }

    /** Deletes the journal, in the caller's transaction: the moment the import counts as done. */
    public static void clear(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM import_journal");
        }
    }

    /** Undoes a journalled import: empties its tables, rebuilds their structures, clears the journal, commits. */
    public static void rollBack(Connection c) throws SQLException {
        c.setAutoCommit(false);
        c.rollback();
        try (Statement s = c.createStatement()) {
            for (String table : statements(c, EMPTY)) {
                s.execute("TRUNCATE TABLE " + table);
            }
        }
        c.commit();
        restore(c);
        clear(c);
        c.commit();
    }

    /**
     * Undoes an import that was interrupted (the process killed or the machine stopped) before it was recorded;
     * returns how many tables it emptied (0 when the journal was empty).
     */
    public static int recover(Connection c) throws SQLException {
        List<String> tables = statements(c, EMPTY);
        if (tables.isEmpty() && statements(c, RESTORE).isEmpty()) {
            return 0;
        }
        boolean autoCommit = c.getAutoCommit();
        try {
            rollBack(c);
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return tables.size();
    }

    /** Whether an interrupted import is waiting to be undone (read-only verbs say so rather than undo it). */
    public static boolean pending(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM import_journal")) {
            rs.next();
            return rs.getLong(1) > 0;
        } catch (SQLException e) {
            // a database from before the journal existed (opened read-only, not migrated) has none pending
            if (e.getErrorCode() == org.h2.api.ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1
                    || e.getErrorCode() == org.h2.api.ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1) {
                return false;
            }
            throw e;
        }
    }

    private static void restore(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String r : statements(c, RESTORE)) {
                s.execute(r);
            }
        }
        c.commit();
    }

    private static List<String> statements(Connection c, String action) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT statement FROM import_journal WHERE action = ? ORDER BY position")) {
            p.setString(1, action);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static List<String> schemaScript(Connection c) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SCRIPT NODATA NOPASSWORDS NOSETTINGS")) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        return lines;
    }

    private static boolean isForeignKeyDrop(String drop, List<String> restore) {
        Matcher m = Pattern.compile("DROP CONSTRAINT IF EXISTS \"PUBLIC\"\\.\"([^\"]+)\"").matcher(drop);
        if (!m.find()) {
            return false;
        }
        String name = "\"PUBLIC\".\"" + m.group(1) + "\" FOREIGN KEY";
        return restore.stream().anyMatch(r -> r.contains(name));
    }

    private static void add(PreparedStatement p, int position, String action, String statement, LocalDateTime at)
            throws SQLException {
        p.setInt(1, position);
        p.setString(2, action);
        p.setString(3, statement);
        p.setObject(4, at);
        p.addBatch();
    }
}
