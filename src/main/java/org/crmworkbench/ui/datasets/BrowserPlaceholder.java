package org.crmworkbench.ui.datasets;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.i18n.Messages;

/** What the browser table shows when it has no rows: loading, an empty table (with Import), no match, a failure. */
final class BrowserPlaceholder {
    private BrowserPlaceholder() {
    }

    static Node of(BrowseState state, CrmTable table, String filter, Messages messages, Runnable importFile) {
        VBox box = new VBox();
        box.getStyleClass().add("browser-placeholder");
        box.setId("data-placeholder");
        String tableName = Formats.table(messages, table);
        switch (state) {
            case LOADING -> {
                ProgressIndicator spinner = new ProgressIndicator();
                spinner.getStyleClass().add("placeholder-spinner");
                box.getChildren().addAll(spinner, text("placeholder-text", messages.get("data.empty.loading", tableName)));
            }
            case EMPTY_TABLE -> {
                Button importButton = new Button(messages.get("data.import.open"));
                importButton.getStyleClass().add("primary");
                importButton.setOnAction(event -> importFile.run());
                box.getChildren().addAll(text("placeholder-title", messages.get("data.empty.table.title", tableName)),
                        text("placeholder-text", messages.get("data.empty.table.text", table.sqlName())), importButton);
            }
            case NO_MATCH -> box.getChildren().addAll(
                    text("placeholder-title", messages.get("data.empty.noMatch.title", filter)),
                    text("placeholder-text", messages.get("data.empty.noMatch.text")));
            case FAILED -> box.getChildren().add(text("placeholder-title", messages.get("data.empty.failed")));
            default -> box.getChildren().add(text("placeholder-text", ""));
        }
        return box;
    }

    private static Label text(String styleClass, String value) {
        Label label = new Label(value);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }
}
