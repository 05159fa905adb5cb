package org.crmworkbench.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One saved analysis run as the run list shows it, whatever its kind: the common columns of {@code analysis_runs}.
 *
 * @param id         the run's id
 * @param kind       {@code segment}, {@code forecast}, {@code predict}, {@code recommend} or {@code recommend-eval}
 * @param startedAt  when it started
 * @param appVersion the workbench version that made it
 * @param seed       its random seed (null when it has none)
 * @param parameters its parameters in words, as saved
 * @param summary    one line saying what it found, as saved
 */
public record SavedRun(long id, String kind, Instant startedAt, String appVersion, Long seed, String parameters,
                       String summary) {
    public SavedRun {
        Objects.requireNonNull(kind, "kind");
        parameters = parameters == null ? "" : parameters;
        summary = summary == null ? "" : summary;
    }
}
