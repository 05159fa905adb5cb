package org.crmworkbench.ui.segments;

import java.awt.Color;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.crmworkbench.analysis.segment.SegmentProfile;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.FeatureLabels;
import org.crmworkbench.present.segment.SegmentPalette;
import org.crmworkbench.present.segment.SegmentWording;
import org.crmworkbench.ui.common.ViewScope;

/**
 * The segments' profile cards, one per card of the view model (followed through the view's scope): an editable
 * name, size and shares, the traits in words and the medians, with a stripe in the segment's colour from the charts.
 */
final class SegmentCardView {
    private static final int MEDIANS_SHOWN = 8;

    private final SegmentsViewModel model;
    private final Messages messages;
    private final FeatureLabels labels;
    private final SegmentWording wording;
    private final SegmentPalette palette = new SegmentPalette();
    private final FlowPane pane = new FlowPane(10, 10);
    private final Runnable renamed;

    /** {@code renamed} is told when the analyst gave a segment a new name. */
    SegmentCardView(SegmentsViewModel model, Messages messages, ViewScope scope, Runnable renamed) {
        this.model = model;
        this.messages = messages;
        this.labels = new FeatureLabels(messages);
        this.wording = new SegmentWording(messages);
        this.renamed = renamed;
        pane.setPadding(new Insets(10));
        pane.setId("segment-cards");
        scope.follow(model.cards(), () -> pane.getChildren().setAll(model.cards().stream().map(this::build).toList()));
    }

    /** The pane of cards. */
    FlowPane node() {
        return pane;
    }

    private void rename(SegmentCard card, String text) {
        if (SegmentCards.rename(card, text)) {
            renamed.run();
        }
    }

    private Node build(SegmentCard card) {
        SegmentProfile profile = card.profile();
        TextField name = new TextField(card.name());
        name.getStyleClass().add("segment-card-name");
        name.setOnAction(e -> rename(card, name.getText()));
        name.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                rename(card, name.getText());
            }
        });
        Label size = new Label(messages.get("segment.card.size", profile.size(), profile.customerShare() * 100,
                Double.isNaN(profile.revenueShare()) ? "–"
                        : String.format(messages.locale(), "%.1f%%", profile.revenueShare() * 100)));
        size.getStyleClass().add("segment-card-size");
        size.setWrapText(true);
        VBox box = new VBox(6, name, size);
        if (profile.traits().isEmpty()) {
            box.getChildren().add(new Label(messages.get("segment.card.noTraits")));
        }
        profile.traits().forEach(t -> {
            Label line = new Label("• " + wording.sentence(t));
            line.setWrapText(true);
            box.getChildren().add(line);
        });
        VBox medians = new VBox(2);
        for (int j = 0; j < profile.features().size() && j < MEDIANS_SHOWN; j++) {
            Label m = new Label(messages.get("segment.card.median", labels.label(profile.features().get(j)),
                    profile.medians()[j]));
            m.getStyleClass().add("segment-card-median");
            medians.getChildren().add(m);
        }
        box.getChildren().add(medians);
        box.getStyleClass().add("segment-card");
        box.setPrefWidth(280);
        box.setPadding(new Insets(10));
        box.setStyle("-fx-border-color: " + cssColour(profile.segment()) + "; -fx-border-width: 0 0 0 5;");
        return box;
    }

    private String cssColour(int segment) {
        Color c = segment < 0 ? SegmentPalette.NOISE : palette.colour(segment);
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
