package org.crmworkbench.data.runs;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crmworkbench.data.Database;
import org.crmworkbench.model.ForecastRunRecord;

/** Saves forecasts whole or not at all, and reads them back. */
public final class ForecastRunStore {
    /** {@code analysis_runs.kind} of a forecast. */
    public static final String KIND = "forecast";

    private final Database database;

    public ForecastRunStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Stores the run in one transaction and returns it with its new id. */
    public ForecastRunRecord save(ForecastRunRecord run) {
        throw new UnsupportedOperationException("not yet built");
    }

    public List<Long> runIds() {
        throw new UnsupportedOperationException("not yet built");
    }

    public Optional<ForecastRunRecord> latest() {
        throw new UnsupportedOperationException("not yet built");
    }

    public Optional<ForecastRunRecord> load(long runId) {
        throw new UnsupportedOperationException("not yet built");
    }
}
