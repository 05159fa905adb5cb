package org.crmworkbench.ui.recommend;

import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.common.ViewScope;

/**
 * The whole explanation of one recommendation under the top-N table, with every neighbour or similar product that
 * contributed on a line of its own: of the selected row, or of the first when none is selected. Explanations are
 * longer than a table column can show.
 */
final class ExplanationDetail {
    private ExplanationDetail() {
    }

    /** Shows {@code rows} (the view model's top-N list) in {@code table} and the chosen row's explanation. */
    static void bind(TableView<RecommendRows.Top> table, ObservableList<RecommendRows.Top> rows, Label detail,
                     Messages messages, ViewScope scope) {
        table.setItems(rows);
        Runnable update = () -> {
            RecommendRows.Top row = table.getSelectionModel().getSelectedItem();
            if (row == null && !rows.isEmpty()) {
                row = rows.get(0);
            }
            detail.setText(row == null ? "" : text(row, messages));
        };
        table.getSelectionModel().selectedItemProperty().addListener(o -> update.run());
        scope.follow(rows, update);
    }

    static String text(RecommendRows.Top row, Messages messages) {
        StringBuilder text = new StringBuilder(messages.get("recommend.customer.why", row.rank(), row.product(),
                row.source(), row.explanation()));
        for (String line : row.evidence()) {
            text.append('\n').append(messages.get("recommend.customer.evidenceLine", line));
        }
        return text.toString();
    }
}
