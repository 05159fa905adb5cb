package org.crmworkbench.data.assistant;

import java.util.List;
import org.crmworkbench.data.Database;
import org.crmworkbench.model.AskedQuestion;

/** The chat pane's handed-over and low-confidence questions ({@code assistant_questions}), newest first. */
public final class AskedQuestionLog {
    private final Database database;

    public AskedQuestionLog(Database database) {
        this.database = database;
    }

    public AskedQuestion log(AskedQuestion question) {
        throw new UnsupportedOperationException("contract stub: lead");
    }

    /** Every logged question, newest first. */
    public List<AskedQuestion> list() {
        throw new UnsupportedOperationException("contract stub: lead");
    }

    /** Forgets the question {@code id} (after it was added to the knowledge base); false when there is none. */
    public boolean remove(long id) {
        throw new UnsupportedOperationException("contract stub: lead");
    }
}
