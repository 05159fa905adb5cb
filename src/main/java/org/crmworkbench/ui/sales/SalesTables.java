package org.crmworkbench.ui.sales;

import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.common.NumberCells;

/**
 * The Sales team view's tables: the league table (numbers as numbers, so every column sorts by value; rows whose raw
 * and adjusted ranks disagree marked), a rep's scorecards, two reps' scorecards side by side and a rep's top
 * customers. Numbers in the reader's format; a missing figure (no quota, a churn window past the data) reads "–".
 */
final class SalesTables {
    /** The pseudo class of a league row whose ranks disagree. */
    static final PseudoClass SHIFTED = PseudoClass.getPseudoClass("shifted");

    private final Messages messages;

    SalesTables(Messages messages) {
        this.messages = messages;
    }

    /** The league table; {@code outcome} tells how the raw figure reads (revenue, orders per customer, share kept). */
    void league(TableView<RepRow> table, Supplier<OutcomeOption> outcome) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<RepRow, Number> raw = number("league", "raw", RepRow::rawValue, "#,##0");
        NumberFormat money = format("#,##0");
        NumberFormat rate = format("0.00");
        NumberFormat share = format("0.0%");
        raw.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                OutcomeOption o = outcome.get();
                NumberFormat f = o == OutcomeOption.ORDERS ? rate : o == OutcomeOption.RETENTION ? share : money;
                setText(empty || item == null ? null
                        : Double.isFinite(item.doubleValue()) ? f.format(item.doubleValue()) : "\u2013");
                setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
            }
        });
        TableColumn<RepRow, String> interval = text("league", "interval", r -> "["
                + format("0.000").format(r.lower()) + ", " + format("0.000").format(r.upper()) + "]", 120);
        interval.setComparator((a, b) -> 0);
        interval.setSortable(false);
        table.getColumns().setAll(List.of(
                text("league", "rep", RepRow::label, 170),
                text("league", "region", RepRow::region, 110),
                number("league", "observations", RepRow::observations, "#,##0"),
                raw,
                number("league", "rankRaw", RepRow::rankRaw, "0"),
                number("league", "effect", RepRow::effect, "0.000"),
                interval,
                number("league", "rankAdjusted", RepRow::rankAdjusted, "0"),
                text("league", "shift", this::shift, 70)));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RepRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(SHIFTED, !empty && item != null && item.shifted());
            }
        });
    }

    /** "↑ 11" (adjusted rank better than raw) or "↓ 6" for rows whose ranks disagree; "" otherwise. */
    private String shift(RepRow r) {
        if (!r.shifted()) {
            return "";
        }
        int d = r.rankRaw() - r.rankAdjusted();
        return (d > 0 ? "\u2191 " : "\u2193 ") + Math.abs(d);
    }

    /** A rep's scorecards, one period a row. */
    void scorecards(TableView<ScorecardRow> table) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().setAll(List.of(
                text("card", "period", ScorecardRow::period, 70),
                number("card", "revenue", ScorecardRow::revenue, "#,##0"),
                number("card", "orders", ScorecardRow::orders, "#,##0"),
                number("card", "customers", ScorecardRow::customers, "#,##0"),
                number("card", "newCustomers", ScorecardRow::newCustomers, "#,##0"),
                number("card", "averageOrderValue", ScorecardRow::averageOrderValue, "#,##0.00"),
                number("card", "repeatRate", ScorecardRow::repeatRate, "0.0%"),
                number("card", "lostShare", ScorecardRow::lostShare, "0.0%"),
                number("card", "quota", ScorecardRow::quota, "#,##0"),
                number("card", "attainment", ScorecardRow::attainment, "0.0%")));
    }

    /** Two reps' scorecards side by side, one period a row. */
    void comparison(TableView<RepComparison.Line> table) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().setAll(List.of(
                text("card", "period", RepComparison.Line::period, 70),
                side("revenue", l -> l.a(), ScorecardRow::revenue, "#,##0", "A"),
                side("revenue", l -> l.b(), ScorecardRow::revenue, "#,##0", "B"),
                side("orders", l -> l.a(), ScorecardRow::orders, "#,##0", "A"),
                side("orders", l -> l.b(), ScorecardRow::orders, "#,##0", "B"),
                side("customers", l -> l.a(), ScorecardRow::customers, "#,##0", "A"),
                side("customers", l -> l.b(), ScorecardRow::customers, "#,##0", "B"),
                side("attainment", l -> l.a(), ScorecardRow::attainment, "0.0%", "A"),
                side("attainment", l -> l.b(), ScorecardRow::attainment, "0.0%", "B")));
    }

    /** A rep's top customers by revenue. */
    void customers(TableView<RepCard.CustomerRevenue> table) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().setAll(List.of(
                text("customer", "id", RepCard.CustomerRevenue::customerId, 90),
                number("customer", "revenue", RepCard.CustomerRevenue::revenue, "#,##0"),
                number("customer", "orders", RepCard.CustomerRevenue::orders, "#,##0")));
    }

    private TableColumn<RepComparison.Line, Number> side(String key, Function<RepComparison.Line, ScorecardRow> side,
                                                         Function<ScorecardRow, Number> value, String pattern,
                                                         String which) {
        TableColumn<RepComparison.Line, Number> column = number("compare", key + which, l -> {
            ScorecardRow s = side.apply(l);
            return s == null ? Double.NaN : value.apply(s);
        }, pattern);
        return column;
    }

    private <R> TableColumn<R, String> text(String table, String key, Function<R, String> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(messages.get("sales.ws.col." + table + "." + key));
        column.setId("sales-" + table + "-" + key);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    private <R> TableColumn<R, Number> number(String table, String key, Function<R, Number> value, String pattern) {
        TableColumn<R, Number> column = new TableColumn<>(messages.get("sales.ws.col." + table + "." + key));
        column.setId("sales-" + table + "-" + key);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        NumberFormat format = format(pattern);
        column.setCellFactory(c -> NumberCells.formatted(format));
        column.setComparator((a, b) -> Double.compare(a.doubleValue(), b.doubleValue()));
        column.setPrefWidth(80);
        return column;
    }

    private NumberFormat format(String pattern) {
        NumberFormat format = NumberFormat.getNumberInstance(messages.locale());
        if (format instanceof DecimalFormat decimal) {
            decimal.applyPattern(pattern);
        }
        return format;
    }
}
