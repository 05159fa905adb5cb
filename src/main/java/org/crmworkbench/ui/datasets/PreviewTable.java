package org.crmworkbench.ui.datasets;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.crmworkbench.data.imports.ImportPreview;
import org.crmworkbench.data.imports.SourceRecord;
import org.crmworkbench.i18n.Messages;

/** The import preview's table: the file's line number, then one column per column of the file, as read. */
public final class PreviewTable extends TableView<SourceRecord> {

    /** Shows {@code preview}'s first rows, or nothing when it is null. */
    void show(ImportPreview preview, Messages messages) {
        if (preview == null) {
            getColumns().clear();
            getItems().clear();
            return;
        }
        List<String> header = preview.header();
        TableColumn<SourceRecord, String> line = new TableColumn<>(messages.get("import.preview.line"));
        line.setCellValueFactory(cd -> new ReadOnlyStringWrapper(Long.toString(cd.getValue().line())));
        line.getStyleClass().add("row-number");
        line.setSortable(false);
        line.setPrefWidth(64);
        getColumns().setAll(List.of(line));
        for (int c = 0; c < header.size(); c++) {
            int index = c;
            TableColumn<SourceRecord, String> column = new TableColumn<>(header.get(c).isBlank()
                    ? messages.get("import.preview.unnamed", c + 1) : header.get(c));
            column.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().field(index)));
            column.setSortable(false);
            column.setPrefWidth(Math.max(90, Math.min(260, 9.0 * header.get(c).length() + 40)));
            getColumns().add(column);
        }
        getItems().setAll(preview.rows());
    }
}
