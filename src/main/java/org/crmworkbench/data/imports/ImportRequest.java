package org.crmworkbench.data.imports;

import java.nio.file.Path;
import java.util.Map;
import org.crmworkbench.data.CrmTable;

/**
 * One file to load into one table, with optional field -> column overrides (see {@link ColumnMapping#withOverride}).
 */
public record ImportRequest(CrmTable table, Path file, Map<String, String> mapping) {

    public ImportRequest {
        mapping = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(mapping)); // applied in order
    }

    public ImportRequest(CrmTable table, Path file) {
        this(table, file, Map.of());
    }
}
