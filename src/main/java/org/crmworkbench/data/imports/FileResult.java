package org.crmworkbench.data.imports;

import java.util.List;
import java.util.Map;
import org.crmworkbench.data.CrmTable;

/**
 * What happened to one file.
 *
 * @param table          the table it was loaded into
 * @param file           its name
 * @param rowsRead       data rows read (not counting the header and blank lines)
 * @param rowsLoaded     rows stored (0 when the load was refused or rolled back)
 * @param rowsRejected   rows refused (skip mode: written to the rejects file)
 * @param problemCount   every problem found, also those beyond the kept list
 * @param problems       the first problems, in file order
 * @param mapping        field -> header used
 * @param ignoredHeaders columns that fed no field
 */
public record FileResult(CrmTable table, String file, long rowsRead, long rowsLoaded, long rowsRejected,
                         long problemCount, List<ImportProblem> problems, Map<String, String> mapping,
                         List<String> ignoredHeaders) {

    public FileResult {
        problems = List.copyOf(problems);
        mapping = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(mapping));
        ignoredHeaders = List.copyOf(ignoredHeaders);
    }

    FileResult rolledBack() {
        return new FileResult(table, file, rowsRead, 0, rowsRejected, problemCount, problems, mapping, ignoredHeaders);
    }
}
