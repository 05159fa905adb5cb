package org.crmworkbench.model;

import java.time.Instant;
import java.util.List;
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
 * @param summary    one line saying what it found, in English, as saved
 * @param summaryKey the same as a message key with {@code summaryArgs}, for the reader's language; null for runs
 *                   saved before version 7 of the schema
 * @param summaryArgs the key's arguments as saved (numbers as their digits)
 * @param madeBy     who saved it (the team database's user, or the computer's user for a file); null for runs saved
 *                   before version 14 of the schema
 */
public record SavedRun(long id, String kind, Instant startedAt, String appVersion, Long seed, String parameters,
                       String summary, String summaryKey, List<String> summaryArgs, String madeBy) {
    public SavedRun {
        Objects.requireNonNull(kind, "kind");
        parameters = parameters == null ? "" : parameters;
        summary = summary == null ? "" : summary;
        summaryArgs = summaryArgs == null ? List.of() : List.copyOf(summaryArgs);
    }

    /** A run whose maker is not known. */
    public SavedRun(long id, String kind, Instant startedAt, String appVersion, Long seed, String parameters,
                    String summary, String summaryKey, List<String> summaryArgs) {
        this(id, kind, startedAt, appVersion, seed, parameters, summary, summaryKey, summaryArgs, null);
    }

    /** A run whose summary is in English only. */
    public SavedRun(long id, String kind, Instant startedAt, String appVersion, Long seed, String parameters,
                    String summary) {
        this(id, kind, startedAt, appVersion, seed, parameters, summary, null, List.of(), null);
    }
}
