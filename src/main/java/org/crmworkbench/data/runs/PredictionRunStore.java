package org.crmworkbench.data.runs;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crmworkbench.data.Database;
import org.crmworkbench.model.PredictionRunRecord;

/** Saves prediction runs whole or not at all, and reads them back. */
public final class PredictionRunStore {
    /** {@code analysis_runs.kind} of a prediction run. */
    public static final String KIND = "predict";

    private final Database database;

    public PredictionRunStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Stores the run in one transaction and returns it with its new id. */
    public PredictionRunRecord save(PredictionRunRecord run) {
        throw new UnsupportedOperationException("not yet built");
    }

    public List<Long> runIds() {
        throw new UnsupportedOperationException("not yet built");
    }

    /** The latest run of a task ({@link PredictionRunRecord#REGRESSION} or {@link PredictionRunRecord#CLASSIFICATION}). */
    public Optional<PredictionRunRecord> latest(String task) {
        throw new UnsupportedOperationException("not yet built");
    }

    public Optional<PredictionRunRecord> load(long runId) {
        throw new UnsupportedOperationException("not yet built");
    }
}
