package org.crmworkbench.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A question typed into the Assistant's chat pane that it handed over or answered with low confidence, kept so the
 * analyst can add it to the knowledge base.
 *
 * @param id          the row's id (0 before it is stored)
 * @param askedAt     when it was asked
 * @param question    the question as typed
 * @param language    the language it was read in ({@code en}, {@code zh}, {@code other})
 * @param topIntent   the closest intent, or null when the knowledge base had none
 * @param confidence  the closest intent's confidence, 0..1
 * @param handedOver  whether the assistant passed it to a colleague
 * @param reason      why it was handed over ({@code low-confidence}, {@code ambiguous}, {@code out-of-scope}), or
 *                    null when it was answered
 */
public record AskedQuestion(long id, Instant askedAt, String question, String language, String topIntent,
                            double confidence, boolean handedOver, String reason) {
    public AskedQuestion {
        Objects.requireNonNull(askedAt, "askedAt");
        Objects.requireNonNull(question, "question");
    }

    public AskedQuestion withId(long newId) {
        return new AskedQuestion(newId, askedAt, question, language, topIntent, confidence, handedOver, reason);
    }
}
