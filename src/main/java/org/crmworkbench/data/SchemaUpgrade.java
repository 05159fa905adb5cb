package org.crmworkbench.data;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Keeps a schema change from leaving a database file half-changed. H2 commits every CREATE or ALTER on its own, so a
 * process killed in the middle of the migrations would leave tables that exist without the schema history saying
 * so, and every later open would fail. A new database is therefore built under a temporary name and moved into place
 * when its schema is complete; an existing one that needs migrations is copied first, and the copy is put back when
 * the upgrade fails or was cut short (found at the next open).
 */
final class SchemaUpgrade {
    /** Builds a new database's schema in the file named (without H2's suffix). */
    interface Builder {
        void build(String temporaryName);
    }

    /** The highest migration version this build carries (db/migration and data.migration); a test keeps it true. */
    static final int LATEST_VERSION = 14;

    private static final String SUFFIX = ".mv.db";

    private final Path file;
    private final Path copy;

    SchemaUpgrade(Path file) {
        this.file = file;
        this.copy = file.resolveSibling(file.getFileName() + ".before-upgrade");
    }

    /** A copy left by an upgrade that did not finish goes back in place of the half-upgraded file. */
    void putBackInterrupted() {
        if (Files.isRegularFile(copy)) {
            move(copy, file, "put back the copy kept before an interrupted upgrade of");
        }
    }

    /** Builds a new database under a temporary name beside {@code file}, then moves it into place. */
    void createNew(Builder builder) {
        String base = file.getFileName().toString();
        base = base.substring(0, base.length() - SUFFIX.length());
        Path temporary = file.resolveSibling("." + base + ".new-" + UUID.randomUUID().toString().substring(0, 8));
        Path built = Path.of(temporary + SUFFIX);
        try {
            builder.build(temporary.toString());
            if (!Files.exists(file)) {
                move(built, file, "create");
            }
        } finally {
            try {
                Files.deleteIfExists(built);
            } catch (IOException ignored) {
                // a stray temporary file is harmless
            }
        }
    }

    /** Copies the file before migrations change it; the database must be closed. */
    void keepCopy() {
        try {
            Path partial = copy.resolveSibling(copy.getFileName() + ".part");
            Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
            move(partial, copy, "keep a copy before upgrading");
        } catch (IOException e) {
            throw new DatabaseException("Cannot keep a copy of " + file + " before upgrading its schema ("
                    + e.getMessage() + "); free some space beside it and try again.", e);
        }
    }

    /** The upgrade went through: the copy is not needed. */
    void done() {
        try {
            Files.deleteIfExists(copy);
        } catch (IOException ignored) {
            // left behind, it is put back only if the file it copies is gone
        }
    }

    /** The upgrade failed: the copy replaces the half-upgraded file (the database is closed by then). */
    void putBackAfterFailure() {
        if (Files.isRegularFile(copy)) {
            move(copy, file, "put back the copy kept before the failed upgrade of");
        }
    }

    private void move(Path from, Path to, String what) {
        try {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new DatabaseException("Cannot " + what + " the database " + file + " (" + e.getMessage() + ").", e);
        }
    }
}
