package org.crmworkbench.ui.segments;

import java.awt.Color;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.crmworkbench.analysis.segment.SegmentProfile;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.FeatureLabels;
import org.crmworkbench.present.segment.SegmentPalette;
import org.crmworkbench.present.segment.SegmentWording;

/**
 * Draws a segment's profile card: an editable name, size and shares, the traits in words and the medians, with a
 * stripe in the segment's colour from the charts.
 */
final class SegmentCardView {
    private static final int MEDIANS_SHOWN = 8;

    private final Messages messages;
    private final FeatureLabels labels;
    private final SegmentWording wording;
    private final SegmentPalette palette = new SegmentPalette();

    SegmentCardView(Messages messages) {
        this.messages = messages;
        this.labels = new FeatureLabels(messages);
        this.wording = new SegmentWording(messages);
    }

    /** The card of {@code card}; {@code renamed} is told the new name when the analyst commits an edit. */
    Node build(SegmentCard card, BiConsumer<SegmentCard, String> renamed) {
        SegmentProfile profile = card.profile();
        TextField name = new TextField(card.name());
        name.getStyleClass().add("segment-card-name");
        name.setOnAction(e -> renamed.accept(card, name.getText()));
        name.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                renamed.accept(card, name.getText());
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
