package org.crmworkbench.data.imports;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.i18n.Messages;

/**
 * Writes rows refused in "skip bad rows" mode: the original columns as they were, then {@code reject_line} and
 * {@code reject_reasons}. The importer ignores those two extra columns, so a corrected rejects file can be
 * imported again as it is.
 */
final class RejectsWriter implements AutoCloseable {
    private final Path path;
    private final Messages messages;
    private CsvWriter writer;
    private long rows;

    RejectsWriter(Path path, Messages messages) {
        this.path = path;
        this.messages = messages;
    }

    void write(List<String> header, SourceRecord record, List<ImportProblem> problems) throws IOException {
        if (writer == null) {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            writer = CsvWriter.builder().build(path, StandardCharsets.UTF_8);
            List<String> h = new ArrayList<>(header);
            h.add("reject_line");
            h.add("reject_reasons");
            writer.writeRecord(h);
        }
        List<String> row = new ArrayList<>(header.size() + 2);
        for (int c = 0; c < header.size(); c++) {
            row.add(record.field(c));
        }
        row.add(Long.toString(record.line()));
        StringBuilder reasons = new StringBuilder();
        for (ImportProblem p : problems) {
            if (reasons.length() > 0) {
                reasons.append(" | ");
            }
            reasons.append(p.describe(messages));
        }
        row.add(reasons.toString());
        writer.writeRecord(row);
        rows++;
    }

    long rows() {
        return rows;
    }

    Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
    }
}
