package org.crmworkbench.ui.reports;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.report.ItemChoice;

/**
 * The Reports view's list of the charts and tables the chosen run can give, each with its Add button (declared in
 * the FXML in place of a plain list, so the controller binds it without knowing what an item choice is).
 */
public final class ItemChoiceList extends ListView<ItemChoice> {

    /** Lists {@code model}'s choices; Add (or a double click) puts one into the report. */
    void show(ReportBuilderViewModel model, Messages messages) {
        setItems(model.choices());
        setCellFactory(list -> new ReportCells.ChoiceCell(messages, model::add));
        Label hint = new Label(messages.get("reports.ws.choices.none"));
        hint.getStyleClass().add("placeholder-text");
        hint.setWrapText(true);
        setPlaceholder(hint);
    }
}
