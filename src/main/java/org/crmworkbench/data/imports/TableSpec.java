package org.crmworkbench.data.imports;

import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmworkbench.data.CrmTable;

/**
 * What a file for one table must contain: its fields in canonical order, and how rows become SQL.
 *
 * <p>Every table but ratings gets a generated {@code id}; ratings are keyed by the (customer, product) pair.
 */
public record TableSpec(CrmTable table, List<FieldSpec> fields) {
    private static final Map<CrmTable, TableSpec> SPECS = buildAll();

    public TableSpec {
        fields = List.copyOf(fields);
    }

    public static TableSpec of(CrmTable table) {
        return SPECS.get(table);
    }

    /** True when the importer assigns an {@code id} column to each row. */
    public boolean hasGeneratedId() {
        return table != CrmTable.RATINGS;
    }

    /** The field holding this table's own external key, if it has one. */
    public Optional<FieldSpec> keyField() {
        return fields.stream().filter(f -> f.type() == FieldType.KEY).findFirst();
    }

    /** For ratings: the two reference fields whose pair must be unique. */
    /**
     * Whether rows are identified by their first two (reference) fields rather than a key column: a rating by its
     * customer and product, an order line by its order and product (an order lists each product once).
     */
    public boolean hasPairKey() {
        return table == CrmTable.RATINGS || table == CrmTable.ORDER_LINES;
    }

    public Optional<FieldSpec> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public List<String> fieldNames() {
        return fields.stream().map(FieldSpec::name).toList();
    }

    /** The columns a load fills, in the order rows give them: the id first when generated. */
    private List<String> loadedColumns() {
        List<String> columns = new ArrayList<>();
        if (hasGeneratedId()) {
            columns.add("id");
        }
        for (FieldSpec f : fields) {
            columns.add(f.column());
        }
        return columns;
    }

    /** PostgreSQL's bulk load of this table's columns, in the order {@link #insertSql()} binds them, as CSV. */
    public String copySql() {
        return "COPY " + table.sqlName() + " (" + String.join(", ", loadedColumns()) + ") FROM STDIN (FORMAT csv)";
    }

    /** {@code INSERT INTO t (id, c1, c2, ...) VALUES (?, ?, ...)} with the id first when generated. */
    public String insertSql() {
        List<String> columns = loadedColumns();
        return "INSERT INTO " + table.sqlName() + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
    }

