package org.crmworkbench.cli;

import java.nio.file.Path;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseAddress;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.data.DatabaseKey;
import org.crmworkbench.data.DatabasePasswordException;
import org.crmworkbench.data.EncryptionSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code workbench [--db PATH] COMMAND}: the root of the command line. */
@Command(name = "workbench", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli",
        versionProvider = VersionText.class, sortOptions = false)
final class WorkbenchCommand implements Runnable {
    /** The verbs, in the order the help lists them (registered by {@link Verbs}). */
    static final java.util.List<Class<?>> VERBS = java.util.List.of(GenerateCommand.class, ImportCommand.class,
            InfoCommand.class, SegmentCommand.class, RecommendCommand.class, EvaluateRecsCommand.class,
            RegressCommand.class, ClassifyCommand.class, ForecastCommand.class, ValueCommand.class, RulesCommand.class,
            RepsCommand.class, SentimentCommand.class, AssistantCommand.class, CopyCommand.class, CheckCommand.class,
            ChartCommand.class, ReportCommand.class, EncryptCommand.class, DecryptCommand.class);

    private final CliContext context;
    private final OutputFolders outputs = new OutputFolders();
    /** Passwords typed at the terminal during this command, by what they open: asked once, not at every open. */
    private final java.util.Map<String, char[]> typedPasswords = new java.util.HashMap<>();

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH|URL", descriptionKey = "db",
            scope = picocli.CommandLine.ScopeType.INHERIT)
    String db;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "passwordFile",
            scope = picocli.CommandLine.ScopeType.INHERIT)
    Path passwordFile;

    WorkbenchCommand(CliContext context) {
        this.context = context;
    }

    CliContext context() {
        return context;
    }

    /** The database the options name, for reading only (nothing migrated or rewritten), for verbs that only look. */
    Database openDatabaseReadOnly() {
        DatabaseAddress address = databaseAddress();
        if (address instanceof DatabaseAddress.File f) {
            return Database.openFileReadOnly(f.path(), databaseKey(f.path()));
        }
        return openServer((DatabaseAddress.Server) address, password(), true);
    }

    /** Opens (creating when needed) the database the options name. */
    Database openDatabase() {
        DatabaseAddress address = databaseAddress();
        Database database = address instanceof DatabaseAddress.File f
                ? Database.openFile(f.path(), databaseKey(f.path()))
                : openServer((DatabaseAddress.Server) address, password(), false);
        if (database.undoneImportTables() > 0) {
            context.err().println(context.messages().get("import.recovered", database.undoneImportTables()));
        }
        return database;
    }

    /**
     * The key of the database at {@code path} when it is encrypted (from {@code --password-file} or
     * {@code $CRM_WORKBENCH_DB_PASSWORD}); null when it is not.
     *
     * @throws DatabasePasswordException when it is encrypted and no password, or a wrong one, is given
     */
    DatabaseKey databaseKey(Path path) {
        if (!EncryptionSettings.isEncrypted(path)) {
            return null;
        }
        char[] password = password();
        String asked = "file " + EncryptionSettings.databaseFile(path);
        boolean typed = false;
        if (password == null && typedPasswords.containsKey(asked)) {
            password = typedPasswords.get(asked).clone();
        } else if (password == null && context.prompt() != null) {
            password = context.prompt().ask(context.messages().get("cli.password.ask",
                    EncryptionSettings.databaseFile(path)));
            typed = true;
        }
        if (password == null || password.length == 0) {
            throw new DatabasePasswordException(DatabasePasswordException.Reason.MISSING,
                    EncryptionSettings.databaseFile(path), null);
        }
        try {
            DatabaseKey key = DatabaseKey.unlock(path, password);
            if (typed) {
                typedPasswords.put(asked, password.clone());
            }
            return key;
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    /**
     * Connects to a team database with {@code given} (from {@code --password-file} or the environment; null lets the
     * driver try the server's own means, such as {@code ~/.pgpass}). When none was given, the server wants one and
     * the command runs on a terminal, asks for it once and connects again.
     */
    Database openServer(DatabaseAddress.Server server, char[] given, boolean readOnly) {
        try {
            return Database.openServer(server, given, readOnly);
        } catch (DatabaseException e) {
            if (given != null || context.prompt() == null || !TeamDatabaseRefusals.wantsPassword(e)) {
                throw e;
            }
        }
        String asked = "server " + server.description();
        char[] typed = typedPasswords.containsKey(asked) ? typedPasswords.get(asked).clone()
                : context.prompt().ask(context.messages().get("cli.team.passwordAsk", server.description(),
                        server.user().orElse(System.getProperty("user.name", ""))));
        try {
            Database opened = Database.openServer(server, typed, readOnly);
            if (typed != null) {
                typedPasswords.putIfAbsent(asked, typed.clone()); // a verb that opens again to save asks no more
            }
            return opened;
        } finally {
            if (typed != null) {
                java.util.Arrays.fill(typed, '\0');
            }
        }
    }

    /** The password {@code --password-file} or {@code $CRM_WORKBENCH_DB_PASSWORD} gives; null when neither does. */
    char[] password() {
        return DatabasePassword.given(passwordFile, context.env(), context.messages());
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

    /** The database {@code --db}, {@code $CRM_WORKBENCH_DB} or the default names; a usage error when unreadable. */
    DatabaseAddress databaseAddress() {
        try {
            return context.databaseAddress(db);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * The database file the options name, for the verbs that work on files only (encrypt, decrypt); a usage error
     * for a team database.
     */
    Path databasePath() {
        if (databaseAddress() instanceof DatabaseAddress.File f) {
            return f.path();
        }
        throw new UsageException(context.messages().get("cli.db.fileOnly", databaseAddress().description()));
    }

    /** A usage error when the options name a database file that is not there (verbs that read need one). */
    void requireExistingDatabase() {
        DatabaseAddress address = databaseAddress();
        if (!address.exists()) {
            throw new UsageException(context.messages().get("cli.info.noDatabase", address.description()));
        }
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), context.messages().get("cli.missingCommand"));
    }
}
