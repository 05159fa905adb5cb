package org.crmworkbench.ui.datasets;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crmworkbench.data.CrmTable;

/**
 * Which table a file is probably for, from its name: {@code customers.csv}, {@code 2024_Ratings.xlsx},
 * {@code order-lines.tsv}, {@code 评分.csv}. Names that could mean two tables are checked most specific first
 * ("order lines" before "orders").
 */
final class TableGuess {
    private static final List<Map.Entry<CrmTable, List<String>>> HINTS = List.of(
            Map.entry(CrmTable.KNOWLEDGE_BASE, List.of("knowledge", "faq", "intent", "知识库", "问答")),
            Map.entry(CrmTable.ORDER_LINES, List.of("orderline", "order_line", "lineitem", "line_item", "orderitem",
                    "order_item", "订单明细", "明细")),
            Map.entry(CrmTable.SALES_REPS, List.of("salesrep", "sales_rep", "reps", "staff", "employee", "销售代表",
                    "销售员", "员工")),
            Map.entry(CrmTable.RATINGS, List.of("rating", "score", "star", "评分", "打分")),
            Map.entry(CrmTable.FEEDBACK, List.of("feedback", "review", "comment", "ticket", "反馈", "评论", "留言")),
            Map.entry(CrmTable.ORDERS, List.of("order", "purchase", "transaction", "订单", "交易")),
            Map.entry(CrmTable.PRODUCTS, List.of("product", "item", "sku", "catalog", "商品", "产品")),
            Map.entry(CrmTable.CUSTOMERS, List.of("customer", "client", "user", "member", "客户", "用户", "会员")));

    private TableGuess() {
    }

    static Optional<CrmTable> fromFileName(Path file) {
        if (file == null || file.getFileName() == null) {
            return Optional.empty();
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).replace('-', '_').replace(' ', '_');
        Optional<CrmTable> exact = CrmTable.parse(base);
        if (exact.isPresent()) {
            return exact;
        }
        String squeezed = base.replace("_", "");
        for (Map.Entry<CrmTable, List<String>> hint : HINTS) {
            for (String word : hint.getValue()) {
                if (base.contains(word) || squeezed.contains(word.replace("_", ""))) {
                    return Optional.of(hint.getKey());
                }
            }
        }
        return Optional.empty();
    }
}
