package org.crmworkbench.data.imports;

import java.nio.file.Path;
import java.util.Map;
import org.crmworkbench.data.CrmTable;

/**
 * One file to load into one table, with optional field -> column overrides (see {@link ColumnMapping#withOverride}).
 */
public record ImportRequest(CrmTable table, Path file, Map<String, String> mapping) {

    public ImportRequest {
        mapping = Map.copyOf(mapping);
    }

    public ImportRequest(CrmTable table, Path file) {
        this(table, file, Map.of());
    }
}
