package org.crmworkbench.model;

import java.util.Objects;

/**
 * One row of the service assistant's knowledge base: an example of how a customer asks, the intent it shows, and the
 * answer to give. Several rows share an intent (the ways of asking); the answer may repeat on each of them or be given
 * once. A row whose intent is the out-of-scope label is an example of a question the assistant must hand over.
 *
 * @param id       the row's id in the database (0 for rows read from a file)
 * @param question the example question, as a customer would type it
 * @param intent   the intent's name ({@code delivery_time}, {@code 退货} ...)
 * @param answer   the answer for the intent, or null when this row gives none
 * @param language {@code en}, {@code zh}, or null to detect it from the question
 */
public record KnowledgeEntry(long id, String question, String intent, String answer, String language) {
    public KnowledgeEntry {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(intent, "intent");
        answer = answer == null || answer.isBlank() ? null : answer;
        language = language == null || language.isBlank() ? null : language;
    }

    /** A row read from a file (id 0). */
    public KnowledgeEntry(String question, String intent, String answer, String language) {
        this(0, question, intent, answer, language);
    }

    public KnowledgeEntry withId(long newId) {
        return new KnowledgeEntry(newId, question, intent, answer, language);
    }
}
