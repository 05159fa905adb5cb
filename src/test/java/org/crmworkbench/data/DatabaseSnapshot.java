package org.crmworkbench.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;

/** Every row of every CRM table (and the import log) as text, to prove an import changed nothing. */
public final class DatabaseSnapshot {
    private DatabaseSnapshot() {
    }

    public static String of(Database db) throws SQLException {
        StringBuilder sb = new StringBuilder();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String table : new String[] {"customers", "products", "sales_reps", "orders", "order_lines", "ratings",
                    "feedback", "imports"}) {
                sb.append("## ").append(table).append('\n');
                String order = table.equals("ratings") ? "customer_id, product_id" : "id";
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY " + order)) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            sb.append(rs.getString(i)).append('|');
                        }
                        sb.append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    public static long count(Database db, String table) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
