package org.crmworkbench.ui.datasets;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.crmworkbench.data.imports.ImportProblem;
import org.crmworkbench.i18n.Messages;

/**
 * A table of import problems: line, column, the value found and what was expected. Declared in the wizard's FXML in
 * place of a plain table, so its controllers bind it without knowing what an import problem is.
 */
public final class ProblemTable extends TableView<ImportProblem> {

    /** Lists {@code problems} with headers in the reader's language. */
    void show(ObservableList<ImportProblem> problems, Messages messages) {
        configure(this, problems, messages);
    }

    private static void configure(TableView<ImportProblem> table, ObservableList<ImportProblem> problems,
                                  Messages messages) {
        TableColumn<ImportProblem, String> line = column(messages.get("import.problems.line"), 70,
                p -> p.line() <= 0 ? "" : Long.toString(p.line()));
        line.getStyleClass().add("row-number");
        TableColumn<ImportProblem, String> column = column(messages.get("import.problems.column"), 150,
                p -> p.column() <= 0 ? "" : p.header() == null || p.header().isBlank()
                        ? Integer.toString(p.column()) : p.column() + " · " + p.header());
        TableColumn<ImportProblem, String> value = column(messages.get("import.problems.value"), 150,
                p -> p.value() == null ? "" : p.value());
        TableColumn<ImportProblem, String> expected = column(messages.get("import.problems.expected"), 460,
                p -> p.expected(messages));
        table.getColumns().setAll(List.of(line, column, value, expected));
        table.setItems(problems);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("import.problems.none")));
    }

    private static TableColumn<ImportProblem, String> column(String title, double width,
            java.util.function.Function<ImportProblem, String> text) {
        TableColumn<ImportProblem, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(text.apply(cd.getValue())));
        c.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
