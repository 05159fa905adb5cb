package org.crmworkbench.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import javafx.stage.WindowEvent;
import org.crmworkbench.data.DataSetSummary;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseKey;
import org.crmworkbench.data.DatabasePasswordException;
import org.crmworkbench.data.EncryptionSettings;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.Importer;
import org.crmworkbench.data.sample.BundledSampleData;
import org.crmworkbench.home.AppHome;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.jobs.JobRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the desktop application together: the window and its workspaces first (so the first frame comes fast),
 * then, as background jobs, opening the database and, on a new user's first start, loading the bundled sample
 * data set into it.
 *
 * @param home         the workbench's folder
 * @param databasePath the database file ({@code --db}, {@code -Dcrmworkbench.db}, {@code $CRM_WORKBENCH_DB}, or the default)
 */
public record WorkbenchApp(AppHome home, Path databasePath) {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchApp.class);
    /** The environment variable that gives an encrypted database's password (as on the command line). */
    static final String PASSWORD_ENV = "CRM_WORKBENCH_DB_PASSWORD";

    /** Where the window gets the password of an encrypted database. FX thread. */
    @FunctionalInterface
    interface PasswordQuestion {
        /**
         * The password of {@code database}, or empty when the analyst gives none; {@code again} after a wrong one.
         */
        Optional<char[]> ask(Path database, boolean again);
    }

    /** The application as started by {@code app/workbench} with no arguments. */
    public static void launch() {
        AppHome home = AppHome.fromSystemProperties();
        String explicit = System.getProperty("crmworkbench.db", System.getenv("CRM_WORKBENCH_DB"));
        Path db = explicit == null || explicit.isBlank() ? home.defaultDatabase() : Path.of(explicit.trim());
        new WorkbenchApp(home, db).open();
    }

    /** Shows the window with every workspace, then opens the database in the background. */
    public java.util.concurrent.CompletableFuture<WorkbenchWindow> open() {
        DataSession session = new DataSession();
        var shown = DesktopLauncher.launch(home, services -> DataWorkspaces.create(session, services));
        return shown.thenApply(window -> {
            window.stage().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
                Database db = session.database();
                if (db != null) {
                    db.close();
                }
            });
            PasswordQuestion passwords = new PasswordDialog(window.stage(), window.messages());
            // after the window's first frame: a password question asked inside the start-up call would leave the
            // window blank behind it
            javafx.application.Platform.runLater(
                    () -> openDatabase(session, window.jobRunner(), window.messages(), passwords, false));
            window.useDatabase(new DatabaseChoice(databasePath, window.recentDatabases(),
                    (path, create, done) -> switchDatabase(session, window.jobRunner(), path, create, passwords,
                            window.messages(), done),
                    () -> window.jobs().activeCountProperty().get() > 0, window::rememberDatabases));
            return window;
        });
    }

    /** Opens the database in the background; on an empty database, loads the bundled sample data. */
    void openDatabase(DataSession session, JobRunner jobs, Messages messages, PasswordQuestion passwords,
                      boolean again) {
        char[] password = null;
        if (EncryptionSettings.isEncrypted(databasePath)) {
            password = passwords.ask(EncryptionSettings.databaseFile(databasePath), again).orElse(null);
            if (password == null) {
                session.failed(messages.get("password.notGiven", EncryptionSettings.databaseFile(databasePath)));
                return;
            }
        }
        char[] given = password;
        jobs.job("job.database.open", progress -> {
            progress.stage("job.database.open.stage", databasePath.toAbsolutePath());
            Database db = open(databasePath, given);
            DataSetSummary summary = DataSetSummary.read(db);
            return new Opened(db, summary.isEmpty() && summary.importCount() == 0);
        }).onSuccess(opened -> {
            session.opened(opened.db());
            if (opened.empty()) {
                loadSample(session, jobs, opened.db(), messages);
            }
        }).onFailure(e -> {
            if (e instanceof DatabasePasswordException p && p.reason() == DatabasePasswordException.Reason.WRONG) {
                LOG.warn("The password given does not open the database {}", databasePath);
                openDatabase(session, jobs, messages, passwords, true);
                return;
            }
            LOG.error("Cannot open the database {}", databasePath, e);
            session.failed(reason(e, messages));
        }).start();
    }

    /** Opens the database at {@code path}, encrypted with the key from {@code password} when one is given. */
    private static Database open(Path path, char[] password) {
        if (password == null) {
            return Database.openFile(path, null);
        }
        try {
            return Database.openFile(path, DatabaseKey.unlock(path, password));
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    /** Why a database could not be opened, in the analyst's language when it is its password. */
    static String reason(Throwable e, Messages messages) {
        if (e instanceof DatabasePasswordException p) {
            return switch (p.reason()) {
                case MISSING -> messages.get("password.notGiven", p.database());
                case WRONG -> messages.get("password.wrong", p.database());
                case NO_KEY_FILE -> messages.get("password.noKeyFile", p.database(), p.keyFile());
            };
        }
        return e.getMessage();
    }

    private record Opened(Database db, boolean empty) {
    }

    /**
     * Opens another database (a new, empty one when {@code create}) and, once it is open, makes it the session's and
     * closes the one before; {@code done} hears null, or why it could not be opened (the old one then stays).
     */
    void switchDatabase(DataSession session, JobRunner jobs, Path path, boolean create,
                        java.util.function.Consumer<String> done) {
        switchDatabase(session, jobs, path, create, (p, again) -> Optional.empty(), Messages.english(), done);
    }

    /** As above; the password of an encrypted database comes from {@code passwords}. */
    void switchDatabase(DataSession session, JobRunner jobs, Path path, boolean create, PasswordQuestion passwords,
                        Messages messages, java.util.function.Consumer<String> done) {
        char[] password = null;
        if (!create && EncryptionSettings.isEncrypted(path)) {
            password = passwords.ask(EncryptionSettings.databaseFile(path), false).orElse(null);
            if (password == null) {
                done.accept(messages.get("password.notGiven", EncryptionSettings.databaseFile(path)));
                return;
            }
        }
        char[] given = password;
        jobs.job(create ? "job.database.create" : "job.database.open", progress -> {
            progress.stage("job.database.open.stage", path.toAbsolutePath());
            Database db = open(path, given);
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
            LOG.info("Switched to the database {}", path.toAbsolutePath());
            done.accept(null);
        }).onFailure(e -> {
            if (e instanceof DatabasePasswordException) {
                LOG.warn("Cannot open the database {}: {}", path, e.getMessage());
            } else {
                LOG.warn("Cannot open the database {}", path, e);
            }
            done.accept(reason(e, messages));
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
