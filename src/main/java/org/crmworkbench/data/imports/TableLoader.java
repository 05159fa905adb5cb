package org.crmworkbench.data.imports;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.crmworkbench.work.Progress;

/**
 * Streams one file into one table inside the caller's transaction: each row is checked, good rows go to JDBC
 * batches, bad rows become problems (strict mode: nothing more is written, but the rest of the file is still
 * checked so the person sees every problem at once) or rejects (skip mode). Memory stays flat in the number of
 * rows apart from the identifiers the checks need.
 */
final class TableLoader {
    static final int BATCH_SIZE = 10_000;
    private static final int CHECK_EVERY = 4_096;

    /** A file's result, and whether its problems make the whole import impossible even in skip mode. */
    record Outcome(FileResult result, boolean fatal) {
    }

    private final ImportOptions options;
    private final FieldReader reader;

    TableLoader(ImportOptions options) {
        this.options = options;
        this.reader = new FieldReader(options);
    }

    Outcome load(Connection connection, RecordSource source, TableSpec spec, ColumnMapping mapping, KeyRegistry keys,
                 RejectsWriter rejects, Progress progress, DoubleConsumer fractionOfFile) throws SQLException, IOException {
        List<ImportProblem> kept = new ArrayList<>();
        List<FieldSpec> missing = mapping.missingRequired();
        if (!missing.isEmpty()) {
            for (FieldSpec f : missing) {
                kept.add(new ImportProblem(source.name(), 1, 0, null, null, "import.problem.missingColumn",
                        f.name(), String.join(", ", mapping.headers())));
            }
            return new Outcome(result(spec, source, mapping, 0, 0, 0, kept.size(), kept), true);
        }
        boolean strict = !options.skipBadRows();
        RowChecker checker = new RowChecker(spec, mapping, reader, keys, source.name(), strict);
        List<FieldSpec> fields = spec.fields();
        int[] sqlTypes = fields.stream().mapToInt(TableLoader::sqlType).toArray();
        long read = 0;
        long loaded = 0;
        long rejected = 0;
        long problemCount = 0;
        boolean fatal = false;
        int pending = 0;
        List<ImportProblem> rowProblems = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement(spec.insertSql())) {
            while (true) {
                SourceRecord record;
                try {
                    record = source.next();
                } catch (UnreadableFileException e) {
                    kept.add(e.problem());
                    problemCount++;
                    fatal = true;
                    break;
                }
                if (record == null) {
                    break;
                }
                read++;
                rowProblems.clear();
                RowChecker.CheckedRow row = checker.check(record, rowProblems);
                if (row == null) {
                    problemCount += rowProblems.size();
                    for (ImportProblem p : rowProblems) {
                        if (kept.size() < options.maxProblems()) {
                            kept.add(p);
                        }
                    }
                    if (strict) {
                        pending = 0;
                        insert.clearBatch();
                    } else {
                        rejects.write(mapping.headers(), record, rowProblems);
                        rejected++;
                    }
                } else if (!strict || problemCount == 0) {
                    bind(insert, spec, row, sqlTypes);
                    insert.addBatch();
                    loaded++;
                    if (++pending == BATCH_SIZE) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if ((read % CHECK_EVERY) == 0) {
                    progress.checkCancelled();
                    fractionOfFile.accept(source.fractionRead());
                }
            }
            if (pending > 0 && (!strict || problemCount == 0)) {
                insert.executeBatch();
            }
        }
        fractionOfFile.accept(1.0);
        if (strict && problemCount > 0) {
            loaded = 0;
        }
        return new Outcome(result(spec, source, mapping, read, loaded, rejected, problemCount, kept), fatal);
    }

    private static FileResult result(TableSpec spec, RecordSource source, ColumnMapping mapping, long read, long loaded,
                                     long rejected, long problemCount, List<ImportProblem> kept) {
        return new FileResult(spec.table(), source.name(), read, loaded, rejected, problemCount, kept, mapping.asMap(),
                mapping.ignoredHeaders());
    }

    private static void bind(PreparedStatement insert, TableSpec spec, RowChecker.CheckedRow row, int[] sqlTypes)
            throws SQLException {
        int p = 1;
        if (spec.hasGeneratedId()) {
            insert.setLong(p++, row.id());
        }
        Object[] values = row.values();
        for (int f = 0; f < values.length; f++, p++) {
            Object v = values[f];
            if (v == null) {
                insert.setNull(p, sqlTypes[f]);
            } else if (v instanceof Long l) {
                insert.setLong(p, l);
            } else if (v instanceof String s) {
                insert.setString(p, s);
            } else if (v instanceof Integer i) {
                insert.setInt(p, i);
            } else if (v instanceof Double d) {
                insert.setDouble(p, d);
            } else if (v instanceof BigDecimal d) {
                insert.setBigDecimal(p, d);
            } else {
                insert.setObject(p, v);
            }
        }
    }

    private static int sqlType(FieldSpec field) {
        return switch (field.type()) {
            case REFERENCE -> Types.BIGINT;
            case INTEGER -> Types.INTEGER;
            case MONEY -> Types.DECIMAL;
            case RATING -> Types.DOUBLE;
            case DATE -> Types.DATE;
            case DATE_TIME -> Types.TIMESTAMP;
            default -> Types.VARCHAR;
        };
    }
}
