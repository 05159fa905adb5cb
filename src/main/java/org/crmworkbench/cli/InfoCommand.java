package org.crmworkbench.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.DataSetSummary;
import org.crmworkbench.data.Database;
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
        parent.requireExistingDatabase();
        try (Database db = parent.openDatabaseReadOnly()) {
            DataSetSummary summary = DataSetSummary.read(db);
            out.println(m.get("cli.info.database", db.description()));
            for (CrmTable t : CrmTable.loadOrder()) {
                out.printf("  %-14s %,12d%n", t.sqlName(), summary.rowCount(t));
            }
            out.println(summary.lastImport()
                    .map(t -> m.get("cli.info.lastImport", t.withNano(0).toString().replace('T', ' '), summary.importCount()))
                    .orElseGet(() -> m.get("cli.info.noImport")));
            return ExitCode.OK;
        }
    }
}
