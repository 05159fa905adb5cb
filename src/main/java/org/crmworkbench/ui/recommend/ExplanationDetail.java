package org.crmworkbench.ui.recommend;

import javafx.beans.InvalidationListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.crmworkbench.i18n.Messages;

/**
 * The whole explanation of one recommendation under the top-N table, with every neighbour or similar product that
 * contributed on a line of its own: of the selected row, or of the first when none is selected. Explanations are
 * longer than a table column can show.
 */
final class ExplanationDetail {
    private ExplanationDetail() {
    }

    static void bind(TableView<RecommendRows.Top> table, Label detail, Messages messages) {
        InvalidationListener update = o -> {
            RecommendRows.Top row = table.getSelectionModel().getSelectedItem();
            ObservableList<RecommendRows.Top> items = table.getItems();
            if (row == null && items != null && !items.isEmpty()) {
                row = items.get(0);
            }
            if (row == null) {
                detail.setText("");
                return;
            }
            StringBuilder text = new StringBuilder(messages.get("recommend.customer.why", row.rank(), row.product(),
                    row.source(), row.explanation()));
            for (String line : row.evidence()) {
                text.append('\n').append(messages.get("recommend.customer.evidenceLine", line));
            }
            detail.setText(text.toString());
        };
        table.getSelectionModel().selectedItemProperty().addListener(update);
        table.itemsProperty().addListener((obs, old, now) -> {
            if (now != null) {
                now.addListener(update);
            }
            update.invalidated(obs);
        });
        if (table.getItems() != null) {
            table.getItems().addListener(update);
        }
        update.invalidated(null);
    }
}
