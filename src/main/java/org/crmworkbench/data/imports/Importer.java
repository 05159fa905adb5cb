package org.crmworkbench.data.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.data.BulkLoadJournal;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseCheck;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.data.TableDigest;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.Progress;

/**
 * Loads CSV and XLSX files into the CRM tables, all or nothing.
 *
 * <p>All files of one call are loaded in one transaction. In the default strict mode any problem in any file
 * rolls everything back and {@link ImportFailedException} lists the problems; in skip mode the valid rows are
 * stored and every refused row is written, with its reasons, to a rejects file. Cancelling rolls back too.
 */
public final class Importer {
    private static final String[] EXTENSIONS = {".csv", ".tsv", ".txt", ".xlsx"};

    /**
     * Inputs at least this large, going into tables that are all empty, are loaded in committed batches under a
     * {@link BulkLoadJournal} instead of one transaction: measured on 1.4M rows, 36k rows/s and an 875 MB file in one
     * indexed transaction, 67-70k rows/s and 86 MB in bulk. Below it, setting the indexes aside costs more than it saves.
     */
    static final long BULK_MIN_BYTES = 1L << 20;

    private final Database database;
    private final Messages messages;
    private final long bulkMinBytes;

    /** The advisory lock imports into a team database take turns on ("CRM21" in ASCII). */
    private static final long IMPORT_LOCK = 0x43524D3231L;

    public Importer(Database database, Messages messages) {
        this(database, messages, BULK_MIN_BYTES);
    }

    /** An importer that loads in bulk from {@code bulkMinBytes} of input (0: always, when the tables are empty). */
    Importer(Database database, Messages messages, long bulkMinBytes) {
        this.database = database;
        this.messages = messages;
        this.bulkMinBytes = bulkMinBytes;
    }

    /** The first {@code maxRows} rows of {@code file} and the mapping that would be used for {@code table}. */
    public ImportPreview preview(CrmTable table, Path file, ImportOptions options, int maxRows) throws IOException {
        try (RecordSource source = RecordSources.open(file, options)) {
            List<SourceRecord> rows = new ArrayList<>();
            for (SourceRecord r; rows.size() < maxRows && (r = source.next()) != null; ) {
                rows.add(r);
            }
            ColumnMapping mapping = ColumnMapping.infer(TableSpec.of(table), source.header())
                    .withOverrides(options.mapping());
            return new ImportPreview(source.name(), source.header(), rows, mapping);
        }
    }

    /** Loads one file into one table. */
    public ImportReport importFile(CrmTable table, Path file, ImportOptions options, Progress progress)
            throws ImportFailedException, IOException {
        return importAll(List.of(new ImportRequest(table, file, options.mapping())), options, progress);
    }

    /**
     * Loads every {@code <table>.csv} (or .tsv, .txt, .xlsx) found in {@code dir}, in dependency order, in one
     * transaction. In skip mode {@code options.rejectsFile()} is a folder that receives {@code <table>.rejects.csv}.
     */
    public ImportReport importDirectory(Path dir, ImportOptions options, Progress progress)
            throws ImportFailedException, IOException {
        return importAll(dataSetFiles(dir), options, progress);
    }

