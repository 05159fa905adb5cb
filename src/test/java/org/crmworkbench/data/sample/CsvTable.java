package org.crmworkbench.data.sample;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A CSV file read completely into memory, for tests on small generated data sets. */
final class CsvTable {
    private final List<String> header;
    private final List<List<String>> rows;

    private CsvTable(List<String> header, List<List<String>> rows) {
        this.header = header;
        this.rows = rows;
    }

    static CsvTable read(Path file) {
        List<List<String>> records = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
            for (CsvRecord record : reader) {
                records.add(record.getFields());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CsvTable(records.get(0), records.subList(1, records.size()));
    }

    List<String> header() {
        return header;
    }

    int size() {
        return rows.size();
    }

    /** The values of one column, in row order. */
    List<String> column(String name) {
        int index = index(name);
        List<String> values = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            values.add(row.get(index));
        }
        return values;
    }

    String get(int row, String column) {
        return rows.get(row).get(index(column));
    }

    int index(String column) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + header);
        }
        return index;
    }

    List<List<String>> rows() {
        return rows;
    }
}
