package org.crmworkbench.data.sample;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV files written under a temporary name ({@code name.part}) and moved into place only when all of them are
 * complete, so a cancelled or failed run leaves no half-written data set behind. UTF-8 without BOM, comma
 * separated, CRLF line ends, fields quoted when RFC 4180 requires it.
 */
final class StagedFiles implements AutoCloseable {
    private static final String PART = ".part";

    private final Path directory;
    private final List<String> names = new ArrayList<>();
    private boolean committed;

    StagedFiles(Path directory) throws IOException {
        this.directory = Files.createDirectories(directory);
    }

    /** Opens {@code name} for writing and writes its header row; may be called from several threads. */
    synchronized CsvWriter open(String name, List<String> header) throws IOException {
        names.add(name);
        CsvWriter writer = CsvWriter.builder()
                .lineDelimiter(LineDelimiter.CRLF)
                .bufferSize(64 * 1024)
                .build(directory.resolve(name + PART), StandardCharsets.UTF_8);
        writer.writeRecord(header);
        return writer;
    }

    /** Writes {@code name} with the bytes of {@code content} (already in the data set's CSV format). */
    synchronized void copy(String name, InputStream content) throws IOException {
        names.add(name);
        Files.copy(content, directory.resolve(name + PART), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Moves every written file to its final name, replacing an older file of that name. */
    synchronized void commit() throws IOException {
        for (String name : names) {
            Files.move(directory.resolve(name + PART), directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Deletes the temporary files unless they were committed. */
    @Override
    public synchronized void close() {
        if (committed) {
            return;
        }
        for (String name : names) {
            try {
                Files.deleteIfExists(directory.resolve(name + PART));
            } catch (IOException e) {
                // best effort: a leftover .part file is harmless and overwritten by the next run
            }
        }
    }
}
