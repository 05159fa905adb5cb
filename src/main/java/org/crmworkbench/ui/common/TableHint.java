package org.crmworkbench.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.text.TextAlignment;

/**
 * What an empty table says instead of JavaFX's "No content in table": what fills it and which button to press.
 */
public final class TableHint {
    /** Widest a hint line grows before it wraps. */
    private static final double WIDTH = 420;

    private TableHint() {
    }

    /** Shows {@code text}, wrapped and centred, while {@code table} has no rows. */
    public static void set(TableView<?> table, String text) {
        Label label = new Label(text);
        label.getStyleClass().add("placeholder-text");
        label.setWrapText(true);
        label.setTextAlignment(TextAlignment.CENTER);
        label.setMaxWidth(WIDTH);
        table.setPlaceholder(label);
    }
}
