package org.crmworkbench.cli;

import java.nio.file.Path;
import org.crmworkbench.data.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code workbench [--db PATH] COMMAND}: the root of the command line. */
@Command(name = "workbench", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli",
        versionProvider = VersionText.class, sortOptions = false,
        subcommands = {GenerateCommand.class, ImportCommand.class, InfoCommand.class, SegmentCommand.class,
                RecommendCommand.class, EvaluateRecsCommand.class, RegressCommand.class, ClassifyCommand.class,
                ForecastCommand.class, ValueCommand.class, RulesCommand.class, RepsCommand.class,
                SentimentCommand.class, AssistantCommand.class, CheckCommand.class,
                ChartCommand.class, ReportCommand.class})
final class WorkbenchCommand implements Runnable {
    private final CliContext context;
    private final OutputFolders outputs = new OutputFolders();

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH", descriptionKey = "db", scope = picocli.CommandLine.ScopeType.INHERIT)
    Path db;

    WorkbenchCommand(CliContext context) {
        this.context = context;
    }

    CliContext context() {
        return context;
    }

    /** The database the options name, for reading only (nothing migrated or rewritten), for verbs that only look. */
    Database openDatabaseReadOnly() {
        return Database.openFileReadOnly(context.databasePath(db));
    }

    /** Opens (creating when needed) the database the options name. */
    Database openDatabase() {
        Database database = Database.openFile(context.databasePath(db));
        if (database.undoneImportTables() > 0) {
            context.err().println(context.messages().get("import.recovered", database.undoneImportTables()));
        }
        return database;
    }

    /**
     * The folder to write the files of {@code --out DIR} into: they reach {@code out} together when the command ends
     * well, and not at all otherwise (see {@link OutputFolders}).
     */
    Path outputFolder(Path out) throws java.io.IOException {
        return outputs.stage(out);
    }

    OutputFolders outputs() {
        return outputs;
    }

    Path databasePath() {
        return context.databasePath(db);
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), context.messages().get("cli.missingCommand"));
    }
}
