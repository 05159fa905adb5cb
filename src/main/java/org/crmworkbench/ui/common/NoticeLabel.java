package org.crmworkbench.ui.common;

import javafx.scene.control.Label;
import org.crmworkbench.i18n.Messages;

/** Shows a {@link Notice} in a label: its text in the user's language, styled as an error when it is one. */
public final class NoticeLabel {
    private NoticeLabel() {
    }

    /** Shows {@code notice}, or {@code emptyText} when there is none. */
    public static void show(Label label, Notice notice, Messages messages, String emptyText) {
        label.setText(notice == null ? emptyText : notice.text(messages));
        label.getStyleClass().remove("error");
        if (notice != null && notice.error()) {
            label.getStyleClass().add("error");
        }
    }
}
