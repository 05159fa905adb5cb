package org.crmworkbench.ui.assistant;

import java.util.List;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The chat transcript as bubbles: each question on the right, each answer on the left with its intent, confidence
 * and runners-up under it, a handed-over answer marked apart with the reason and the closest intents. The words
 * are written in the view's language when the bubbles are built.
 */
final class ChatBubbles {
    /** How much of the transcript's width a bubble takes at most. */
    static final double WIDTH_SHARE = 0.78;

    private final AssistantWords words;
    private final ObservableDoubleValue width;

    ChatBubbles(AssistantWords words, ObservableDoubleValue width) {
        this.words = words;
        this.width = width;
    }

    /** The bubbles of {@code lines}, or one line saying how to start when there are none. */
    List<Node> of(List<ChatLine> lines, String emptyText) {
        if (lines.isEmpty()) {
            Label empty = new Label(emptyText);
            empty.setId("chat-empty");
            empty.setWrapText(true);
            empty.getStyleClass().add("placeholder-text");
            return List.of(empty);
        }
        return lines.stream().map(this::bubble).toList();
    }

    private Node bubble(ChatLine line) {
        if (line.isQuestion()) {
            Label text = new Label(line.question());
            text.setWrapText(true);
            text.getStyleClass().addAll("chat-bubble", "chat-question");
            text.maxWidthProperty().bind(javafx.beans.binding.Bindings.multiply(width, WIDTH_SHARE));
            HBox row = new HBox(text);
            row.setAlignment(Pos.CENTER_RIGHT);
            return row;
        }
        Label reply = new Label(words.reply(line));
        reply.setWrapText(true);
        reply.getStyleClass().add("chat-reply");
        Label details = new Label(words.details(line));
        details.setWrapText(true);
        details.getStyleClass().add("chat-details");
        VBox bubble = new VBox(4, reply, details);
        bubble.getStyleClass().addAll("chat-bubble", line.answer().handedOver() ? "chat-handover" : "chat-answer");
        bubble.maxWidthProperty().bind(javafx.beans.binding.Bindings.multiply(width, WIDTH_SHARE));
        HBox row = new HBox(bubble);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
