package org.crmworkbench.data.transfer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.crmworkbench.data.imports.CopyRows;

/**
 * Where the copied rows of one table go on the target: PostgreSQL's {@code COPY ... FROM STDIN} in blocks of a
 * megabyte (one statement for the whole table, the way an import loads it), or batched inserts on H2.
 */
interface TargetRows extends AutoCloseable {
    /** Rows per batch of inserts on H2. */
    int BATCH = 2_000;

    void add(Object[] values) throws SQLException;

    /** Sends what is still held; the table is then complete in the target's transaction. */
    void finish() throws SQLException;

    @Override
    void close() throws SQLException;

    static TargetRows copyInto(Connection c, SchemaTables.Table table) throws SQLException {
        return new CopyStream(c, table);
    }

    /** Batched inserts; with {@code commitEach}, each batch is committed (a target no one else sees yet). */
    static TargetRows insertInto(Connection c, SchemaTables.Table table, boolean commitEach) throws SQLException {
        return new InsertBatches(c, table, commitEach);
    }

    /** {@code COPY table (columns) FROM STDIN (FORMAT csv)}, the text written as the importer writes it. */
    final class CopyStream implements TargetRows {
        private final CopyRows rows;

        CopyStream(Connection c, SchemaTables.Table table) throws SQLException {
            rows = new CopyRows(c, "COPY " + table.name() + " (" + table.columnList() + ") FROM STDIN (FORMAT csv)");
        }

        @Override
        public void add(Object[] values) throws SQLException {
            for (Object value : values) {
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

    /** {@code INSERT INTO table (columns) VALUES (?, ...)} sent {@value #BATCH} rows at a time. */
    final class InsertBatches implements TargetRows {
        private final Connection connection;
        private final PreparedStatement insert;
        private final boolean commitEach;
        private int pending;

        InsertBatches(Connection c, SchemaTables.Table table, boolean commitEach) throws SQLException {
            this.connection = c;
            this.commitEach = commitEach;
            insert = c.prepareStatement("INSERT INTO " + table.name() + " (" + table.columnList() + ") VALUES ("
                    + "?, ".repeat(table.columns().size() - 1) + "?)");
        }

        @Override
        public void add(Object[] values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.addBatch();
            if (++pending == BATCH) {
                send();
            }
        }

        @Override
        public void finish() throws SQLException {
            if (pending > 0) {
                send();
            }
        }

        private void send() throws SQLException {
            insert.executeBatch();
            pending = 0;
            if (commitEach) {
                connection.commit();
            }
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }
}
