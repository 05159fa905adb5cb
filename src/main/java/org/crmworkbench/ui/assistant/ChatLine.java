package org.crmworkbench.ui.assistant;

import java.util.Objects;
import org.crmworkbench.analysis.assistant.Answer;

/**
 * One bubble of the chat transcript: a question as typed, or the assistant's answer to it with the out-of-scope
 * label and threshold in force when it was given (the words are written when the bubble is shown, in the view's
 * language).
 *
 * @param question  the question typed (for an answer, the question it answers)
 * @param answer    the answer, or null for a question bubble
 * @param oosLabel  the out-of-scope label in force
 * @param threshold the confidence threshold in force
 */
public record ChatLine(String question, Answer answer, String oosLabel, double threshold) {
    public ChatLine {
        Objects.requireNonNull(question, "question");
    }

    static ChatLine asked(String question) {
        return new ChatLine(question, null, "", 0);
    }

    static ChatLine answered(Answer answer, String oosLabel, double threshold) {
        return new ChatLine(answer.question(), answer, oosLabel, threshold);
    }

    public boolean isQuestion() {
        return answer == null;
    }
}
