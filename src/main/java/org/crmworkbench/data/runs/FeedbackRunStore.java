package org.crmworkbench.data.runs;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crmworkbench.data.Database;
import org.crmworkbench.model.FeedbackRunRecord;

/** Saves and reads {@code feedback} runs: the run row, its summary and its tables, in one transaction. */
public final class FeedbackRunStore {
    public static final String KIND = "feedback";

    private final Database database;

    public FeedbackRunStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    public FeedbackRunRecord save(FeedbackRunRecord run) {
        throw new UnsupportedOperationException("not yet");
    }

    public Optional<FeedbackRunRecord> latest() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Every saved run, newest first, without its tables. */
    public List<FeedbackRunRecord> list() {
        throw new UnsupportedOperationException("not yet");
    }

    public Optional<FeedbackRunRecord> find(long runId) {
        throw new UnsupportedOperationException("not yet");
    }
}
