package org.crmworkbench.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.RecordSource;
import org.crmworkbench.data.imports.RecordSources;
import org.crmworkbench.ui.jobs.JobRunner;

/**
 * The header row of the CSV or XLSX file a workspace reads its data from: read in a background job (a newer read
 * replaces the one before), and the columns a workspace needs guessed among its names. The workspaces' file sources
 * (Value, Baskets, Sales team, Feedback) share it.
 */
public final class FileHeaders {
    private final JobRunner jobs;
    private final String replacingKey;

    /** Header reads run on {@code jobs}, each replacing the last one started under {@code replacingKey}. */
    public FileHeaders(JobRunner jobs, String replacingKey) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.replacingKey = Objects.requireNonNull(replacingKey, "replacingKey");
    }

    /**
     * Reads the header of {@code file} (opened as the import opens it) as job {@code jobKey}, named by the file; hands
     * the header to {@code onHeader}, or the failure to {@code onFailure}, on the FX thread.
     */
    public void read(Path file, String jobKey, Consumer<List<String>> onHeader,
                     Consumer<? super Throwable> onFailure) {
        jobs.job(jobKey, progress -> {
            try (RecordSource rows = RecordSources.open(file, ImportOptions.defaults())) {
                return rows.header();
            }
        }).nameArgs(file.getFileName()).replacing(replacingKey)
                .onSuccess(onHeader)
                .onFailure(onFailure)
                .start();
    }

    /** The first column whose name, as {@link #lower} gives it, fits; {@code otherwise} when none does. */
    public static String guess(List<String> header, Predicate<String> fits, String otherwise) {
        return header.stream().filter(h -> fits.test(lower(h))).findFirst().orElse(otherwise);
    }

    /** A column name as {@link #guess} compares it: lower case, trimmed; "" for none. */
    public static String lower(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT).trim();
    }
}
