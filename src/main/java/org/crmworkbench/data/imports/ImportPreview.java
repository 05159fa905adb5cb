package org.crmworkbench.data.imports;

import java.util.List;

/**
 * The first rows of a file as read, and the column mapping the importer would use; what the import wizard
 * shows before anything is checked or stored.
 */
public record ImportPreview(String file, List<String> header, List<SourceRecord> rows, ColumnMapping mapping) {

    public ImportPreview {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
