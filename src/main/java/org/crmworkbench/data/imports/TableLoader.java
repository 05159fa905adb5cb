package org.crmworkbench.data.imports;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.Progress;

/**
 * Streams one file into one table inside the caller's transaction, on two threads: a {@link RowReader} reads and
 * checks rows while the calling thread, which owns the transaction, binds the good ones into JDBC batches. Bad rows
 * become problems (strict mode: nothing more is written, but the rest of the file is still checked so the person
 * sees every problem at once) or rejects (skip mode). Memory stays flat in the number of rows apart from the
 * identifiers the checks need. Splitting the work measured about 1.4x the single-threaded rate on two cores.
 */
final class TableLoader {
    static final int BATCH_SIZE = 10_000;
    /** Chunks of {@link RowReader#CHUNK} rows waiting between the reading and the inserting thread. */
    private static final int QUEUED_CHUNKS = 8;

    /** A file's result, and whether its problems make the whole import impossible even in skip mode. */
    record Outcome(FileResult result, boolean fatal) {
    }

    private final ImportOptions options;
    private final FieldReader reader;

    private final boolean store;
    private final boolean commitBatches;
    private final boolean copy;

    /**
     * A loader that stores rows ({@code store}) or only checks them, as an import would, and stores nothing;
     * {@code commitBatches} commits every batch (a bulk load under a journal) instead of leaving it to the caller;
     * {@code copy} streams the rows with PostgreSQL's {@code COPY ... FROM STDIN} instead of batched inserts.
     */
    TableLoader(ImportOptions options, boolean store, boolean commitBatches, boolean copy) {
        this.options = options;
        this.store = store;
        this.commitBatches = commitBatches;
        this.copy = copy;
        this.reader = new FieldReader(options);
    }

    /** Where checked rows go: a JDBC batch, or a COPY stream; {@link #finish()} stores what is still pending. */
    private interface RowSink extends AutoCloseable {
        void add(RowChecker.CheckedRow row) throws SQLException;

        void finish() throws SQLException;

        @Override
        void close() throws SQLException;
    }

    /** Batched inserts of {@link #BATCH_SIZE} rows (committed as they go when the load is under a journal). */
    private final class BatchSink implements RowSink {
        private final Connection connection;
        private final TableSpec spec;
        private final int[] sqlTypes;
        private final PreparedStatement insert;
        private int pending;

        BatchSink(Connection connection, TableSpec spec, int[] sqlTypes) throws SQLException {
            this.connection = connection;
            this.spec = spec;
            this.sqlTypes = sqlTypes;
            this.insert = connection.prepareStatement(spec.insertSql());
        }

        @Override
        public void add(RowChecker.CheckedRow row) throws SQLException {
            bind(insert, spec, row, sqlTypes);
            insert.addBatch();
            if (++pending == BATCH_SIZE) {
                insert.executeBatch();
                pending = 0;
                if (commitBatches) {
                    connection.commit();
                }
            }
        }

        @Override
        public void finish() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }

    /** PostgreSQL's COPY of the checked rows, in the caller's transaction (see {@link CopyRows}). */
    private static final class CopySink implements RowSink {
        private final TableSpec spec;
        private final CopyRows rows;

        CopySink(Connection connection, TableSpec spec) throws SQLException {
            this.spec = spec;
            this.rows = new CopyRows(connection, spec.copySql());
        }

        @Override
        public void add(RowChecker.CheckedRow row) throws SQLException {
            if (spec.hasGeneratedId()) {
                rows.field(row.id());
            }
            for (Object value : row.values()) {
                rows.field(value);
            }
            rows.endRow();
        }

        @Override
        public void finish() throws SQLException {
            rows.finish();
        }

        @Override
        public void close() throws SQLException {
            rows.close();
        }
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
        keys.prepareFor(spec);
        RowChecker checker = new RowChecker(spec, mapping, reader, keys, source.name(), strict);
        int[] sqlTypes = spec.fields().stream().mapToInt(TableLoader::sqlType).toArray();
        BlockingQueue<List<RowChecker.CheckedRow>> chunks = new ArrayBlockingQueue<>(QUEUED_CHUNKS);
        RowReader rows = new RowReader(source, checker, mapping.headers(), options, rejects, progress, fractionOfFile,
                chunks);
        Thread readerThread = new Thread(rows, "import-reader-" + source.name());
        readerThread.setDaemon(true);
        readerThread.start();
        long loaded = 0;
        try (RowSink sink = copy ? new CopySink(connection, spec) : new BatchSink(connection, spec, sqlTypes)) {
            while (true) {
                List<RowChecker.CheckedRow> chunk = take(chunks);
                if (chunk == RowReader.END) {
                    break;
                }
                progress.checkCancelled();
                if (!store) {
                    continue;
                }
                for (RowChecker.CheckedRow row : chunk) {
                    sink.add(row);
                }
                loaded += chunk.size();
            }
            if (!store) {
                loaded = 0;
            }
            joinReader(rows, readerThread, chunks);
            rethrow(rows.failure);
            // a refused file is rolled back with the whole import; a COPY is still ended properly, as an unfinished
            // one would leave PostgreSQL's transaction unusable for checking the files after it
            if (!strict || rows.problemCount == 0 || copy) {
                sink.finish();
            }
        } finally {
            joinReader(rows, readerThread, chunks);
        }
        fractionOfFile.accept(1.0);
        if (rows.read == 0 && rows.problemCount == 0) {
            // a header and nothing under it: an import that stores nothing is a mistake in the file (or the wrong
            // file), in a folder import too, so it is refused rather than counted as an import
            List<ImportProblem> empty = List.of(ImportProblem.ofFile(source.name(), "import.problem.noRows"));
            return new Outcome(result(spec, source, mapping, 0, 0, 0, 1, empty), true);
        }
        if (strict && rows.problemCount > 0) {
            loaded = 0;
        }
        return new Outcome(result(spec, source, mapping, rows.read, loaded, rows.rejected, rows.problemCount, rows.kept),
                rows.fatal);
    }

    /** The next chunk; an interrupt (the job was cancelled) counts as cancellation. */
    private static List<RowChecker.CheckedRow> take(BlockingQueue<List<RowChecker.CheckedRow>> chunks) {
        try {
            return chunks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }

    /** Stops the reader if it is still going and waits for it, emptying the queue so it can finish. */
    private static void joinReader(RowReader rows, Thread thread, BlockingQueue<List<RowChecker.CheckedRow>> chunks) {
        if (!thread.isAlive()) {
            return;
        }
        rows.stop();
        boolean interrupted = Thread.interrupted();
        while (thread.isAlive()) {
            chunks.clear();
            try {
                thread.join(20);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rethrow(Throwable failure) throws SQLException, IOException {
        if (failure == null) {
            return;
        }
        if (failure instanceof SQLException e) {
            throw e;
        }
        if (failure instanceof IOException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(failure);
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
