package org.crmworkbench.data.imports;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Rows streamed into PostgreSQL with {@code COPY ... FROM STDIN (FORMAT csv)} through the driver's CopyManager, in
 * the caller's transaction: each row's fields as {@link CopyText} writes them, sent in blocks of about a megabyte.
 * {@link #finish()} ends the copy; closing one not finished (a refusal, a cancel, a failure) cancels it, and the
 * caller's rollback undoes the rest. Used by the import and by the copy between databases.
 */
public final class CopyRows implements AutoCloseable {
    private static final int BLOCK = 1 << 20;
    private final org.postgresql.copy.CopyIn copyIn;
    private final StringBuilder text = new StringBuilder(BLOCK + 16_384);
    private boolean firstField = true;
    private boolean ended;

    /** Starts {@code copySql} ({@code COPY table (columns) FROM STDIN (FORMAT csv)}) on {@code c}. */
    public CopyRows(Connection c, String copySql) throws SQLException {
        copyIn = c.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn(copySql);
    }

    /** Adds the next field of the current row. */
    public void field(Object value) {
        if (!firstField) {
            text.append(',');
        }
        firstField = false;
        CopyText.append(text, value);
    }

    /** Ends the current row; a full block goes to the server. */
    public void endRow() throws SQLException {
        text.append('\n');
        firstField = true;
        if (text.length() >= BLOCK) {
            send();
        }
    }

    private void send() throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        copyIn.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    /** Sends what is left and ends the copy: the rows are then in the caller's transaction. */
    public void finish() throws SQLException {
        if (text.length() > 0) {
            send();
        }
        copyIn.endCopy();
        ended = true;
    }

    @Override
    public void close() throws SQLException {
        if (!ended && copyIn.isActive()) {
            copyIn.cancelCopy();
        }
    }
}
