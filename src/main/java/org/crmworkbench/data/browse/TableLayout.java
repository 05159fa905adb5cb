package org.crmworkbench.data.browse;

import static org.crmworkbench.data.browse.ColumnType.DATE;
import static org.crmworkbench.data.browse.ColumnType.DECIMAL;
import static org.crmworkbench.data.browse.ColumnType.DOUBLE;
import static org.crmworkbench.data.browse.ColumnType.INTEGER;
import static org.crmworkbench.data.browse.ColumnType.TEXT;
import static org.crmworkbench.data.browse.ColumnType.TIMESTAMP;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmworkbench.data.CrmTable;

/**
 * What an analyst sees of one table: its columns in display order, with external ids in place of internal ones,
 * and the key that fixes the default row order.
 *
 * <p>Tables with a generated {@code id} are keyed and ordered by it (the order rows were imported in). Ratings
 * have no id column and no index by design (see the schema), so they are keyed by H2's {@code _ROWID_}, the
 * internal row key of the table's primary storage, which also follows import order. That pseudo column is the one
 * H2-specific piece of browse SQL; PostgreSQL would need an id column on ratings instead.
 *
 * @param table     the table browsed
 * @param keyColumn the unique, indexed key column giving the default order ({@code id} or {@code _ROWID_})
 * @param lookups   referenced tables joined for display
 * @param columns   the columns shown, in order
 */
public record TableLayout(CrmTable table, String keyColumn, List<Lookup> lookups, List<BrowseColumn> columns) {

    private static final Map<CrmTable, TableLayout> LAYOUTS = buildAll();

    public TableLayout {
        lookups = List.copyOf(lookups);
        columns = List.copyOf(columns);
    }

    public static TableLayout of(CrmTable table) {
        return LAYOUTS.get(table);
    }

    /** The column named {@code name}, if this layout has one. */
    public Optional<BrowseColumn> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public List<String> columnNames() {
        return columns.stream().map(BrowseColumn::name).toList();
    }

    /** Columns of the browsed table itself that the filter searches. */
    List<BrowseColumn> ownTextColumns() {
        return columns.stream().filter(c -> !c.isLookup() && c.type().isText()).toList();
    }

    private static Map<CrmTable, TableLayout> buildAll() {
        Map<CrmTable, TableLayout> m = new EnumMap<>(CrmTable.class);
        m.put(CrmTable.CUSTOMERS, new TableLayout(CrmTable.CUSTOMERS, "id", List.of(), List.of(
                BrowseColumn.own("customer_id", TEXT, "external_id"),
                BrowseColumn.own("name", TEXT),
                BrowseColumn.own("gender", TEXT),
                BrowseColumn.own("birth_year", INTEGER),
                BrowseColumn.own("region", TEXT),
                BrowseColumn.own("city", TEXT),
                BrowseColumn.own("channel", TEXT),
                BrowseColumn.own("signup_date", DATE),
                BrowseColumn.own("email", TEXT))));
        m.put(CrmTable.PRODUCTS, new TableLayout(CrmTable.PRODUCTS, "id", List.of(), List.of(
                BrowseColumn.own("product_id", TEXT, "external_id"),
                BrowseColumn.own("name", TEXT),
                BrowseColumn.own("category", TEXT),
                BrowseColumn.own("brand", TEXT),
                BrowseColumn.own("price", DECIMAL),
                BrowseColumn.own("tags", TEXT),
                BrowseColumn.own("description", TEXT))));
        m.put(CrmTable.SALES_REPS, new TableLayout(CrmTable.SALES_REPS, "id", List.of(), List.of(
                BrowseColumn.own("rep_id", TEXT, "external_id"),
                BrowseColumn.own("name", TEXT),
                BrowseColumn.own("region", TEXT),
                BrowseColumn.own("hired_on", DATE))));
        Lookup orderCustomer = new Lookup("c", "customer_id", CrmTable.CUSTOMERS);
        Lookup orderRep = new Lookup("s", "sales_rep_id", CrmTable.SALES_REPS);
        m.put(CrmTable.ORDERS, new TableLayout(CrmTable.ORDERS, "id", List.of(orderCustomer, orderRep), List.of(
                BrowseColumn.own("order_id", TEXT, "external_id"),
                BrowseColumn.of(orderCustomer, "customer_id", TEXT, "external_id"),
                BrowseColumn.of(orderCustomer, "customer_name", TEXT, "name"),
                BrowseColumn.own("order_date", DATE),
                BrowseColumn.own("channel", TEXT),
                BrowseColumn.of(orderRep, "rep_id", TEXT, "external_id"),
                BrowseColumn.own("total", DECIMAL))));
        Lookup lineOrder = new Lookup("o", "order_id", CrmTable.ORDERS);
        Lookup lineProduct = new Lookup("p", "product_id", CrmTable.PRODUCTS);
        m.put(CrmTable.ORDER_LINES, new TableLayout(CrmTable.ORDER_LINES, "id", List.of(lineOrder, lineProduct),
                List.of(
                        BrowseColumn.of(lineOrder, "order_id", TEXT, "external_id"),
                        BrowseColumn.of(lineProduct, "product_id", TEXT, "external_id"),
                        BrowseColumn.of(lineProduct, "product_name", TEXT, "name"),
                        BrowseColumn.own("quantity", INTEGER),
                        BrowseColumn.own("unit_price", DECIMAL))));
        Lookup ratingCustomer = new Lookup("c", "customer_id", CrmTable.CUSTOMERS);
        Lookup ratingProduct = new Lookup("p", "product_id", CrmTable.PRODUCTS);
        m.put(CrmTable.RATINGS, new TableLayout(CrmTable.RATINGS, "_ROWID_", List.of(ratingCustomer, ratingProduct),
                List.of(
                        BrowseColumn.of(ratingCustomer, "customer_id", TEXT, "external_id"),
                        BrowseColumn.of(ratingCustomer, "customer_name", TEXT, "name"),
                        BrowseColumn.of(ratingProduct, "product_id", TEXT, "external_id"),
                        BrowseColumn.of(ratingProduct, "product_name", TEXT, "name"),
                        BrowseColumn.own("rating", DOUBLE),
                        BrowseColumn.own("rated_at", TIMESTAMP))));
        Lookup feedbackCustomer = new Lookup("c", "customer_id", CrmTable.CUSTOMERS);
        m.put(CrmTable.FEEDBACK, new TableLayout(CrmTable.FEEDBACK, "id", List.of(feedbackCustomer), List.of(
                BrowseColumn.own("feedback_id", TEXT, "external_id"),
                BrowseColumn.of(feedbackCustomer, "customer_id", TEXT, "external_id"),
                BrowseColumn.own("created_at", TIMESTAMP),
                BrowseColumn.own("channel", TEXT),
                BrowseColumn.own("language", TEXT),
                BrowseColumn.own("text", TEXT))));
        m.put(CrmTable.KNOWLEDGE_BASE, new TableLayout(CrmTable.KNOWLEDGE_BASE, "id", List.of(), List.of(
                BrowseColumn.own("question", TEXT),
                BrowseColumn.own("intent", TEXT),
                BrowseColumn.own("answer", TEXT),
                BrowseColumn.own("language", TEXT))));
        return m;
    }
}
