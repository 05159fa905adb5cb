package org.crmworkbench.ui.datasets;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.crmworkbench.data.browse.BrowseColumn;
import org.crmworkbench.data.browse.ColumnType;
import org.crmworkbench.i18n.Messages;

/**
 * The browser table's columns for a table layout: a row number, then one column per browse column, each cell
 * bound to its row's value so that it fills in when the page arrives. Sorting is left to the view model: the
 * columns only carry their browse column's name as user data.
 */
final class BrowserColumns {
    private static final PseudoClass LOADING = PseudoClass.getPseudoClass("loading");
    private static final double CHARS_WIDTH = 7.5;

    private BrowserColumns() {
    }

    static List<TableColumn<BrowseRow, ?>> of(List<BrowseColumn> columns, Messages messages) {
        List<TableColumn<BrowseRow, ?>> result = new ArrayList<>();
        TableColumn<BrowseRow, Long> number = new TableColumn<>("#");
        number.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().index() + 1));
        number.setSortable(false);
        number.setReorderable(false);
        number.getStyleClass().add("row-number");
        number.setPrefWidth(64);
        result.add(number);
        for (int i = 0; i < columns.size(); i++) {
            result.add(column(columns.get(i), i, messages));
        }
        return result;
    }

    private static TableColumn<BrowseRow, Object> column(BrowseColumn browse, int index, Messages messages) {
        TableColumn<BrowseRow, Object> column = new TableColumn<>(Formats.column(messages, browse.name()));
        column.setId("column-" + browse.name());
        column.setUserData(browse.name());
        column.setCellValueFactory(cd -> cd.getValue().value(index));
        column.setCellFactory(c -> new ValueCell(browse.type()));
        column.setPrefWidth(width(browse));
        if (browse.type().isNumber()) {
            column.getStyleClass().add("number-column");
        }
        return column;
    }

    private static double width(BrowseColumn column) {
        return switch (column.type()) {
            case DATE -> 14 * CHARS_WIDTH;
            case TIMESTAMP -> 20 * CHARS_WIDTH;
            case INTEGER, DOUBLE -> 12 * CHARS_WIDTH;
            case DECIMAL -> 14 * CHARS_WIDTH;
            case TEXT -> column.name().endsWith("_id") ? 15 * CHARS_WIDTH
                    : column.name().equals("text") || column.name().equals("description") ? 48 * CHARS_WIDTH
                    : 22 * CHARS_WIDTH;
        };
    }

    /** The name of the column sorted first, or null. */
    static String sortedColumn(TableView<BrowseRow> table) {
        return table.getSortOrder().isEmpty() ? null : (String) table.getSortOrder().get(0).getUserData();
    }

    private static final class ValueCell extends TableCell<BrowseRow, Object> {
        private final ColumnType type;

        ValueCell(ColumnType type) {
            this.type = type;
            getStyleClass().add("value-cell");
            if (type.isNumber()) {
                getStyleClass().add("number-cell");
            }
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            pseudoClassStateChanged(LOADING, !empty && item == BrowseRow.LOADING);
            setText(empty ? null : CellText.of(item, type));
        }
    }
}
