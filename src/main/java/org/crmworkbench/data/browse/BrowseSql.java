package org.crmworkbench.data.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The SQL behind browsing one {@link TableLayout}. Every identifier comes from the layout (never from the user);
 * the filter text is always a parameter. The browsed table is aliased {@code b}; a page's rows {@code r}.
 */
final class BrowseSql {
    static final String KEY_ALIAS = "wb_key";
    private static final String LIKE = " LIKE ? ESCAPE '\\'";

    /** PostgreSQL's row address as one number: its block times this, plus its place in the block. */
    private static final long ROWS_PER_BLOCK = 65_536;

    private final TableLayout layout;
    /**
     * Whether the table's key is the row's physical address on a team database: PostgreSQL's {@code ctid}, as the
     * counterpart of H2's {@code _ROWID_} for the ratings (which have no key column by design).
     */
    private final boolean rowAddress;

    BrowseSql(TableLayout layout) {
        this(layout, false);
    }

    /** {@code postgresql}: the SQL for a team database, where a table without an id is keyed by its row address. */
    BrowseSql(TableLayout layout, boolean postgresql) {
        this.layout = layout;
        this.rowAddress = postgresql && layout.keyColumn().equalsIgnoreCase("_ROWID_");
    }

    /** The row's key as a whole number in {@code alias}'s row. */
    private String key(String alias) {
        if (!rowAddress) {
            return alias + "." + layout.keyColumn();
        }
        return "(((" + alias + ".ctid::text)::point)[0]::bigint * " + ROWS_PER_BLOCK + " + ((" + alias
                + ".ctid::text)::point)[1]::bigint)";
    }

    /** What orders rows by key (the address itself on a team database, which PostgreSQL scans in order). */
    private String keyOrder(String alias) {
        return rowAddress ? alias + ".ctid" : alias + "." + layout.keyColumn();
    }

    /** A key parameter: the number itself, or the row address it stands for. */
    private String keyParameter() {
        return rowAddress ? "CAST(? AS tid)" : "?";
    }

    /** Binds key {@code key} to parameter {@code index} of a statement from {@link #rowByKey()} or the range. */
    void bindKey(java.sql.PreparedStatement p, int index, long key) throws java.sql.SQLException {
        if (rowAddress) {
            p.setString(index, "(" + (key / ROWS_PER_BLOCK) + "," + (key % ROWS_PER_BLOCK) + ")");
        } else {
            p.setLong(index, key);
        }
    }

