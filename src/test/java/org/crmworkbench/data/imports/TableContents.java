package org.crmworkbench.data.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.Database;

/** What a database holds, for tests that compare two databases or one before and after: row digests and schema. */
final class TableContents {
    private TableContents() {
    }

    /** Per CRM table, its row count and a SHA-256 of its rows in key order. */
    static String of(Database db) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (CrmTable t : CrmTable.values()) {
                String order = t == CrmTable.RATINGS ? "customer_id, product_id" : "id";
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                long rows = 0;
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + t.sqlName() + " ORDER BY " + order)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        rows++;
                        for (int i = 1; i <= columns; i++) {
                            digest.update(String.valueOf(rs.getObject(i)).getBytes(StandardCharsets.UTF_8));
                            digest.update((byte) 0);
                        }
                    }
                }
                out.append(t.sqlName()).append(' ').append(rows).append(' ')
                        .append(HexFormat.of().formatHex(digest.digest())).append('\n');
            }
        }
        return out.toString();
    }

    /** The indexes and constraints of every table but the journal, with H2's generated names left out, sorted. */
    static String schema(Database db) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SCRIPT NODATA NOPASSWORDS NOSETTINGS")) {
            while (rs.next()) {
                String line = rs.getString(1);
                if ((line.contains("CONSTRAINT") || line.startsWith("CREATE INDEX")) && !line.contains("IMPORT_JOURNAL")) {
                    lines.add(line.replaceAll("\"CONSTRAINT_[0-9A-F]+\"", "\"C\""));
                }
            }
        }
        lines.sort(null);
        return String.join("\n", lines);
    }

    static long count(Database db, String table) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
