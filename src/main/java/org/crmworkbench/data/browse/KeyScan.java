package org.crmworkbench.data.browse;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Collects the keys of a streaming key scan ({@link BrowseSql#keys}) with what each row sorts by, in primitive
 * arrays, then orders the keys with {@link KeySort}. A lookup column sorts by the rank of the referenced row's
 * text, read once from the referenced table, so the scan needs no join.
 */
final class KeyScan {
    private static final int INITIAL = 1024;

    private final BrowseColumn sort;
    private final LookupRanks lookupRanks;
    private final BitSet missing = new BitSet();
    private long[] keys = new long[INITIAL];
    private long[] numbers;
    private int[] ranks;
    private String[] texts;

    /** @param sort the column to sort by, or null for key order; {@code lookupRanks} when it is a lookup column */
    KeyScan(BrowseColumn sort, LookupRanks lookupRanks) {
        this.sort = sort;
        this.lookupRanks = lookupRanks;
        if (sort == null) {
            return;
        }
        if (sort.isLookup()) {
            ranks = new int[INITIAL];
        } else if (sort.type().isText()) {
            texts = new String[INITIAL];
        } else {
            numbers = new long[INITIAL];
        }
    }

    /** The ids of the referenced table with the rank of each one's shown text. */
    static LookupRanks lookupRanks(Connection c, BrowseSql sql, BrowseColumn column) throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql.lookupValues(column))) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
                texts.add(rs.getString(2));
            }
        }
        long[] idArray = ids.stream().mapToLong(Long::longValue).toArray();
        return new LookupRanks(idArray, KeySort.ranks(texts.toArray(String[]::new), idArray.length));
    }

    /** Takes row {@code i} of the scan: the key in column 1, the sort value (if any) in column 2. */
    void add(ResultSet rs, int i) throws SQLException {
        if (i == keys.length) {
            grow(i * 2);
        }
        keys[i] = rs.getLong(1);
        if (sort == null) {
            return;
        }
        if (ranks != null) {
            long fk = rs.getLong(2);
            ranks[i] = rs.wasNull() ? 0 : lookupRanks.rankOf(fk);
        } else if (texts != null) {
            texts[i] = rs.getString(2);
        } else {
            Object v = ColumnValues.read(rs, 2, sort.type());
            if (v == null) {
                missing.set(i);
            } else {
                numbers[i] = sortable(v, sort.type());
            }
        }
    }

    /** The first {@code n} keys in sort order (key order when there is no sort column). */
    long[] ordered(int n, boolean ascending) {
        if (sort == null) {
            return Arrays.copyOf(keys, n);
        }
        int[] rank = ranks != null ? ranks : texts != null ? KeySort.ranks(texts, n) : KeySort.ranks(numbers, missing, n);
        return KeySort.byRank(keys, rank, n, ascending);
    }

    private void grow(int size) {
        keys = Arrays.copyOf(keys, size);
        if (ranks != null) {
            ranks = Arrays.copyOf(ranks, size);
        }
        if (texts != null) {
            texts = Arrays.copyOf(texts, size);
        }
        if (numbers != null) {
            numbers = Arrays.copyOf(numbers, size);
        }
    }

    private static long sortable(Object v, ColumnType type) {
        return switch (type) {
            case INTEGER -> (Long) v;
            case DOUBLE -> KeySort.sortable((Double) v);
            case DECIMAL -> KeySort.sortable(((BigDecimal) v).doubleValue());
            case DATE -> ((LocalDate) v).toEpochDay();
            case TIMESTAMP -> nanosOf((LocalDateTime) v);
            case TEXT -> throw new IllegalStateException("text is ranked, not numbered");
        };
    }

    /** Nanoseconds since 1970 for times between the years 1678 and 2261; earlier or later ones saturate. */
    private static long nanosOf(LocalDateTime t) {
        long seconds = t.toEpochSecond(ZoneOffset.UTC);
        if (seconds > Long.MAX_VALUE / 1_000_000_000L - 1) {
            return Long.MAX_VALUE;
        }
        if (seconds < Long.MIN_VALUE / 1_000_000_000L + 1) {
            return Long.MIN_VALUE;
        }
        return seconds * 1_000_000_000L + t.getNano();
    }

    /** Ids of a referenced table (ascending) and the rank of the shown text of each. */
    record LookupRanks(long[] ids, int[] ranks) {
        int rankOf(long id) {
            int at = Arrays.binarySearch(ids, id);
            return at < 0 ? 0 : ranks[at];
        }
    }
}
