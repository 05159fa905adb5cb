package org.crmworkbench.data.runs;

import java.util.List;
import java.util.Optional;
import org.crmworkbench.data.Database;
import org.crmworkbench.model.AssistantRunRecord;

/** Saved assistant evaluations: kind {@code assistant} in {@code analysis_runs}, the rest in {@code assistant_*}. */
public final class AssistantRunStore {
    public static final String KIND = "assistant";
    /** Message key of a saved run's one-line summary. */
    public static final String SUMMARY_KEY = "assistant.run.summary";

    private final Database database;

    public AssistantRunStore(Database database) {
        this.database = database;
    }

    public AssistantRunRecord save(AssistantRunRecord run) {
        throw new UnsupportedOperationException("contract stub: lead");
    }

    public Optional<AssistantRunRecord> latest() {
        throw new UnsupportedOperationException("contract stub: lead");
    }

    public List<AssistantRunRecord> list() {
        throw new UnsupportedOperationException("contract stub: lead");
    }

    public Optional<AssistantRunRecord> find(long runId) {
        throw new UnsupportedOperationException("contract stub: lead");
    }
}
