package org.crmworkbench.data.imports;

import java.io.IOException;
import java.util.List;

/** A file being read row by row: CSV or the first sheet of an XLSX workbook. */
public interface RecordSource extends AutoCloseable {

    /** The file name shown in messages. */
    String name();

    /** The header row's cells, trimmed. */
    List<String> header();

    /**
     * The next non-blank row, or null at the end.
     *
     * @throws UnreadableFileException when the bytes cannot be read as the expected text or table format
     */
    SourceRecord next() throws IOException;

    /** How much of the file has been read, from 0 to 1, or -1 when unknown. */
    double fractionRead();

    @Override
    void close() throws IOException;
}
