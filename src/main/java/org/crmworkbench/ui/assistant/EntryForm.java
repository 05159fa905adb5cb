package org.crmworkbench.ui.assistant;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.crmworkbench.model.AskedQuestion;
import org.crmworkbench.model.KnowledgeEntry;

/**
 * The form of one knowledge-base row being added or edited: question, intent, answer and language (empty = detect
 * it), the row's id when it is an edit, and the logged question it comes from (forgotten once the row is stored).
 * FX thread only.
 */
public final class EntryForm {
    private final BooleanProperty open = new SimpleBooleanProperty(this, "open");
    private final StringProperty question = new SimpleStringProperty(this, "question", "");
    private final StringProperty intent = new SimpleStringProperty(this, "intent", "");
    private final StringProperty answer = new SimpleStringProperty(this, "answer", "");
    private final ObjectProperty<String> language = new SimpleObjectProperty<>(this, "language", "");
    private long editing;
    private long fromAsked;

    EntryForm() {
    }

    /** An empty form for a new row. */
    void startNew() {
        fill(0, "", "", "", "");
        fromAsked = 0;
    }

    /** The form filled with {@code entry} to change it. */
    void startEdit(KnowledgeEntry entry) {
        fill(entry.id(), entry.question(), entry.intent(), entry.answer(), entry.language());
        fromAsked = 0;
    }

    /** A new row pre-filled with a logged question and the intent the assistant thought closest. */
    void startFrom(AskedQuestion asked) {
        String lang = "en".equals(asked.language()) || "zh".equals(asked.language()) ? asked.language() : "";
        fill(0, asked.question(), asked.topIntent(), "", lang);
        fromAsked = asked.id();
    }

    private void fill(long id, String q, String i, String a, String lang) {
        editing = id;
        question.set(q == null ? "" : q);
        intent.set(i == null ? "" : i);
        answer.set(a == null ? "" : a);
        language.set(lang == null ? "" : lang);
        open.set(true);
    }

    void close() {
        open.set(false);
        editing = 0;
        fromAsked = 0;
    }

    /** The bundle key of what is missing (question first, then intent), or null when the row can be stored. */
    String missing() {
        if (question.get() == null || question.get().isBlank()) {
            return "assistant.ws.form.noQuestion";
        }
        if (intent.get() == null || intent.get().isBlank()) {
            return "assistant.ws.form.noIntent";
        }
        return null;
    }

    /** The row as filled in (call after {@link #missing()} said nothing is). */
    KnowledgeEntry entry() {
        String lang = language.get();
        return new KnowledgeEntry(editing, question.get().strip(), intent.get().strip(),
                answer.get() == null ? null : answer.get().strip(), lang == null || lang.isEmpty() ? null : lang);
    }

    /** Whether the form changes a stored row (else it adds one). */
    boolean editing() {
        return editing != 0;
    }

    /** The logged question the row comes from, 0 when none. */
    long fromAsked() {
        return fromAsked;
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open;
    }

    public StringProperty questionProperty() {
        return question;
    }

    public StringProperty intentProperty() {
        return intent;
    }

    public StringProperty answerProperty() {
        return answer;
    }

    public ObjectProperty<String> languageProperty() {
        return language;
    }
}
