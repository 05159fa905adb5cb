package org.crmworkbench.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * Keeps table headers whole and cut cells readable, in every language: a column is never narrower than its header's
 * text (with room for the sort arrow), and a cell whose text does not fit shows it whole in a tooltip. Applied to
 * every table of every view when its FXML is loaded, and to columns added later.
 */
public final class TableFit {
    /** Room beside a header's text: the cell insets and the sort arrow. */
    private static final double HEADER_ROOM = 28;
    /** Room beside a cell's text: its insets. */
    private static final double CELL_ROOM = 10;

    private TableFit() {
    }

    /**
     * Fits every table under {@code root}, including those in tabs, scroll panes, titled panes and split panes, whose
     * content is not yet among their children before their skins are made.
     */
    public static void applyTo(Node root) {
        if (root == null) {
            return;
        }
        if (root instanceof TableView<?> table) {
            fit(table);
        }
        if (root instanceof TabPane tabs) {
            tabs.getTabs().forEach(tab -> applyTo(tab.getContent()));
        } else if (root instanceof ScrollPane scroll) {
            applyTo(scroll.getContent());
        } else if (root instanceof TitledPane titled) {
            applyTo(titled.getContent());
        } else if (root instanceof SplitPane split) {
            split.getItems().forEach(TableFit::applyTo);
        }
        if (root instanceof Parent parent && !(root instanceof TableView<?>)) {
            parent.getChildrenUnmodifiable().forEach(TableFit::applyTo);
        }
    }

    /** Fits {@code table}'s columns now and any it is given later. */
    public static <S> void fit(TableView<S> table) {
        if (table.getProperties().putIfAbsent(TableFit.class, Boolean.TRUE) != null) {
            return;
        }
        table.getColumns().forEach(TableFit::fitColumn);
        table.getColumns().addListener((ListChangeListener<TableColumn<S, ?>>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(TableFit::fitColumn);
            }
        });
    }

    private static <S, T> void fitColumn(TableColumn<S, T> column) {
        if (column.getProperties().putIfAbsent(TableFit.class, Boolean.TRUE) != null) {
            return;
        }
        if (!column.getColumns().isEmpty()) {
            column.getColumns().forEach(TableFit::fitColumn);
            return;
        }
        headerWidth(column);
        column.textProperty().addListener((o, before, after) -> headerWidth(column));
        Callback<TableColumn<S, T>, TableCell<S, T>> original = column.getCellFactory();
        column.setCellFactory(c -> {
            TableCell<S, T> cell = original.call(c);
            cell.textProperty().addListener((o, before, after) -> tooltip(cell));
            cell.widthProperty().addListener((o, before, after) -> tooltip(cell));
            return cell;
        });
    }

    private static void headerWidth(TableColumn<?, ?> column) {
        String text = column.getText();
        if (text == null || text.isEmpty()) {
            return;
        }
        Font font = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize());
        double wanted = Math.ceil(width(text, font) + HEADER_ROOM);
        if (column.getMinWidth() < wanted) {
            column.setMinWidth(wanted);
        }
        if (column.getPrefWidth() < wanted) {
            column.setPrefWidth(wanted);
        }
    }

    private static void tooltip(TableCell<?, ?> cell) {
        String text = cell.getText();
        boolean cut = text != null && !text.isEmpty() && cell.getWidth() > 0
                && width(text, cell.getFont()) + CELL_ROOM > cell.getWidth();
        if (!cut) {
            if (cell.getTooltip() != null) {
                cell.setTooltip(null);
            }
            return;
        }
        if (cell.getTooltip() == null) {
            cell.setTooltip(new Tooltip(text));
        } else if (!text.equals(cell.getTooltip().getText())) {
            cell.getTooltip().setText(text);
        }
    }

    private static double width(String text, Font font) {
        Text probe = new Text(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }
}
