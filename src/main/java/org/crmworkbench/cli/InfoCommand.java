package org.crmworkbench.cli;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code workbench info}: row counts per table and the last import. */
@Command(name = "info", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli")
final class InfoCommand implements Callable<Integer> {
    @ParentCommand
    WorkbenchCommand parent;

    @Override
    public Integer call() {
        CliContext context = parent.context();
        Messages m = context.messages();
        PrintStream out = context.out();
        if (!Database.exists(parent.databasePath())) {
            throw new UsageException(m.get("cli.info.noDatabase", parent.databasePath().toAbsolutePath()));
        }
        try (Database db = parent.openDatabase(); Connection c = db.connect(); Statement s = c.createStatement()) {
            out.println(m.get("cli.info.database", db.description()));
            for (CrmTable t : CrmTable.loadOrder()) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + t.sqlName())) {
                    rs.next();
                    out.printf("  %-12s %,12d%n", t.sqlName(), rs.getLong(1));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT imported_at, source, table_name FROM imports ORDER BY id DESC LIMIT 1")) {
                out.println(rs.next() ? m.get("cli.info.lastImport", rs.getObject(1, java.time.LocalDateTime.class)
                        .toString().replace('T', ' '), rs.getString(2), rs.getString(3)) : m.get("cli.info.noImport"));
            }
            return ExitCode.OK;
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
    }
}