    /** The data files of a data-set folder in load order; an error naming the expected names when there are none. */
    public static List<ImportRequest> dataSetFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new java.nio.file.NoSuchFileException(dir.toString(), null, "not a folder");
        }
        List<ImportRequest> requests = new ArrayList<>();
        for (CrmTable table : CrmTable.loadOrder()) {
            for (String ext : EXTENSIONS) {
                Path f = dir.resolve(table.sqlName() + ext);
                if (Files.isRegularFile(f)) {
                    requests.add(new ImportRequest(table, f));
                    break;
                }
            }
        }
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("No data files in " + dir + ": expected files named "
                    + CrmTable.allNames().replace(", ", ".csv, ") + ".csv");
        }
        return requests;
    }

    /** Loads the files in the order given, in one transaction. */
    public ImportReport importAll(List<ImportRequest> requests, ImportOptions options, Progress progress)
            throws ImportFailedException, IOException {
        return run(requests, options, progress, false);
    }

    /**
     * Checks the files exactly as an import would (every row, keys across files, rejects in skip mode) without
     * storing anything: the report says what an import would do.
     */
    public ImportReport check(List<ImportRequest> requests, ImportOptions options, Progress progress) throws IOException {
        try {
            return run(requests, options, progress, true);
        } catch (ImportFailedException e) {
            return e.report();
        }
    }

    private ImportReport run(List<ImportRequest> requests, ImportOptions options, Progress progress, boolean dryRun)
            throws ImportFailedException, IOException {
        long start = System.nanoTime();
        long[] sizes = new long[requests.size()];
        long totalBytes = 0;
        for (int i = 0; i < requests.size(); i++) {
            sizes[i] = Math.max(1, Files.size(requests.get(i).file()));
            totalBytes += sizes[i];
        }
        List<FileResult> results = new ArrayList<>();
        List<RejectsWriter> rejectWriters = new ArrayList<>();
        boolean failed = false;
        boolean bulk = false;
        boolean server = database.engine() == org.crmworkbench.data.Database.Engine.POSTGRESQL;
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            try {
                List<String> tables = requests.stream().map(r -> r.table().sqlName()).distinct().toList();
                if (!dryRun) {
                    new FreeSpace(database.file(), messages).require(totalBytes);
                    // PostgreSQL undoes a whole transaction of any size cheaply: no journal there
                    bulk = server ? false : totalBytes >= bulkMinBytes && BulkLoadJournal.allEmpty(c, tables);
                }
                if (bulk) {
                    progress.stage("import.stage.prepare");
                    BulkLoadJournal.begin(c, tables);
                }
                if (server && !dryRun) {
                    waitForOtherImports(c, progress);
                }
                KeyRegistry keys = new KeyRegistry(c);
                TableLoader loader = new TableLoader(options, !dryRun, bulk, server);
                long doneBytes = 0;
                for (int i = 0; i < requests.size(); i++) {
                    ImportRequest request = requests.get(i);
                    progress.stage("import.stage.file", request.file().getFileName().toString(),
                            messages.get(request.table().titleKey()));
                    RejectsWriter rejects = options.skipBadRows()
                            ? new RejectsWriter(rejectsPath(options, request, requests.size()), messages) : null;
                    if (rejects != null) {
                        rejectWriters.add(rejects);
                    }
                    final long base = doneBytes;
                    final long size = sizes[i];
                    final long total = totalBytes;
                    if (request.table() == CrmTable.KNOWLEDGE_BASE && !dryRun) {
                        replaceKnowledgeBase(c);
                    }
                    TableLoader.Outcome outcome;
                    try (RecordSource source = RecordSources.open(request.file(), options)) {
                        ColumnMapping mapping = ColumnMapping.infer(TableSpec.of(request.table()), source.header())
                                .withOverrides(request.mapping());
                        outcome = loader.load(c, source, TableSpec.of(request.table()), mapping, keys, rejects, progress,
                                f -> progress.worked(base + (long) (Math.max(0, f) * size), total));
                    } catch (UnreadableFileException e) {
                        outcome = new TableLoader.Outcome(new FileResult(request.table(),
                                request.file().getFileName().toString(), 0, 0, 0, 1, List.of(e.problem()),
                                java.util.Map.of(), List.of()), true);
                    } finally {
                        if (rejects != null) {
                            rejects.close();
                        }
                    }
                    results.add(outcome.result());
                    failed |= outcome.fatal() || (!options.skipBadRows() && outcome.result().problemCount() > 0);
                    doneBytes += size;
                    keys.keepOnlyWhatIsNeededBy(requests.subList(i + 1, requests.size()).stream()
                            .map(r -> TableSpec.of(r.table())).toList());
                }
                progress.checkCancelled();
                if (failed || dryRun) {
                    if (bulk) {
                        BulkLoadJournal.rollBack(c);
                    } else {
                        c.rollback();
                    }
                } else {
                    progress.stage(bulk ? "import.stage.indexes" : "import.stage.commit");
                    progress.committing();
                    if (bulk) {
                        BulkLoadJournal.finish(c);
                        BulkLoadJournal.clear(c);
                    }
                    for (int i = 0; i < requests.size(); i++) {
                        recordProvenance(c, requests.get(i), results.get(i));
                    }
                    for (CrmTable table : requests.stream().map(ImportRequest::table).distinct().toList()) {
                        TableDigest.store(c, table);
                    }
                    c.commit();
                }
            } catch (SQLException | IOException | RuntimeException e) {
                String undone = bulk ? undoBulk(c) : null;
                if (!bulk) {
                    rollbackQuietly(c);
                }
                deleteRejects(rejectWriters);
                if (undone != null) {
                    throw new DatabaseException(undone, e);
                }
                if (e instanceof CancelledException || e instanceof IOException || e instanceof RuntimeException) {
                    throw e;
                }
                if (diskFull(e)) {
                    throw new DatabaseException("The import could not be stored in " + database.description()
                            + ": the disk is full. It was rolled back, nothing of it is stored; " + afterFailure(), e);
                }
                throw new DatabaseException("The import failed in the database " + database.description()
                        + " and was rolled back (" + DatabaseException.firstLine(e.getMessage()) + "); "
                        + afterFailure(), e);
            }
        } catch (SQLException e) {
            throw new DatabaseException("Cannot connect to " + database.description() + ": " + e.getMessage(), e);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        boolean committed = !failed && !dryRun;
        List<FileResult> finalResults = committed ? results : results.stream().map(FileResult::rolledBack).toList();
        if (!committed) {
            deleteRejects(rejectWriters);
        }
        List<Path> rejectPaths = committed
                ? rejectWriters.stream().filter(r -> r.rows() > 0).map(RejectsWriter::path).toList() : List.of();
        ImportReport report = new ImportReport(finalResults, committed, elapsed, rejectPaths);
        if (failed) {
            throw new ImportFailedException(report);
        }
        return report;
    }

    /**
     * On a team database two analysts may import at once: each would give new rows the ids after the largest stored
     * one, and the second to commit would fail. Imports therefore take turns: a transaction-scoped advisory lock, held
     * until this import commits or rolls back; meanwhile the import says it is waiting, and can be cancelled.
     */
    private static void waitForOtherImports(Connection c, Progress progress) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            p.setLong(1, IMPORT_LOCK);
            for (boolean announced = false; ; announced = true) {
                try (java.sql.ResultSet rs = p.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) {
                        return;
                    }
                }
                if (!announced) {
                    progress.stage("import.stage.waitForOther");
                }
                progress.checkCancelled();
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancelledException();
                }
            }
        }
    }

    private static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("No space left")) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a check of the references says after a failed import (a full disk once left orders naming customers that
     * did not exist): that they are intact, or what to do.
     */
    private String afterFailure() {
        try {
            DatabaseCheck.Report report = new DatabaseCheck(database).references(Progress.none());
            return report.ok() ? "the stored data was checked afterwards and every reference is intact."
                    : "afterwards " + report.findings().size() + " reference check(s) failed: run `workbench check` "
                    + "and restore the database from a backup.";
        } catch (RuntimeException checkFailed) {
            return "the database could not be checked afterwards: run `workbench check` before using it.";
        }
    }

    /**
     * Undoes a bulk load after a failure or a cancel: null when done (the original failure is then reported), else
     * the sentence to report instead (the database will undo it when next opened for writing).
     */
    private String undoBulk(Connection c) {
        boolean interrupted = Thread.interrupted();
        try {
            BulkLoadJournal.rollBack(c);
            return null;
        } catch (SQLException | RuntimeException e) {
            return "The import stopped and could not be undone at once (" + DatabaseException.firstLine(e.getMessage())
                    + "); nothing of it counts as loaded, and the database undoes it when it is next opened by the "
                    + "workbench.";
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * A knowledge-base file is the whole knowledge base: its rows replace the stored ones, in the import's transaction,
     * so a refused file leaves the stored knowledge base as it was.
     */
    private static void replaceKnowledgeBase(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM knowledge_base")) {
            p.executeUpdate();
        }
    }

    private static Path rejectsPath(ImportOptions options, ImportRequest request, int files) {
        if (files == 1) {
            return options.rejectsFile();
        }
        return options.rejectsFile().resolve(request.table().sqlName() + ".rejects.csv");
    }

    private static void recordProvenance(Connection c, ImportRequest request, FileResult result) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO imports (table_name, source, rows_loaded, "
                + "rows_rejected, imported_at) VALUES (?, ?, ?, ?, ?)")) {
            p.setString(1, request.table().sqlName());
            p.setString(2, truncate(request.file().toAbsolutePath().toString(), 1000));
            p.setLong(3, result.rowsLoaded());
            p.setLong(4, result.rowsRejected());
            p.setObject(5, LocalDateTime.now().withNano(0));
            p.executeUpdate();
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(s.length() - max);
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the original failure is what matters
        }
    }

    private static void deleteRejects(List<RejectsWriter> writers) {
        for (RejectsWriter w : writers) {
            try {
                w.close();
                Files.deleteIfExists(w.path());
            } catch (IOException ignored) {
                // best effort: a stale rejects file is harmless next to a failed import
            }
        }
    }

}
