package org.crmworkbench.present.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a chart or table of a report came from, so a number on a manager's slide can be traced back and rerun.
 *
 * @param runId      the saved run's id ({@code workbench report --runs ID} rebuilds it)
 * @param kind       the run's kind ({@code segment}, {@code forecast}, ...)
 * @param dataSet    the data the run read, in words (database file or input file, with row counts where known)
 * @param dataAsOf   the day the data stood at when the run used it (features measured from, last period of a
 *                   series), or null when unknown
 * @param runAt      when the run was made
 * @param parameters the analysis parameters in words
 * @param seed       the random seed, or null when the run used none
 * @param appVersion the workbench version that made the run
 * @param madeBy     who saved the run, or null when unknown (runs saved before this was kept)
 */
public record Provenance(long runId, String kind, String dataSet, LocalDate dataAsOf, Instant runAt,
                         String parameters, Long seed, String appVersion, String madeBy) {
    /** A provenance whose maker is not known. */
    public Provenance(long runId, String kind, String dataSet, LocalDate dataAsOf, Instant runAt, String parameters,
                      Long seed, String appVersion) {
        this(runId, kind, dataSet, dataAsOf, runAt, parameters, seed, appVersion, null);
    }

    public Provenance {
        Objects.requireNonNull(kind, "kind");
        dataSet = dataSet == null ? "" : dataSet;
        parameters = parameters == null ? "" : parameters;
        appVersion = appVersion == null ? "" : appVersion;
    }

    /** The same provenance with the parameters in other words. */
    public Provenance withParameters(String newParameters) {
        return new Provenance(runId, kind, dataSet, dataAsOf, runAt, newParameters, seed, appVersion, madeBy);
    }
}
