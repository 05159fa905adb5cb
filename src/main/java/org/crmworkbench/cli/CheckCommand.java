package org.crmworkbench.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseCheck;
import org.crmworkbench.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code workbench --db PATH check}: verifies the database without writing to it (opened for reading only): every row
 * read, and the invariants the importer keeps checked (references, required values, ranges, keys and pairs given
 * once). Exit 0 when nothing is wrong, 3 when something is, each finding in one line.
 */
@Command(name = "check", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli", sortOptions = false)
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    WorkbenchCommand parent;

    @Override
    public Integer call() {
        CliContext context = parent.context();
        Messages m = context.messages();
        PrintStream out = context.out();
        parent.requireExistingDatabase();
        TerminalProgress progress = context.progress();
        DatabaseCheck.Report report;
        String name;
        try (Database db = parent.openDatabaseReadOnly()) {
            name = db.description();
            report = new DatabaseCheck(db).run(progress);
        } finally {
            progress.finish();
        }
        if (report.ok()) {
            out.println(m.get("check.ok", name, report.tables(), report.rowsRead(), report.checks()));
            return ExitCode.OK;
        }
        out.println(m.get("check.problems", name, report.findings().size(), report.tables(), report.rowsRead()));
        for (DatabaseCheck.Finding f : report.findings()) {
            List<Object> args = new ArrayList<>(List.of(f.table(), f.column() == null ? "" : f.column(), f.rows()));
            args.addAll(f.details());
            out.println("  " + m.get(f.messageKey(), args.toArray()));
        }
        return ExitCode.DATA;
    }
}
