package org.crmworkbench.data.assistant;

import java.util.List;
import org.crmworkbench.data.Database;
import org.crmworkbench.model.KnowledgeEntry;

/**
 * The knowledge base stored in the database ({@code knowledge_base}): read, add, edit and remove rows (the window's
 * table); imports go through the importer like every other table.
 */
public final class KnowledgeBaseStore {
    private final Database database;

    public KnowledgeBaseStore(Database database) {
        this.database = database;
    }

    /** Every row, in id order. */
    public List<KnowledgeEntry> list() {
        throw new UnsupportedOperationException("contract stub: lead");
    }

    /** Stores a new row and returns it with its id. */
    public KnowledgeEntry add(KnowledgeEntry entry) {
        throw new UnsupportedOperationException("contract stub: lead");
    }

    /** Replaces the row with {@code entry.id()}; false when there is none. */
    public boolean update(KnowledgeEntry entry) {
        throw new UnsupportedOperationException("contract stub: lead");
    }

    /** Removes the row {@code id}; false when there is none. */
    public boolean remove(long id) {
        throw new UnsupportedOperationException("contract stub: lead");
    }
}
