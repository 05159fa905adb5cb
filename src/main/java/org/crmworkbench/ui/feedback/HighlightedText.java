package org.crmworkbench.ui.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.crmworkbench.analysis.text.SentimentDriver;

/**
 * A text with the words that drove its score marked: runs of plain text and driver words, a driver that pushed
 * towards positive in green, one that pushed towards negative in red (style classes {@code driver-positive} and
 * {@code driver-negative}). Weak drivers, and drivers whose span lies outside the text or overlaps an earlier one,
 * are left out.
 */
final class HighlightedText {
    /** The style class of a word that pushed the score up. */
    static final String POSITIVE = "driver-positive";
    /** The style class of a word that pushed the score down. */
    static final String NEGATIVE = "driver-negative";
    /** The share of the strongest driver's push a driver needs to be marked. */
    static final double SHOWN_SHARE = 0.25;

    /** A run of the text: {@code push} is +1 for a positive driver, -1 for a negative one, 0 for plain text. */
    record Piece(String text, int push) {
    }

    private HighlightedText() {
    }

    /**
     * The runs of {@code text}, in order; they join to the whole text. Drivers pushing less than a quarter as hard as
     * the strongest one are left plain, so the marks fall on the words that carried the score.
     */
    static List<Piece> pieces(String text, List<SentimentDriver> drivers) {
        double strongest = drivers.stream().mapToDouble(d -> Math.abs(d.weight())).max().orElse(0);
        List<SentimentDriver> ordered = new ArrayList<>(drivers.stream()
                .filter(d -> Math.abs(d.weight()) >= SHOWN_SHARE * strongest).toList());
        ordered.sort(Comparator.comparingInt(SentimentDriver::start));
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (SentimentDriver d : ordered) {
            if (d.start() < at || d.end() > text.length() || d.end() == d.start()) {
                continue;
            }
            if (d.start() > at) {
                pieces.add(new Piece(text.substring(at, d.start()), 0));
            }
            pieces.add(new Piece(text.substring(d.start(), d.end()),
                    d.weight() > 0 ? 1 : d.weight() < 0 ? -1 : 0));
            at = d.end();
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), 0));
        }
        return pieces;
    }

    /** The text of {@code row} as a flow of runs, the drivers styled. */
    static TextFlow flow(FeedbackRows.TextRow row) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("feedback-text");
        for (Piece piece : row.pieces()) {
            Text run = new Text(piece.text());
            run.getStyleClass().add("feedback-run");
            if (piece.push() > 0) {
                run.getStyleClass().add(POSITIVE);
            } else if (piece.push() < 0) {
                run.getStyleClass().add(NEGATIVE);
            }
            flow.getChildren().add(run);
        }
        return flow;
    }
}
