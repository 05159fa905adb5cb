package org.crmworkbench.data;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A fingerprint of one table's rows, kept to find what H2 cannot: H2 checks the structure of its pages but not the
 * values in them, so a flipped bit in a stored number or text reads back as a different, plausible value. Each
 * import (and each edit of the knowledge base) stores the fingerprint of the tables it changed, in its own
 * transaction; {@link DatabaseCheck} reads every row again and compares.
 *
 * <p>The fingerprint is the row count and the sum, modulo 2<sup>128</sup>, of a SHA-256 of each row's values as
 * text: it does not depend on the order rows are read in, and any changed value changes it (barring a collision of
 * 128-bit sums).
 */
public final class TableDigest {
    /** A fingerprint: how many rows, and the sum of their hashes in hexadecimal. */
    public record Value(long rows, String sum) {
    }

    private final MessageDigest sha;
    private long high;
    private long low;
    private long rows;

    private TableDigest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A digest to feed rows to, one at a time, for a reader that goes through the table anyway. */
    public static TableDigest empty() {
        return new TableDigest();
    }

    /** Adds the current row of {@code rs} ({@code columns} columns, as {@code SELECT *} gives them). */
    public void add(ResultSet rs, int columns) throws SQLException {
        for (int i = 1; i <= columns; i++) {
            String text = rs.getString(i);
            if (text == null) {
                sha.update((byte) 1);
            } else {
                sha.update((byte) 0);
                sha.update(text.getBytes(StandardCharsets.UTF_8));
            }
            sha.update((byte) 0x1F);
        }
        ByteBuffer hash = ByteBuffer.wrap(sha.digest());
        long addHigh = hash.getLong();
        long addLow = hash.getLong();
        long sumLow = low + addLow;
        high += addHigh + (Long.compareUnsigned(sumLow, low) < 0 ? 1 : 0);
        low = sumLow;
        rows++;
    }

    public Value value() {
        return new Value(rows, String.format("%016x%016x", high, low));
    }

    /** Reads every row of {@code table}. */
    public static Value of(Connection c, CrmTable table) throws SQLException {
        TableDigest digest = new TableDigest();
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + table.sqlName())) {
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    digest.add(rs, columns);
                }
            }
        }
        return digest.value();
    }

    /** Computes and stores the fingerprint of {@code table} in the caller's transaction. */
    public static void store(Connection c, CrmTable table) throws SQLException {
        Value v = of(c, table);
        try (PreparedStatement d = c.prepareStatement("DELETE FROM table_digests WHERE table_name = ?")) {
            d.setString(1, table.sqlName());
            d.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO table_digests (table_name, row_count, digest, "
                + "computed_at) VALUES (?, ?, ?, ?)")) {
            p.setString(1, table.sqlName());
            p.setLong(2, v.rows());
            p.setString(3, v.sum());
            p.setObject(4, LocalDateTime.now().withNano(0));
            p.executeUpdate();
        }
    }

    /** The stored fingerprint of {@code table}; empty for a table never imported since fingerprints were kept. */
    public static Optional<Value> stored(Connection c, CrmTable table) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT row_count, digest FROM table_digests WHERE table_name = ?")) {
            p.setString(1, table.sqlName());
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(new Value(rs.getLong(1), rs.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1
                    || e.getErrorCode() == org.h2.api.ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1
                    || "42P01".equals(e.getSQLState())) {
                return Optional.empty(); // a database opened read-only before its upgrade
            }
            throw e;
        }
    }
}
