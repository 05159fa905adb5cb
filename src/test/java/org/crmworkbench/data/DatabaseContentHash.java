package org.crmworkbench.data;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * A SHA-256 over every row of every CRM table and the import log, each table's rows in the order of all their
 * columns: equal hashes mean equal content, whatever H2 did to the file's pages. Read without writing.
 */
public final class DatabaseContentHash {
    /** The tables hashed: every CRM table and the import log. */
    public static final String[] TABLES = {"customers", "products", "sales_reps", "orders", "order_lines", "ratings",
        "feedback", "knowledge_base", "imports"};

    private DatabaseContentHash() {
    }

    /** The hash of the file database at {@code path}, opened for reading only. */
    public static String of(Path path) throws SQLException {
        try (Database db = Database.openFileReadOnly(path)) {
            return of(db);
        }
    }

    public static String of(Database db) throws SQLException {
        try (Connection c = db.connect()) {
            return of(c);
        }
    }

    /** The hash of what {@code c} sees (it is left open). */
    public static String of(Connection c) throws SQLException {
        MessageDigest digest = sha256();
        try (Statement s = c.createStatement()) {
            for (String table : TABLES) {
                digest.update(("## " + table + "\n").getBytes(StandardCharsets.UTF_8));
                int columns;
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
                    columns = rs.getMetaData().getColumnCount();
                }
                StringBuilder order = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    order.append(i == 1 ? "" : ", ").append(i);
                }
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY " + order)) {
                    StringBuilder row = new StringBuilder();
                    while (rs.next()) {
                        row.setLength(0);
                        for (int i = 1; i <= columns; i++) {
                            row.append(rs.getString(i)).append('\u001F');
                        }
                        digest.update(row.append('\n').toString().getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