    /** The {@code LIKE} pattern for a filter text: lower case, wildcards in the text matched literally. */
    static String likePattern(String filter) {
        String lower = filter.trim().toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length() + 8).append('%');
        for (int i = 0; i < lower.length(); i++) {
            char ch = lower.charAt(i);
            if (ch == '%' || ch == '_' || ch == '\\') {
                sb.append('\\');
            }
            sb.append(ch);
        }
        return sb.append('%').toString();
    }

    static boolean isFiltered(String filter) {
        return filter != null && !filter.isBlank();
    }

    /**
     * The filter condition: any text column of the table contains the text, or a referenced row's shown text
     * does ({@code fk IN (SELECT id ... WHERE ...)}; H2 runs such an uncorrelated subquery once per statement).
     */
    String filterCondition() {
        List<String> terms = new ArrayList<>();
        for (BrowseColumn c : layout.ownTextColumns()) {
            terms.add("LOWER(" + c.expression("b") + ")" + LIKE);
        }
        for (Lookup lookup : layout.lookups()) {
            List<String> inner = new ArrayList<>();
            for (BrowseColumn c : layout.columns()) {
                if (lookup.equals(c.lookup()) && c.type().isText()) {
                    inner.add("LOWER(t." + c.sqlColumn() + ")" + LIKE);
                }
            }
            terms.add("b." + lookup.foreignKey() + " IN (SELECT t.id FROM " + lookup.target().sqlName() + " t WHERE "
                    + String.join(" OR ", inner) + ")");
        }
        return "(" + String.join(" OR ", terms) + ")";
    }

    /** How many {@code ?} the filter condition has (all take the same pattern). */
    int filterParameterCount() {
        int n = layout.ownTextColumns().size();
        for (BrowseColumn c : layout.columns()) {
            if (c.isLookup() && c.type().isText()) {
                n++;
            }
        }
        return n;
    }

    String count(boolean filtered) {
        return "SELECT COUNT(*) FROM " + table() + " b" + (filtered ? " WHERE " + filterCondition() : "");
    }

    /**
     * One page by position: the page's rows are chosen (filtered, ordered, {@code LIMIT ? OFFSET ?}) from the
     * browsed table alone, and only those rows are joined to their lookups. Parameters: the filter patterns, then
     * limit and offset.
     */
    String page(boolean filtered, BrowseColumn sort, boolean ascending) {
        StringBuilder inner = new StringBuilder("SELECT ").append(key("b")).append(" AS ").append(KEY_ALIAS)
                .append(", b.* FROM ").append(table()).append(" b");
        if (sort != null && sort.isLookup()) {
            inner.append(join(sort.lookup(), "b"));
        }
        if (filtered) {
            inner.append(" WHERE ").append(filterCondition());
        }
        inner.append(" ORDER BY ").append(orderBy(sort, ascending, "b", keyOrder("b")))
                .append(" LIMIT ? OFFSET ?");
        StringBuilder outer = new StringBuilder("SELECT r.").append(KEY_ALIAS);
        for (BrowseColumn c : layout.columns()) {
            outer.append(", ").append(c.expression("r"));
        }
        outer.append(" FROM (").append(inner).append(") r");
        for (Lookup lookup : layout.lookups()) {
            outer.append(join(lookup, "r"));
        }
        return outer.append(" ORDER BY ").append(orderBy(sort, ascending, "r", "r." + KEY_ALIAS)).toString();
    }

    /** Whole rows for display, one key at a time: {@code ... WHERE b.<key> = ?}. */
    String rowByKey() {
        return rows() + " WHERE " + keyOrder("b") + " = " + keyParameter();
    }

    /** Whole rows for display over a key range: {@code ... WHERE b.<key> BETWEEN ? AND ?}. */
    String rowsByKeyRange() {
        return rows() + " WHERE " + keyOrder("b") + " BETWEEN " + keyParameter() + " AND " + keyParameter();
    }

    /**
     * Every matching key in key order, with what the sort needs: the column's value, or for a lookup column the
     * foreign key (ranked in Java, which avoids joining and sorting every row in the database).
     */
    String keys(boolean filtered, BrowseColumn sort) {
        StringBuilder sql = new StringBuilder("SELECT ").append(key("b"));
        if (sort != null) {
            sql.append(", b.").append(sort.isLookup() ? sort.lookup().foreignKey() : sort.sqlColumn());
        }
        sql.append(" FROM ").append(table()).append(" b");
        if (filtered) {
            sql.append(" WHERE ").append(filterCondition());
        }
        return sql.append(" ORDER BY ").append(keyOrder("b")).toString();
    }

    /** A lookup column's values for every referenced row, by id. */
    String lookupValues(BrowseColumn column) {
        return "SELECT id, " + column.sqlColumn() + " FROM " + column.lookup().target().sqlName() + " ORDER BY id";
    }

    private String rows() {
        StringBuilder sql = new StringBuilder("SELECT ").append(key("b"));
        for (BrowseColumn c : layout.columns()) {
            sql.append(", ").append(c.expression("b"));
        }
        sql.append(" FROM ").append(table()).append(" b");
        for (Lookup lookup : layout.lookups()) {
            sql.append(join(lookup, "b"));
        }
        return sql.toString();
    }

    private static String join(Lookup lookup, String from) {
        return " LEFT JOIN " + lookup.target().sqlName() + " " + lookup.alias() + " ON " + lookup.alias() + ".id = "
                + from + "." + lookup.foreignKey();
    }

    /** Sort column first (nulls lowest, as the in-memory order does), then the key so the order is total. */
    private static String orderBy(BrowseColumn sort, boolean ascending, String base, String key) {
        if (sort == null) {
            return key;
        }
        return sort.expression(base) + (ascending ? " ASC NULLS FIRST" : " DESC NULLS LAST") + ", " + key;
    }

    private String table() {
        return layout.table().sqlName();
    }
}
