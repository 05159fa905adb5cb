package org.crmworkbench.data.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds where a CSV file has a field longer than the parser can hold. The parser only says that its buffer ran out;
 * this reads the file again, counting lines, columns and field lengths as RFC 4180 does, and tells whether the field
 * is a plain value that long (a data problem) or a quote left open (broken quoting).
 */
final class LongFieldFinder {

    /**
     * The field that first passes {@code limit} characters.
     *
     * @param line   the line its record starts on
     * @param column 1-based column
     * @param quoted whether it is a quoted field (a quote that is never closed, most likely)
     */
    record LongField(long line, int column, boolean quoted) {
    }

    private LongFieldFinder() {
    }

    /** The first field of {@code file} longer than {@code limit} characters, or null when there is none. */
    static LongField find(Path file, Charset charset, int skipBytes, char separator, int limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(skipBytes);
            return find(new BufferedReader(new InputStreamReader(in, charset), 1 << 16), separator, limit);
        }
    }

    static LongField find(Reader reader, char separator, int limit) throws IOException {
        long line = 1;
        long recordLine = 1;
        int column = 0;
        long length = 0;
        boolean quoted = false;
        boolean inQuotes = false;
        boolean fieldStart = true;
        int previous = -1;
        for (int c; (c = reader.read()) != -1; previous = c) {
            if (c == '\n' && previous != '\r' || c == '\r') {
                line++;
            }
            if (inQuotes) {
                if (c == '"') {
                    inQuotes = false;
                } else {
                    length++;
                }
            } else if (c == separator) {
                column++;
                length = 0;
                quoted = false;
                fieldStart = true;
                continue;
            } else if (c == '\n' || c == '\r') {
                column = 0;
                length = 0;
                quoted = false;
                fieldStart = true;
                recordLine = line;
                continue;
            } else if (c == '"' && (fieldStart || quoted)) {
                // an opening quote, or the second of a doubled quote inside a quoted field
                if (quoted) {
                    length++;
                }
                quoted = true;
                inQuotes = true;
            } else {
                length++;
            }
            fieldStart = false;
            if (length > limit) {
                return new LongField(recordLine, column + 1, quoted);
            }
        }
        return null;
    }
}
