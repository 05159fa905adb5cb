package org.crmworkbench.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import javafx.stage.WindowEvent;
import org.crmworkbench.data.DataSetSummary;
import org.crmworkbench.data.Database;
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
            openDatabase(session, window.jobRunner(), window.messages());
            window.useDatabase(new DatabaseChoice(databasePath, window.recentDatabases(),
                    (path, create, done) -> switchDatabase(session, window.jobRunner(), path, create, done),
                    () -> window.jobs().activeCountProperty().get() > 0, window::rememberDatabases));
            return window;
        });
    }

    /** Opens the database in the background; on an empty database, loads the bundled sample data. */
    void openDatabase(DataSession session, JobRunner jobs, Messages messages) {
        jobs.job("job.database.open", progress -> {
            progress.stage("job.database.open.stage", databasePath.toAbsolutePath());
            Database db = Database.openFile(databasePath);
            DataSetSummary summary = DataSetSummary.read(db);
            return new Opened(db, summary.isEmpty() && summary.importCount() == 0);
        }).onSuccess(opened -> {
            session.opened(opened.db());
            if (opened.empty()) {
                loadSample(session, jobs, opened.db(), messages);
            }
        }).onFailure(e -> {
            LOG.error("Cannot open the database {}", databasePath, e);
            session.failed(e.getMessage());
        }).start();
    }

    private record Opened(Database db, boolean empty) {
    }

    /**
     * Opens another database (a new, empty one when {@code create}) and, once it is open, makes it the session's and
     * closes the one before; {@code done} hears null, or why it could not be opened (the old one then stays).
     */
    void switchDatabase(DataSession session, JobRunner jobs, Path path, boolean create,
                        java.util.function.Consumer<String> done) {
        jobs.job(create ? "job.database.create" : "job.database.open", progress -> {
            progress.stage("job.database.open.stage", path.toAbsolutePath());
            Database db = Database.openFile(path);
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
            LOG.warn("Cannot open the database {}", path, e);
            done.accept(e.getMessage());
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
