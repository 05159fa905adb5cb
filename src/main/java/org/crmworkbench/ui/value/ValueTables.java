package org.crmworkbench.ui.value;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.common.NumberCells;

/**
 * The tables of the Value workspace: headers from the bundle, numbers right-aligned in the reader's format, every
 * column sortable by its value.
 */
final class ValueTables {
    private final Messages messages;

    ValueTables(Messages messages) {
        this.messages = messages;
    }

    void segments(TableView<ValueRows.SegmentRow> table) {
        table.getColumns().setAll(List.of(
                text("value.ws.column.segment", ValueRows.SegmentRow::segment, 150),
                text("value.ws.column.rule", ValueRows.SegmentRow::rule, 220),
                integer("value.ws.column.customers", ValueRows.SegmentRow::customers),
                percent("value.ws.column.share", ValueRows.SegmentRow::share)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    /** Id, R, F, M, segment, stage, P(alive), expected purchases, expected spend, CLV. */
    void customers(TableView<ValueRows.CustomerRow> table) {
        table.getColumns().setAll(List.of(
                text("value.ws.column.customer", ValueRows.CustomerRow::id, 120),
                integer("value.ws.column.r", ValueRows.CustomerRow::r),
                integer("value.ws.column.f", ValueRows.CustomerRow::f),
                integer("value.ws.column.m", ValueRows.CustomerRow::m),
                text("value.ws.column.segment", ValueRows.CustomerRow::segment, 130),
                text("value.ws.column.stage", ValueRows.CustomerRow::stage, 110),
                number("value.ws.column.alive", ValueRows.CustomerRow::probabilityAlive, 3),
                number("value.ws.column.expected", ValueRows.CustomerRow::expectedPurchases, 2),
                number("value.ws.column.spend", ValueRows.CustomerRow::expectedSpend, 2),
                number("value.ws.column.clv", ValueRows.CustomerRow::clv, 2)));
        for (int i = 1; i <= 3; i++) {
            table.getColumns().get(i).setPrefWidth(44);
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    /** Model, parameter, estimate, standard error. */
    void parameters(TableView<ValueRows.ParameterRow> table) {
        table.getColumns().setAll(List.of(
                text("value.ws.column.model", ValueRows.ParameterRow::model, 130),
                text("value.ws.column.parameter", ValueRows.ParameterRow::name, 130),
                significant("value.ws.column.estimate", ValueRows.ParameterRow::value),
                significant("value.ws.column.standardError", ValueRows.ParameterRow::standardError)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    /** Model, log-likelihood, parameters, holdout MAE, expected and actual holdout purchases; the chosen in bold. */
    void comparison(TableView<ValueRows.ComparisonRow> table) {
        table.getColumns().setAll(List.of(
                text("value.ws.column.model", r -> (r.chosen() ? "\u2713 " : "") + r.model(), 140),
                number("value.ws.column.logLikelihood", ValueRows.ComparisonRow::logLikelihood, 2),
                integer("value.ws.column.parameters", ValueRows.ComparisonRow::parameters),
                number("value.ws.column.holdoutMae", ValueRows.ComparisonRow::holdoutMae, 4),
                number("value.ws.column.holdoutExpected", ValueRows.ComparisonRow::holdoutExpected, 1),
                number("value.ws.column.holdoutActual", ValueRows.ComparisonRow::holdoutActual, 0)));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ValueRows.ComparisonRow item, boolean empty) {
                super.updateItem(item, empty);
                setStyle(!empty && item != null && item.chosen() ? "-fx-font-weight: bold;" : "");
            }
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    /** Stage at the earlier date, then one column per stage at the later date, then the row's total. */
    void migration(TableView<ValueRows.MigrationRow> table, List<String> stages) {
        List<TableColumn<ValueRows.MigrationRow, ?>> columns = new ArrayList<>();
        columns.add(text("value.ws.column.fromStage", ValueRows.MigrationRow::from, 170));
        for (int s = 0; s < stages.size(); s++) {
            int stage = s;
            TableColumn<ValueRows.MigrationRow, Number> c = integer("", r -> stage < r.counts().length
                    ? r.counts()[stage] : 0);
            c.setText(messages.get("value.ws.column.toStage", stages.get(s)));
            columns.add(c);
        }
        columns.add(integer("value.ws.column.total", ValueRows.MigrationRow::total));
        table.getColumns().setAll(columns);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private <R> TableColumn<R, Number> number(String key, ToDoubleFunction<R> value, int decimals) {
        NumberFormat format = ValueRows.numberFormat(messages.locale(), decimals);
        format.setMinimumFractionDigits(decimals);
        return numeric(key, r -> value.applyAsDouble(r), format);
    }

    /** Four decimals, or four significant digits in scientific notation for values too small for them (a = 1.3E-6). */
    private <R> TableColumn<R, Number> significant(String key, ToDoubleFunction<R> value) {
        NumberFormat fixed = ValueRows.numberFormat(messages.locale(), 4);
        fixed.setMinimumFractionDigits(4);
        NumberFormat small = new DecimalFormat("0.###E0", DecimalFormatSymbols.getInstance(messages.locale()));
        TableColumn<R, Number> c = numeric(key, r -> value.applyAsDouble(r), fixed);
        c.setCellFactory(col -> NumberCells.formatted(new SignificantFormat(fixed, small)));
        return c;
    }

    private <R> TableColumn<R, Number> integer(String key, ToIntFunction<R> value) {
        return numeric(key, r -> value.applyAsInt(r), NumberFormat.getIntegerInstance(messages.locale()));
    }

    private <R> TableColumn<R, Number> percent(String key, ToDoubleFunction<R> value) {
        NumberFormat format = NumberFormat.getPercentInstance(messages.locale());
        format.setMinimumFractionDigits(1);
        return numeric(key, r -> value.applyAsDouble(r), format);
    }

    private <R> TableColumn<R, Number> numeric(String key, Function<R, Number> value, NumberFormat format) {
        TableColumn<R, Number> c = new TableColumn<>(key.isEmpty() ? "" : messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setCellFactory(col -> NumberCells.formatted(format));
        c.setPrefWidth(100);
        c.setComparator((a, b) -> Double.compare(a.doubleValue(), b.doubleValue()));
        return c;
    }

    private <R> TableColumn<R, String> text(String key, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Fixed decimals unless the value is non-zero and below 0.001 in size. */
    private static final class SignificantFormat extends NumberFormat {
        private final NumberFormat fixed;
        private final NumberFormat small;

        SignificantFormat(NumberFormat fixed, NumberFormat small) {
            this.fixed = fixed;
            this.small = small;
        }

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition at) {
            boolean tiny = number != 0 && Math.abs(number) < 1e-3;
            return (tiny ? small : fixed).format(number, to, at);
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition at) {
            return fixed.format(number, to, at);
        }

        @Override
        public Number parse(String source, ParsePosition at) {
            return fixed.parse(source, at);
        }
    }
}
