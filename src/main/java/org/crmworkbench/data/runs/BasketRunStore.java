package org.crmworkbench.data.runs;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crmworkbench.data.Database;
import org.crmworkbench.model.BasketRunRecord;

/** Saves basket analyses whole or not at all, and reads them back. */
public final class BasketRunStore {
    /** {@code analysis_runs.kind} of a basket analysis. */
    public static final String KIND = "basket";

    private final Database database;

    public BasketRunStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    public BasketRunRecord save(BasketRunRecord run) {
        throw new UnsupportedOperationException("not yet");
    }

    public Optional<BasketRunRecord> find(long runId) {
        throw new UnsupportedOperationException("not yet");
    }

    public Optional<BasketRunRecord> latest() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Every stored run, newest first, without rules or item counts. */
    public List<BasketRunRecord> list() {
        throw new UnsupportedOperationException("not yet");
    }
}
