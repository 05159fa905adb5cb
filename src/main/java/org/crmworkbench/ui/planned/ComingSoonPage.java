package org.crmworkbench.ui.planned;

import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.crmworkbench.i18n.Messages;

/** The page of a {@link ComingSoonWorkspace}: title, a lead paragraph and cards for the planned capabilities. */
final class ComingSoonPage extends ScrollPane {

    private static final int COLUMNS = 2;

    ComingSoonPage(String id, Messages messages) {
        String prefix = "workspace." + id + ".";
        getStyleClass().add("page-scroll");
        setFitToWidth(true);
        setId("page-" + id);

        Label badge = label("page-badge", messages.get("comingSoon.badge"));
        Region icon = new Region();
        icon.getStyleClass().addAll("page-icon", "icon-" + id);
        HBox eyebrow = new HBox(icon, badge);
        eyebrow.getStyleClass().add("page-eyebrow");

        Label title = label("page-title", messages.get(prefix + "title"));
        Label lead = label("page-lead", messages.get(prefix + "lead"));
        Label heading = label("section-title", messages.get("comingSoon.heading"));

        GridPane cards = new GridPane();
        cards.getStyleClass().add("feature-grid");
        for (int column = 0; column < COLUMNS; column++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(100.0 / COLUMNS);
            constraints.setHalignment(HPos.LEFT);
            constraints.setFillWidth(true);
            cards.getColumnConstraints().add(constraints);
        }
        for (int n = 1; messages.has(prefix + "feature." + n + ".title"); n++) {
            VBox card = featureCard(n, messages.get(prefix + "feature." + n + ".title"),
                    messages.get(prefix + "feature." + n + ".text"));
            cards.add(card, (n - 1) % COLUMNS, (n - 1) / COLUMNS);
        }

        Label note = label("page-note", messages.get("comingSoon.note"));

        VBox page = new VBox(eyebrow, title, lead, heading, cards, note);
        page.getStyleClass().add("page");
        setContent(page);
    }

    private static VBox featureCard(int number, String title, String text) {
        Label index = label("feature-index", String.format("%02d", number));
        Label heading = label("feature-title", title);
        Label body = label("feature-text", text);
        VBox card = new VBox(index, heading, body);
        card.getStyleClass().add("feature-card");
        card.setMaxHeight(Double.MAX_VALUE);
        GridPane.setVgrow(card, Priority.ALWAYS);
        GridPane.setFillHeight(card, true);
        return card;
    }

    private static Label label(String styleClass, String text) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
