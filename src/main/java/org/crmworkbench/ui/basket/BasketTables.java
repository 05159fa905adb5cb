package org.crmworkbench.ui.basket;

import java.text.NumberFormat;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.common.NumberCells;

/**
 * The rule table's columns: both sides by name, then the length and the measures as numbers (so every column sorts
 * by value), in the reader's number format; an infinite conviction (confidence 1) reads as {@code ∞} and sorts
 * above every finite one. Cells are plain text cells, so a table of many thousand rules stays fluid. Leverage and
 * conviction start hidden (the table's column menu shows them), so the item names have room on a narrow window.
 */
final class BasketTables {
    /** A number column's width before the table shares out its room (a header may ask for more). */
    private static final double NUMBER_WIDTH = 72;
    /** How much wider than its header a number column may grow. */
    private static final double NUMBER_SLACK = 18;

    private final Messages messages;

    BasketTables(Messages messages) {
        this.messages = messages;
    }

    void rules(TableView<RuleRow> table) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setTableMenuButtonVisible(true);
        table.getColumns().setAll(List.of(
                text("antecedent", RuleRow::antecedent, 300),
                text("consequent", RuleRow::consequent, 200),
                number("length", RuleRow::length, "0"),
                number("support", RuleRow::support, "0.0000"),
                number("confidence", RuleRow::confidence, "0.000"),
                number("lift", RuleRow::lift, "0.00"),
                number("leverage", RuleRow::leverage, "0.00000"),
                number("conviction", RuleRow::conviction, "0.000"),
                number("count", RuleRow::count, "#,##0")));
        // the names need the room on a narrow window: leverage and conviction are a click away in the column menu
        table.getColumns().stream().filter(c -> c.getId().endsWith("leverage") || c.getId().endsWith("conviction"))
                .forEach(c -> c.setVisible(false));
    }

    private TableColumn<RuleRow, String> text(String key, Function<RuleRow, String> value, double width) {
        TableColumn<RuleRow, String> column = new TableColumn<>(messages.get("basket.ws.col." + key));
        column.setId("basket-col-" + key);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    private TableColumn<RuleRow, Number> number(String key, Function<RuleRow, Number> value, String pattern) {
        TableColumn<RuleRow, Number> column = new TableColumn<>(messages.get("basket.ws.col." + key));
        column.setId("basket-col-" + key);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        NumberFormat format = NumberFormat.getNumberInstance(messages.locale());
        if (format instanceof java.text.DecimalFormat decimal) {
            decimal.applyPattern(pattern);
        }
        column.setCellFactory(c -> key.equals("conviction") ? NumberCells.withInfinity(format) : NumberCells.formatted(format));
        column.setComparator((a, b) -> Double.compare(a.doubleValue(), b.doubleValue()));
        column.setPrefWidth(NUMBER_WIDTH);
        // a number needs little more than its header: the room left goes to the names
        column.maxWidthProperty().bind(column.minWidthProperty().add(NUMBER_SLACK));
        return column;
    }
}
