package org.crmworkbench.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The H2 file a workbench database lives in: opening it for writing (created when absent, its schema upgraded with a
 * copy kept meanwhile, an interrupted bulk import undone) or for reading only, encrypted or not, and refusing what
 * is no database (an empty file, an encrypted one without its key) before H2 touches it. {@link Database}'s
 * {@code openFile} and {@code openFileReadOnly} come here.
 */
final class DatabaseFile {
    private static final String FILE_SUFFIX = Database.FILE_SUFFIX;
    private static final String CIPHER = Database.CIPHER;
    /**
     * No {@code .trace.db} beside the database: H2 would write one (with SQL text) on every refused open; the
     * exception the caller gets carries the details.
     */
    private static final String OPTIONS = ";DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0"
            + System.getProperty("crmworkbench.h2options", "");

    private DatabaseFile() {
    }

    /**
     * Opens (creating when absent) the file database at {@code path}; missing parent folders are created.
     * The path may name the database with or without H2's {@code .mv.db} suffix.
     */
    static Database open(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        String name = absolute.toString();
        if (name.endsWith(FILE_SUFFIX)) {
            name = name.substring(0, name.length() - FILE_SUFFIX.length());
        }
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new DatabaseException("Cannot create the folder for database " + absolute + ": " + e.getMessage(), e);
        }
        Path file = Path.of(name + FILE_SUFFIX);
        SchemaUpgrade upgrade = new SchemaUpgrade(file);
        upgrade.putBackInterrupted();
        refuseEmptyFile(file);
        if (!Files.exists(file)) {
            upgrade.createNew(temporary -> {
                Database db = new Database("jdbc:h2:file:" + temporary + OPTIONS, file.toString());
                try {
                    db.migrate();
                } finally {
                    db.shutdown();
                }
            });
        }
        // "retry:" reopens the file when a thread is interrupted in the middle of file I/O (cancelling a background
        // job interrupts its worker); with plain "file:" such an interrupt closes the whole database.
        return openUpgraded("jdbc:h2:retry:" + name + OPTIONS, "", file, upgrade);
    }

    /**
     * Opens an existing file, upgrading its schema when it is behind (a copy kept meanwhile), and undoes an import that
     * was cut short.
     */
    private static Database openUpgraded(String url, String password, Path file, SchemaUpgrade upgrade) {
        Database db = new Database(url, password, file.toString());
        try {
            db.refuseReadOnly();
            if (db.behindSchema()) {
                db.shutdown();
                upgrade.keepCopy();
                db = new Database(url, password, file.toString());
                db.migrate();
                upgrade.done();
            }
            db.undoInterruptedImport();
            return db;
        } catch (RuntimeException e) {
            db.close();
            upgrade.putBackAfterFailure();
            throw e;
        }
    }

    /**
     * Opens the existing file database at {@code path} for reading only: nothing is migrated, compacted or rewritten,
     * so a verb that only looks (such as {@code info}) leaves the file byte for byte as it was. The tables of the
     * first schema version are always there; newer ones may be missing in a database no verb has upgraded yet.
     */
    static Database openReadOnly(Path path) {
        String name = path.toAbsolutePath().normalize().toString();
        if (name.endsWith(FILE_SUFFIX)) {
            name = name.substring(0, name.length() - FILE_SUFFIX.length());
        }
        refuseEmptyFile(Path.of(name + FILE_SUFFIX));
        Database db = new Database("jdbc:h2:file:" + name + OPTIONS + ";ACCESS_MODE_DATA=r", name + FILE_SUFFIX);
        try (Connection c = db.connect()) {
            if (BulkLoadJournal.pending(c)) {
                db.close();
                throw new DatabaseException("The database " + db.description() + " holds an import that was "
                        + "interrupted and is not undone yet; open it once for writing (any verb that writes, such as "
                        + "import or segment, or the window) and it is undone, then try again.", null);
            }
            return db;
        } catch (SQLException e) {
            db.close();
            throw new DatabaseException(db.explain(e), e);
        }
    }

    /**
     * Opens the file database at {@code path} as {@link #open(Path)} does, encrypted with {@code key} when one is
     * given ({@link DatabaseKey#unlock}); with none, a database that is encrypted is refused with a
     * {@link DatabasePasswordException} before H2 touches it.
     */
    static Database open(Path path, DatabaseKey key) {
        if (key == null) {
            refuseEncrypted(path);
            return open(path);
        }
        String name = EncryptionSettings.baseName(path);
        Path file = Path.of(name + FILE_SUFFIX);
        SchemaUpgrade upgrade = new SchemaUpgrade(file);
        upgrade.putBackInterrupted();
        return openUpgraded("jdbc:h2:retry:" + name + OPTIONS + CIPHER, filePassword(key), file, upgrade);
    }

    /** As {@link #openReadOnly(Path)}, for a database encrypted with {@code key} when one is given. */
    static Database openReadOnly(Path path, DatabaseKey key) {
        if (key == null) {
            refuseEncrypted(path);
            return openReadOnly(path);
        }
        String name = EncryptionSettings.baseName(path);
        Database db = new Database("jdbc:h2:file:" + name + OPTIONS + CIPHER + ";ACCESS_MODE_DATA=r",
                filePassword(key), name + FILE_SUFFIX);
        try (Connection c = db.connect()) {
            return db;
        } catch (SQLException e) {
            db.close();
            throw new DatabaseException(db.explain(e), e);
        }
    }

    /** H2's password field for an encrypted database: the file password, a space, the (empty) user password. */
    private static String filePassword(DatabaseKey key) {
        return new String(key.filePassword()) + " ";
    }

    private static void refuseEncrypted(Path path) {
        if (EncryptionSettings.isEncrypted(path)) {
            throw new DatabasePasswordException(DatabasePasswordException.Reason.MISSING,
                    Path.of(EncryptionSettings.baseName(path) + FILE_SUFFIX), null);
        }
    }

    /**
     * An empty file where the database should be is not a new database: it is one cut short (a full disk, an
     * interrupted copy), and opening it would silently replace it with an empty one.
     */
    private static void refuseEmptyFile(Path file) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) == 0) {
                throw new DatabaseException("The database file " + file + " is empty (0 bytes), so it is not a "
                        + "workbench database; it may have been cut short. Move it away or delete it to start a new "
                        + "database there.", null);
            }
        } catch (java.io.IOException e) {
            throw new DatabaseException("Cannot read the database file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether a file database exists at {@code path} (given with or without the {@code .mv.db} suffix). */
    static boolean exists(Path path) {
        String name = path.toAbsolutePath().normalize().toString();
        return Files.isRegularFile(Path.of(name.endsWith(FILE_SUFFIX) ? name : name + FILE_SUFFIX));
    }
}