    private static Map<CrmTable, TableSpec> buildAll() {
        int thisYear = Year.now().getValue();
        Map<CrmTable, TableSpec> m = new EnumMap<>(CrmTable.class);
        m.put(CrmTable.CUSTOMERS, new TableSpec(CrmTable.CUSTOMERS, List.of(
                FieldSpec.key("customer_id", "customer", "customerid", "cust_id", "client_id", "user_id", "user",
                        "uid", "member_id", "id", "客户ID", "客户编号", "客户号", "用户ID", "用户编号", "会员ID", "会员编号"),
                FieldSpec.text("name", 200, false, "customer_name", "full_name", "username", "姓名", "名字", "客户名称", "客户姓名"),
                FieldSpec.of("gender", FieldType.GENDER, false, "sex", "性别"),
                FieldSpec.integer("birth_year", 1900, thisYear, false, "year_of_birth", "birthyear", "born", "出生年份", "出生年"),
                FieldSpec.text("region", 100, false, "area", "province", "state", "地区", "区域", "大区", "省份"),
                FieldSpec.text("city", 100, false, "town", "城市"),
                FieldSpec.text("channel", 32, false, "acquisition_channel", "source", "渠道", "来源渠道"),
                FieldSpec.of("signup_date", FieldType.DATE, false, "registered", "registration_date", "signup",
                        "join_date", "created", "created_at", "注册日期", "注册时间", "入会日期"),
                FieldSpec.text("email", 254, false, "e_mail", "mail", "email_address", "邮箱", "电子邮件", "电子邮箱"))));
        m.put(CrmTable.PRODUCTS, new TableSpec(CrmTable.PRODUCTS, List.of(
                FieldSpec.key("product_id", "product", "productid", "item_id", "itemid", "item", "sku", "id",
                        "商品ID", "商品编号", "产品ID", "产品编号"),
                FieldSpec.text("name", 300, true, "product_name", "title", "item_name", "商品名称", "产品名称", "名称"),
                FieldSpec.text("category", 100, false, "product_category", "cat", "类别", "品类", "分类", "类目"),
                FieldSpec.text("brand", 100, false, "make", "品牌"),
                FieldSpec.money("price", 0, 1e9, false, "list_price", "unit_price", "价格", "单价", "售价"),
                FieldSpec.text("tags", 1000, false, "keywords", "labels", "标签", "关键词"),
                FieldSpec.text("description", 4000, false, "desc", "details", "描述", "商品描述", "说明"))));
        m.put(CrmTable.SALES_REPS, new TableSpec(CrmTable.SALES_REPS, List.of(
                FieldSpec.key("rep_id", "sales_rep_id", "salesrep_id", "rep", "employee_id", "id", "销售ID", "销售员ID",
                        "销售代表ID", "员工编号", "员工ID"),
                FieldSpec.text("name", 200, true, "rep_name", "sales_rep", "姓名", "销售员", "销售代表"),
                FieldSpec.text("region", 100, false, "area", "territory", "地区", "区域", "大区"),
                FieldSpec.of("hired_on", FieldType.DATE, false, "hire_date", "hired", "start_date", "入职日期"))));
        m.put(CrmTable.ORDERS, new TableSpec(CrmTable.ORDERS, List.of(
                FieldSpec.key("order_id", "order", "orderid", "order_no", "order_number", "id", "订单ID", "订单号", "订单编号"),
                FieldSpec.reference("customer_id", "customer_id", CrmTable.CUSTOMERS, true, "customer", "customerid",
                        "cust_id", "client_id", "user_id", "userid", "user", "uid", "member_id", "客户ID", "客户编号",
                        "用户ID", "用户编号", "会员ID"),
                FieldSpec.of("order_date", FieldType.DATE, true, "date", "ordered_at", "purchase_date", "order_time",
                        "下单日期", "订单日期", "下单时间", "日期"),
                FieldSpec.text("channel", 32, false, "sales_channel", "渠道", "销售渠道"),
                FieldSpec.reference("rep_id", "sales_rep_id", CrmTable.SALES_REPS, false, "sales_rep_id", "salesrep_id",
                        "sales_rep", "rep", "销售ID", "销售员ID", "销售代表ID", "员工编号"),
                FieldSpec.money("total", 0, 1e11, false, "amount", "order_total", "total_amount", "value", "金额",
                        "订单金额", "总金额", "总价"))));
        m.put(CrmTable.ORDER_LINES, new TableSpec(CrmTable.ORDER_LINES, List.of(
                FieldSpec.reference("order_id", "order_id", CrmTable.ORDERS, true, "order", "orderid", "order_no",
                        "order_number", "订单ID", "订单号", "订单编号"),
                FieldSpec.reference("product_id", "product_id", CrmTable.PRODUCTS, true, "product", "productid", "item_id",
                        "itemid", "item", "sku", "商品ID", "商品编号", "产品ID", "产品编号"),
                FieldSpec.integer("quantity", 1, 1_000_000, true, "qty", "count", "units", "数量", "件数"),
                FieldSpec.money("unit_price", 0, 1e9, true, "price", "unitprice", "单价", "价格", "成交价"))));
        m.put(CrmTable.RATINGS, new TableSpec(CrmTable.RATINGS, List.of(
                FieldSpec.reference("customer_id", "customer_id", CrmTable.CUSTOMERS, true, "customer", "customerid",
                        "cust_id", "client_id", "user_id", "userid", "user", "uid", "member_id", "客户ID", "客户编号",
                        "用户ID", "用户编号", "会员ID"),
                FieldSpec.reference("product_id", "product_id", CrmTable.PRODUCTS, true, "product", "productid", "item_id",
                        "itemid", "item", "sku", "movie_id", "movieid", "商品ID", "商品编号", "产品ID", "产品编号"),
                FieldSpec.of("rating", FieldType.RATING, true, "score", "stars", "rate", "评分", "打分", "星级", "分数"),
                FieldSpec.of("rated_at", FieldType.DATE_TIME, false, "timestamp", "time", "date", "rating_date",
                        "created_at", "评分时间", "时间", "日期"))));
        m.put(CrmTable.FEEDBACK, new TableSpec(CrmTable.FEEDBACK, List.of(
                FieldSpec.key("feedback_id", "id", "comment_id", "review_id", "ticket_id", "反馈ID", "反馈编号", "评论ID"),
                FieldSpec.reference("customer_id", "customer_id", CrmTable.CUSTOMERS, false, "customer", "customerid",
                        "cust_id", "client_id", "user_id", "userid", "user", "uid", "member_id", "客户ID", "客户编号",
                        "用户ID", "用户编号", "会员ID"),
                FieldSpec.of("created_at", FieldType.DATE_TIME, false, "date", "time", "timestamp", "submitted_at",
                        "反馈时间", "时间", "日期", "创建时间"),
                FieldSpec.text("channel", 32, false, "source", "渠道", "来源"),
                FieldSpec.text("text", 8000, true, "comment", "feedback", "review", "message", "content", "body",
                        "内容", "反馈内容", "评论", "评价", "留言"),
                FieldSpec.of("language", FieldType.LANGUAGE, false, "lang", "locale", "语言"),
                FieldSpec.reference("product_id", "product_id", CrmTable.PRODUCTS, false, "product", "productid",
                        "item_id", "itemid", "item", "sku", "商品ID", "商品编号", "产品ID", "产品编号"))));
        m.put(CrmTable.KNOWLEDGE_BASE, new TableSpec(CrmTable.KNOWLEDGE_BASE, List.of(
                FieldSpec.text("question", 2000, true, "example", "utterance", "query", "text", "问题", "问句", "示例",
                        "例句"),
                FieldSpec.text("intent", 100, true, "label", "category", "意图", "标签", "类别"),
                FieldSpec.text("answer", 8000, false, "response", "reply", "答案", "回答", "回复"),
                FieldSpec.of("language", FieldType.LANGUAGE, false, "lang", "locale", "语言"))));
        return m;
    }
}
