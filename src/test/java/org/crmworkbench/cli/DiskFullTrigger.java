package org.crmworkbench.cli;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** Stands in for a full disk: fails every insert of the table it is put on as H2 fails a write that has no room. */
public final class DiskFullTrigger implements Trigger {
    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("IO Exception: \"No space left on device\" (simulated)", "90028");
    }
}
