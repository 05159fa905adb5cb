package org.crmworkbench.data.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What the CSV and XLSX sources share: the file's name for messages, the header taken from the first row (a file
 * without one is refused), and skipping blank rows.
 */
abstract class FileRecordSource implements RecordSource {
    private final String name;
    private List<String> header;

    FileRecordSource(Path file) {
        this.name = file.getFileName().toString();
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<String> header() {
        return header;
    }

    /**
     * Takes the header row's cells; {@code null} means the file has no rows at all, which closes the source and
     * refuses the file.
     */
    final void useHeader(List<String> cells) throws IOException {
        if (cells == null) {
            close();
            throw new UnreadableFileException(ImportProblem.ofFile(name, "import.problem.emptyFile"), null);
        }
        this.header = List.copyOf(cells);
    }

    @Override
    public final SourceRecord next() throws IOException {
        while (true) {
            SourceRecord record = readRecord();
            if (record == null || !record.isBlank()) {
                return record;
            }
        }
    }

    /** The next row as read, blank or not; null at the end. */
    abstract SourceRecord readRecord() throws IOException;
}
