package org.crmworkbench.data.imports;

import java.sql.SQLException;
import java.util.List;
import org.crmworkbench.data.CrmTable;

/**
 * Checks one row of a file against its table: field count, each field's type and range, that its own key is new,
 * that every reference names a known row, and (ratings) that the customer has not rated the product already.
 */
final class RowChecker {
    /** A row that passed: its internal id (0 for ratings) and typed values, references replaced by ids. */
    record CheckedRow(long id, Object[] values) {
    }

    private final TableSpec spec;
    private final ColumnMapping mapping;
    private final FieldReader reader;
    private final KeyRegistry keys;
    private final String file;
    private final boolean registerInvalidRows;
    private final int width;

    RowChecker(TableSpec spec, ColumnMapping mapping, FieldReader reader, KeyRegistry keys, String file,
               boolean registerInvalidRows) {
        this.spec = spec;
        this.mapping = mapping;
        this.reader = reader;
        this.keys = keys;
        this.file = file;
        this.registerInvalidRows = registerInvalidRows;
        this.width = mapping.headers().size();
    }

    /** The checked row, or null when {@code out} received at least one problem about it. */
    CheckedRow check(SourceRecord record, List<ImportProblem> out) throws SQLException {
        int before = out.size();
        checkWidth(record, out);
        List<FieldSpec> fields = spec.fields();
        Object[] values = new Object[fields.size()];
        int keyField = -1;
        for (int f = 0; f < fields.size(); f++) {
            FieldSpec field = fields.get(f);
            int c = mapping.columnOf(f);
            String text = c < 0 ? "" : cell(record.field(c));
            if (text.isEmpty()) {
                if (field.required()) {
                    out.add(problem(record, c, text, "import.problem.required"));
                }
                continue;
            }
            FieldReader.Read read = reader.read(field, text);
            if (read.failed()) {
                out.add(problem(record, c, text, read.problemKey(), read.args()));
                continue;
            }
            if (field.type() == FieldType.REFERENCE) {
                KeyRegistry.Entry target = keys.find(field.references(), text);
                if (target == null) {
                    out.add(problem(record, c, text, "import.problem.unknownReference",
                            field.name(), field.references().sqlName()));
                    continue;
                }
                values[f] = target.id();
            } else {
                values[f] = read.value();
            }
            if (field.type() == FieldType.KEY) {
                keyField = f;
            }
        }
        if (keyField >= 0) {
            KeyRegistry.Entry earlier = keys.find(spec.table(), (String) values[keyField]);
            if (earlier != null) {
                out.add(duplicate(record, keyField, earlier));
                keyField = -1;
            }
        }
        if (spec.hasPairKey() && values[0] != null && values[1] != null && out.size() == before) {
            long seen = keys.registerPair(spec.table(), (Long) values[0], (Long) values[1], record.line());
            if (seen >= 0) {
                boolean lines = spec.table() == CrmTable.ORDER_LINES;
                out.add(new ImportProblem(file, record.line(), 0, null, null, seen == 0
                        ? lines ? "import.problem.existingLine" : "import.problem.existingPair"
                        : lines ? "import.problem.duplicateLine" : "import.problem.duplicatePair", seen));
            }
        }
        boolean ok = out.size() == before;
        long id = 0;
        if (spec.hasGeneratedId() && (ok || registerInvalidRows)) {
            id = keys.nextId(spec.table());
            if (keyField >= 0) {
                keys.register(spec.table(), (String) values[keyField], id, record.line());
            }
        }
        return ok ? new CheckedRow(id, values) : null;
    }

    private void checkWidth(SourceRecord record, List<ImportProblem> out) {
        int n = record.fields().length;
        if (n < width) {
            out.add(ImportProblem.ofLine(file, record.line(), "import.problem.missingFields", width, n));
        } else if (n > width) {
            for (int c = width; c < n; c++) {
                if (!record.fields()[c].isBlank()) {
                    out.add(ImportProblem.ofLine(file, record.line(), "import.problem.extraFields", width, n));
                    return;
                }
            }
        }
    }

    private ImportProblem duplicate(SourceRecord record, int keyField, KeyRegistry.Entry earlier) {
        int c = mapping.columnOf(keyField);
        String text = cell(record.field(c));
        CrmTable table = spec.table();
        return earlier.line() == 0
                ? problem(record, c, text, "import.problem.existingKey", spec.fields().get(keyField).name(), table.sqlName())
                : problem(record, c, text, "import.problem.duplicateKey", spec.fields().get(keyField).name(), earlier.line());
    }

    /**
     * A cell's text, trimmed, without byte-order marks at its start: a file glued from several (each with its BOM)
     * would otherwise put U+FEFF into the first key of every part.
     */
    static String cell(String raw) {
        int start = 0;
        while (start < raw.length() && raw.charAt(start) == '\uFEFF') {
            start++;
        }
        return raw.substring(start).trim();
    }

    private ImportProblem problem(SourceRecord record, int column, String value, String key, Object... args) {
        String header = column >= 0 && column < width ? mapping.headers().get(column) : null;
        return new ImportProblem(file, record.line(), column + 1, header, column < 0 ? null : value, key, args);
    }
}
