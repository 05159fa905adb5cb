package org.crmworkbench.data.assistant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.data.TableDigest;
import org.crmworkbench.model.KnowledgeEntry;

/**
 * The knowledge base stored in the database ({@code knowledge_base}): read, add, edit and remove rows (the window's
 * table); imports go through the importer like every other table. Languages are read back as their two-letter code
 * ({@code zh-CN} as {@code zh}).
 */
public final class KnowledgeBaseStore {
    private final Database database;

    public KnowledgeBaseStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Every row, in id order. */
    public List<KnowledgeEntry> list() {
        List<KnowledgeEntry> rows = new ArrayList<>();
        try (Connection c = database.connect();
             PreparedStatement s = c.prepareStatement(
                     "SELECT id, question, intent, answer, language FROM knowledge_base ORDER BY id");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String language = rs.getString(5);
                rows.add(new KnowledgeEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        language == null ? null : KnowledgeFileReader.languageCode(language)));
            }
            return rows;
        } catch (SQLException e) {
            throw new DatabaseException("Could not read the knowledge base from " + database.description(), e);
        }
    }

    /** The number of rows. */
    public int count() {
        try (Connection c = database.connect();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM knowledge_base");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new DatabaseException("Could not count the knowledge base in " + database.description(), e);
        }
    }

    /**
     * Stores a new row and returns it with its id (one past the largest, as the importer numbers rows).
     *
     * @throws IllegalArgumentException when the question or the intent is empty or longer than its column
     */
    public KnowledgeEntry add(KnowledgeEntry entry) {
        check(entry);
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            try {
                long id;
                try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM knowledge_base");
                     ResultSet rs = s.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO knowledge_base (id, question, intent, answer, language) VALUES (?, ?, ?, ?, ?)")) {
                    s.setLong(1, id);
                    bind(s, 2, entry);
                    s.executeUpdate();
                }
                TableDigest.store(c, CrmTable.KNOWLEDGE_BASE);
                c.commit();
                return entry.withId(id);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseException("Could not add to the knowledge base in " + database.description(), e);
        }
    }

    /**
     * Replaces the row with {@code entry.id()}; false when there is none.
     *
     * @throws IllegalArgumentException when the question or the intent is empty or longer than its column
     */
    public boolean update(KnowledgeEntry entry) {
        check(entry);
        try {
            return change("UPDATE knowledge_base SET question = ?, intent = ?, answer = ?, language = ? WHERE id = ?",
                    s -> {
                        bind(s, 1, entry);
                        s.setLong(5, entry.id());
                    });
        } catch (SQLException e) {
            throw new DatabaseException("Could not change the knowledge base in " + database.description(), e);
        }
    }

    /** Removes the row {@code id}; false when there is none. */
    public boolean remove(long id) {
        try {
            return change("DELETE FROM knowledge_base WHERE id = ?", s -> s.setLong(1, id));
        } catch (SQLException e) {
            throw new DatabaseException("Could not remove from the knowledge base in " + database.description(), e);
        }
    }

    /** How a change's statement gets its values. */
    private interface Binding {
        void bind(PreparedStatement s) throws SQLException;
    }

    /** Runs one changing statement and stores the table's new fingerprint in the same transaction; true if a row changed. */
    private boolean change(String sql, Binding binding) throws SQLException {
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(sql)) {
                binding.bind(s);
                boolean changed = s.executeUpdate() == 1;
                TableDigest.store(c, CrmTable.KNOWLEDGE_BASE);
                c.commit();
                return changed;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static void bind(PreparedStatement s, int first, KnowledgeEntry entry) throws SQLException {
        s.setString(first, entry.question().strip());
        s.setString(first + 1, entry.intent().strip());
        s.setString(first + 2, entry.answer() == null ? null : entry.answer().strip());
        s.setString(first + 3, entry.language());
    }

    private static void check(KnowledgeEntry entry) {
        if (entry.question().isBlank() || entry.question().strip().length() > 2000) {
            throw new IllegalArgumentException("the question must have 1 to 2000 characters");
        }
        if (entry.intent().isBlank() || entry.intent().strip().length() > 100) {
            throw new IllegalArgumentException("the intent must have 1 to 100 characters");
        }
        if (entry.answer() != null && entry.answer().strip().length() > 8000) {
            throw new IllegalArgumentException("the answer must have at most 8000 characters");
        }
        if (entry.language() != null && entry.language().length() > 8) {
            throw new IllegalArgumentException("the language must be a code such as en or zh");
        }
    }
}
