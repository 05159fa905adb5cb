package org.crmworkbench.ui.feedback;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.crmworkbench.analysis.text.AspectSentiment;
import org.crmworkbench.analysis.text.Keyword;
import org.crmworkbench.analysis.text.PriorityFeedback;
import org.crmworkbench.analysis.text.ScoredFeedback;
import org.crmworkbench.analysis.text.SentimentCounts;
import org.crmworkbench.analysis.text.TermChange;
import org.crmworkbench.analysis.text.Topic;

/**
 * The lines of the Feedback view's tables, as the view model hands them to the view: each wraps what the analysis
 * gave, so the view binds to these and {@link FeedbackTables} reads the figures.
 */
final class FeedbackRows {
    private FeedbackRows() {
    }

    /** All texts, or one language's, or one value of a breakdown: a name and its sentiment. */
    record CountsRow(String name, SentimentCounts counts) {
    }

    record KeywordRow(Keyword keyword) {
    }

    record TopicRow(Topic topic) {
    }

    record AspectRow(AspectSentiment aspect) {
    }

    record ChangeRow(TermChange change) {
    }

    /** A scored text; its text and runs (the driver words marked) for the view. */
    record TextRow(ScoredFeedback feedback) {
        TextRow {
            Objects.requireNonNull(feedback, "feedback");
        }

        String id() {
            return feedback.text().id();
        }

        String text() {
            return feedback.text().text();
        }

        LocalDateTime writtenAt() {
            return feedback.text().writtenAt();
        }

        List<HighlightedText.Piece> pieces() {
            return HighlightedText.pieces(feedback.text().text(), feedback.analysis().sentiment().drivers());
        }
    }

    /** A text on the read-first list and why. */
    record PriorityRow(PriorityFeedback priority, TextRow row) {
    }
}
