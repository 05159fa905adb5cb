package org.crmworkbench.data.imports;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import org.crmworkbench.data.CrmTable;

/**
 * The identifiers known during one import: those already in the database (read once, when a table is first
 * needed) and those added by the rows loaded so far, so a later file can refer to an earlier one in the same load.
 */
final class KeyRegistry {
    /** Where a key was first seen: its internal id and the line of the file it came from (0 for the database). */
    record Entry(long id, long line) {
    }

    private final Connection connection;
    private final Map<CrmTable, ExternalKeyMap> keys = new EnumMap<>(CrmTable.class);
    private final Map<CrmTable, long[]> nextIds = new EnumMap<>(CrmTable.class);
    private final Map<CrmTable, LongIntMap> pairs = new EnumMap<>(CrmTable.class);

    KeyRegistry(Connection connection) {
        this.connection = connection;
    }

    private CrmTable lastTable;
    private String lastKey;
    private Entry lastEntry;

    /**
     * The entry for {@code externalId} in {@code table}, or null when no such row is known. Files are often
     * sorted by customer, so the last answer is kept and reused for the next identical question.
     */
    Entry find(CrmTable table, String externalId) throws SQLException {
        if (table == lastTable && externalId.equals(lastKey)) {
            return lastEntry;
        }
        Entry e = keysOf(table).get(externalId);
        if (e != null) {
            lastTable = table;
            lastKey = externalId;
            lastEntry = e;
        }
        return e;
    }

    /** Registers a new row's key; returns the earlier entry when the key is taken (nothing is registered then). */
    Entry register(CrmTable table, String externalId, long id, long line) throws SQLException {
        return keysOf(table).putIfAbsent(externalId, id, line);
    }

    /**
     * Reads now, on the caller's thread, everything checking rows of {@code spec} will need (the keys of the
     * tables it refers to, its own keys and next id, the pairs that identify ratings and order lines), so the checks never touch the connection.
     */
    void prepareFor(TableSpec spec) throws SQLException {
        for (FieldSpec f : spec.fields()) {
            if (f.type() == FieldType.REFERENCE) {
                keysOf(f.references());
            }
        }
        if (spec.keyField().isPresent()) {
            keysOf(spec.table());
        }
        if (spec.hasGeneratedId() && !nextIds.containsKey(spec.table())) {
            nextId(spec.table());
            nextIds.get(spec.table())[0]--;
        }
        if (spec.hasPairKey()) {
            pairsOf(spec.table());
        }
    }

    /**
     * Forgets the keys and pairs no file still to come needs (the order keys once the order lines are in, the order
     * lines' pairs once they are checked): a 100,000-customer data set ran out of a 512 MB heap at its ratings holding
     * 1.2M order keys and 3.1M order-line pairs it would never look at again.
     */
    void keepOnlyWhatIsNeededBy(java.util.List<TableSpec> toCome) {
        java.util.Set<CrmTable> keyTables = java.util.EnumSet.noneOf(CrmTable.class);
        java.util.Set<CrmTable> pairTables = java.util.EnumSet.noneOf(CrmTable.class);
        for (TableSpec spec : toCome) {
            for (FieldSpec f : spec.fields()) {
                if (f.type() == FieldType.REFERENCE) {
                    keyTables.add(f.references());
                }
            }
            if (spec.keyField().isPresent()) {
                keyTables.add(spec.table());
            }
            if (spec.hasPairKey()) {
                pairTables.add(spec.table());
            }
        }
        keys.keySet().retainAll(keyTables);
        pairs.keySet().retainAll(pairTables);
        lastTable = null;
        lastKey = null;
        lastEntry = null;
    }

    /** The next internal id for a new row of {@code table}. */
    long nextId(CrmTable table) throws SQLException {
        long[] next = nextIds.get(table);
        if (next == null) {
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table.sqlName())) {
                rs.next();
                next = new long[] {rs.getLong(1) + 1};
            }
            nextIds.put(table, next);
        }
        return next[0]++;
    }

    /**
     * Registers the pair of ids that identifies a row of {@code table} (a rating's customer and product, an order
     * line's order and product) at {@code line}; returns the line it was already seen on (0 when it is in the
     * database), or -1 when it is new.
     */
    long registerPair(CrmTable table, long first, long second, long line) throws SQLException {
        return pairsOf(table).putIfAbsent(pair(first, second), (int) Math.min(line, Integer.MAX_VALUE), -1);
    }

    private ExternalKeyMap keysOf(CrmTable table) throws SQLException {
        ExternalKeyMap m = keys.get(table);
        if (m == null) {
            m = new ExternalKeyMap();
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT external_id, id FROM " + table.sqlName())) {
                while (rs.next()) {
                    m.putIfAbsent(rs.getString(1), rs.getLong(2), 0);
                }
            }
            keys.put(table, m);
        }
        return m;
    }

    private LongIntMap pairsOf(CrmTable table) throws SQLException {
        LongIntMap m = pairs.get(table);
        if (m == null) {
            String columns = table == CrmTable.RATINGS ? "customer_id, product_id" : "order_id, product_id";
            try (Statement s = connection.createStatement()) {
                long count;
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table.sqlName())) {
                    rs.next();
                    count = rs.getLong(1);
                }
                m = new LongIntMap(Math.max(1 << 16, count));
                if (count > 0) {
                    try (ResultSet rs = s.executeQuery("SELECT " + columns + " FROM " + table.sqlName())) {
                        while (rs.next()) {
                            m.putIfAbsent(pair(rs.getLong(1), rs.getLong(2)), 0, -1);
                        }
                    }
                }
            }
            pairs.put(table, m);
        }
        return m;
    }

    private static long pair(long customerId, long productId) {
        return (customerId << 32) ^ (productId & 0xFFFFFFFFL);
    }
}
