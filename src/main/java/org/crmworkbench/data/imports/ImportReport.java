package org.crmworkbench.data.imports;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of one import (one file or a whole data set, always one transaction).
 *
 * @param files     per-file results in load order
 * @param committed whether the rows were stored; false means the database is exactly as before
 * @param elapsed   wall time of the import
 * @param rejects   the rejects files written (skip mode), possibly none
 */
public record ImportReport(List<FileResult> files, boolean committed, Duration elapsed, List<Path> rejects) {

    public ImportReport {
        files = List.copyOf(files);
        rejects = List.copyOf(rejects);
    }

    public long rowsLoaded() {
        return files.stream().mapToLong(FileResult::rowsLoaded).sum();
    }

    public long rowsRead() {
        return files.stream().mapToLong(FileResult::rowsRead).sum();
    }

    public long rowsRejected() {
        return files.stream().mapToLong(FileResult::rowsRejected).sum();
    }

    public long problemCount() {
        return files.stream().mapToLong(FileResult::problemCount).sum();
    }

    /** The kept problems of every file, in load order. */
    public List<ImportProblem> problems() {
        List<ImportProblem> all = new ArrayList<>();
        files.forEach(f -> all.addAll(f.problems()));
        return all;
    }

    /** Rows loaded per second, over the whole import. */
    public double rowsPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : rowsLoaded() / s;
    }
}
