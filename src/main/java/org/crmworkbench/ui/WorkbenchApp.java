package org.crmworkbench.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import javafx.stage.WindowEvent;
import org.crmworkbench.data.DataSetSummary;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseAddress;
import org.crmworkbench.data.DatabaseKey;
import org.crmworkbench.data.DatabasePasswordException;
import org.crmworkbench.data.EncryptionSettings;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.Importer;
import org.crmworkbench.data.sample.BundledSampleData;
import org.crmworkbench.home.AppHome;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.ui.team.TeamDatabaseForm;
import org.crmworkbench.ui.team.TeamDatabaseProblem;
import org.crmworkbench.ui.team.TeamPasswords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the desktop application together: the window and its workspaces first (so the first frame comes fast),
 * then, as background jobs, opening the database and, on a new user's first start, loading the bundled sample
 * data set into it.
 *
 * @param home     the workbench's folder
 * @param database the database ({@code -Dcrmworkbench.db}, {@code $CRM_WORKBENCH_DB}, or the default file): a file, or
 *                 a team database's {@code jdbc:postgresql://} URL
 */
public record WorkbenchApp(AppHome home, DatabaseAddress database) {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchApp.class);
    /** The environment variable that gives an encrypted database's password (as on the command line). */
    static final String PASSWORD_ENV = "CRM_WORKBENCH_DB_PASSWORD";

    /** The application on the database file at {@code databasePath}. */
    public WorkbenchApp(AppHome home, Path databasePath) {
        this(home, new DatabaseAddress.File(databasePath));
    }

    /** Where the window gets the password of an encrypted database or of a team database. FX thread. */
    @FunctionalInterface
    interface PasswordQuestion {
        /**
         * The password of {@code database}, or empty when the analyst gives none; {@code again} after a wrong one.
         */
        Optional<char[]> ask(Path database, boolean again);

        /** The password of the team database at {@code server}; empty when the analyst gives none. */
        default Optional<char[]> askServer(DatabaseAddress.Server server, boolean again) {
            return Optional.empty();
        }

        /** Forgets a team database password remembered for this session (the server refused it). */
        default void forget(DatabaseAddress.Server server) {
        }
    }

    /** The application as started by {@code app/workbench} with no arguments, or with {@code --db DATABASE}. */
    public static void launch(String... args) {
        AppHome home = AppHome.fromSystemProperties();
        String explicit = args.length == 2 && "--db".equals(args[0]) ? args[1]
                : System.getProperty("crmworkbench.db", System.getenv("CRM_WORKBENCH_DB"));
        DatabaseAddress db;
        try {
            db = explicit == null || explicit.isBlank() ? new DatabaseAddress.File(home.defaultDatabase())
                    : DatabaseAddress.parse(explicit.trim());
        } catch (IllegalArgumentException e) {
            // a URL with a password, or not one the workbench opens: said before any window appears
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        new WorkbenchApp(home, db).open();
    }

    /** Shows the window with every workspace, then opens the database in the background. */
    public java.util.concurrent.CompletableFuture<WorkbenchWindow> open() {
        DataSession session = new DataSession();
        TeamPasswords remembered = new TeamPasswords();
        var shown = DesktopLauncher.launch(home, services -> DataWorkspaces.create(session, services));
        return shown.thenApply(window -> {
            window.stage().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
                Database db = session.database();
                if (db != null) {
                    db.close();
                }
                remembered.forgetAll();
            });
            PasswordQuestion passwords = new PasswordDialog(window.stage(), window.messages(), remembered);
            // after the window's first frame: a password question asked inside the start-up call would leave the
            // window blank behind it
            javafx.application.Platform.runLater(
                    () -> openDatabase(session, window.jobRunner(), window.messages(), passwords, false));
            window.useDatabase(new DatabaseChoice(database, window.recentDatabases(),
                    (address, create, password, done) -> switchDatabase(session, window.jobRunner(), address, create,
                            password, passwords, window.messages(), done),
                    () -> window.jobs().activeCountProperty().get() > 0, window::rememberDatabases,
                    new TeamDatabaseForm.Setup(window.jobRunner(), remembered, TeamDatabaseForm::checkServer)));
            return window;
        });
    }

    /** Opens the database in the background; on an empty database file, loads the bundled sample data. */
    void openDatabase(DataSession session, JobRunner jobs, Messages messages, PasswordQuestion passwords,
                      boolean again) {
        Optional<char[]> asked = password(database, passwords, again);
        if (asked == null) {
            session.failed(notGiven(database, messages));
            return;
        }
        char[] given = asked.orElse(null);
        jobs.job("job.database.open", progress -> {
            progress.stage("job.database.open.stage", database.description());
            Database db = open(database, given);
            DataSetSummary summary = DataSetSummary.read(db);
            // a team database is shared: the sample data is not loaded into it behind the team's back
            boolean loadSample = database instanceof DatabaseAddress.File
                    && summary.isEmpty() && summary.importCount() == 0;
            return new Opened(db, loadSample);
        }).onSuccess(opened -> {
            session.opened(opened.db());
            if (opened.empty()) {
                loadSample(session, jobs, opened.db(), messages);
            }
        }).onFailure(e -> {
            if (wrongPassword(e)) {
                LOG.warn("The password given does not open the database {}", database.description());
                openDatabase(session, jobs, messages, passwords, true);
                return;
            }
            LOG.error("Cannot open the database {}", database.description(), e);
            session.failed(reason(e, database, messages));
        }).start();
    }

    /**
     * The password {@code address} needs: empty for a plain file, the analyst's answer for an encrypted file or a
     * team database; null when the analyst gave none (then the database is not opened).
     */
    private static Optional<char[]> password(DatabaseAddress address, PasswordQuestion passwords, boolean again) {
        Optional<char[]> answer;
        if (address instanceof DatabaseAddress.Server server) {
            answer = passwords.askServer(server, again);
        } else {
            Path path = ((DatabaseAddress.File) address).path();
            if (!EncryptionSettings.isEncrypted(path)) {
                return Optional.empty();
            }
            answer = passwords.ask(EncryptionSettings.databaseFile(path), again);
        }
        return answer.isPresent() ? answer : null;
    }

    private static String notGiven(DatabaseAddress address, Messages messages) {
        if (address instanceof DatabaseAddress.Server server) {
            return messages.get("team.password.notGiven", server.description());
        }
        return messages.get("password.notGiven",
                EncryptionSettings.databaseFile(((DatabaseAddress.File) address).path()));
    }

    /** Whether {@code e} says the password was wrong (an encrypted file's, or the team database server's). */
    private static boolean wrongPassword(Throwable e) {
        if (e instanceof DatabasePasswordException p) {
            return p.reason() == DatabasePasswordException.Reason.WRONG;
        }
        return TeamDatabaseProblem.of(e).kind() == TeamDatabaseProblem.Kind.PASSWORD;
    }

    /** Opens the database at {@code address}; {@code password} unlocks an encrypted file, or logs in on a server. */
    private static Database open(DatabaseAddress address, char[] password) {
        try {
            if (address instanceof DatabaseAddress.Server server) {
                return Database.openServer(server, password == null || password.length == 0 ? null : password, false);
            }
            Path path = ((DatabaseAddress.File) address).path();
            if (password == null) {
                return Database.openFile(path, null);
            }
            return Database.openFile(path, DatabaseKey.unlock(path, password));
        } finally {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
        }
    }

    /** Why a database could not be opened, in the analyst's language when it is its password or its server. */
    static String reason(Throwable e, Messages messages) {
        return reason(e, null, messages);
    }

    /** As above; a team database's refusal is named with its server at {@code address}. */
    static String reason(Throwable e, DatabaseAddress address, Messages messages) {
        if (e instanceof DatabasePasswordException p) {
            return switch (p.reason()) {
                case MISSING -> messages.get("password.notGiven", p.database());
                case WRONG -> messages.get("password.wrong", p.database());
                case NO_KEY_FILE -> messages.get("password.noKeyFile", p.database(), p.keyFile());
            };
        }
        TeamDatabaseProblem problem = TeamDatabaseProblem.of(e);
        return address instanceof DatabaseAddress.Server server && problem.kind() != TeamDatabaseProblem.Kind.OTHER
                ? problem.text(server, messages) : e.getMessage();
    }

    private record Opened(Database db, boolean empty) {
    }

    /**
     * Opens another database file (a new, empty one when {@code create}) and, once it is open, makes it the session's
     * and closes the one before; {@code done} hears null, or why it could not be opened (the old one then stays).
     */
    void switchDatabase(DataSession session, JobRunner jobs, Path path, boolean create,
                        java.util.function.Consumer<String> done) {
        switchDatabase(session, jobs, new DatabaseAddress.File(path), create, null,
                (p, again) -> Optional.empty(), Messages.english(), done);
    }

    /** As above; the password of an encrypted database comes from {@code passwords}. */
    void switchDatabase(DataSession session, JobRunner jobs, Path path, boolean create, PasswordQuestion passwords,
                        Messages messages, java.util.function.Consumer<String> done) {
        switchDatabase(session, jobs, new DatabaseAddress.File(path), create, null, passwords, messages, done);
    }

    /**
     * As above for any database; {@code password} is the one the analyst just gave for a team database (it is used
     * once and wiped), else null and the password, when one is needed, comes from {@code passwords}.
     */
    void switchDatabase(DataSession session, JobRunner jobs, DatabaseAddress address, boolean create,
                        char[] password, PasswordQuestion passwords, Messages messages,
                        java.util.function.Consumer<String> done) {
        char[] given = password;
        if (given == null && !create) {
            Optional<char[]> asked = password(address, passwords, false);
            if (asked == null) {
                done.accept(notGiven(address, messages));
                return;
            }
            given = asked.orElse(null);
        }
        char[] key = given;
        jobs.job(create ? "job.database.create" : "job.database.open", progress -> {
            progress.stage("job.database.open.stage", address.description());
            Database db = open(address, key);
            try {
                DataSetSummary.read(db);
                return db;
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
        }).onSuccess(db -> {
            Database before = session.database();
            session.opened(db);
            if (before != null) {
                before.close();
            }
            LOG.info("Switched to the database {}", address.description());
            done.accept(null);
        }).onFailure(e -> {
            if (e instanceof DatabasePasswordException
                    || TeamDatabaseProblem.of(e).kind() != TeamDatabaseProblem.Kind.OTHER) {
                LOG.warn("Cannot open the database {}: {}", address.description(), e.getMessage());
            } else {
                LOG.warn("Cannot open the database {}", address.description(), e);
            }
            if (address instanceof DatabaseAddress.Server server && wrongPassword(e)) {
                passwords.forget(server);
            }
            done.accept(reason(e, address, messages));
        }).start();
    }

    private void loadSample(DataSession session, JobRunner jobs, Database db, Messages messages) {
        BundledSampleData sample = new BundledSampleData(WorkbenchApp.class.getClassLoader());
        if (!sample.isPresent()) {
            LOG.warn("No bundled sample data on the class path; the database stays empty");
            return;
        }
        jobs.job("job.sample.load", progress -> {
            Path tmp = Files.createTempDirectory("crm-workbench-sample");
            try {
                return new Importer(db, messages).importDirectory(sample.extractTo(tmp), ImportOptions.defaults(), progress);
            } finally {
                deleteTree(tmp);
            }
        }).onSuccess(report -> {
            LOG.info("Loaded the sample data set: {} rows in {} ms", report.rowsLoaded(), report.elapsed().toMillis());
            session.dataChanged();
        }).onFailure(e -> LOG.error("Could not load the sample data", e)).start();
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

}
