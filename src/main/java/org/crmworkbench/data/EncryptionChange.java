package org.crmworkbench.data;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.crmworkbench.work.Progress;
import org.h2.tools.ChangeFileEncryption;

/**
 * Encrypts or decrypts a file database in place, so that a stop at any moment leaves either the old database or the
 * new one, never neither: the database is first opened for reading (which proves the password and that no other
 * program has it open) and its rows counted; a copy is converted in a private folder beside it ({@code .crm.converting}
 * for {@code crm.mv.db}) with H2's {@link ChangeFileEncryption}, opened again with the new key and counted; only when
 * every table holds as many rows as before is the copy moved over the original (one rename on the same disk), and the
 * key side file with it. A refused or failed conversion removes the copy and leaves everything as it was.
 *
 * <p>The order of the renames is what keeps a stop harmless: encrypting puts the new side file in place before the
 * encrypted database, decrypting removes the side file only after the plain database is in place; a side file beside
 * a plain database is ignored (whether a database is encrypted is read from its own first bytes).
 */
public final class EncryptionChange {
    /** Counts of rows per table, by table name. */
    public record Outcome(Map<String, Long> rows) {
        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final Runnable afterCopy;

    public EncryptionChange() {
        this(() -> { });
    }

    /** {@code afterCopy} runs once the converted copy is written, before it is checked (tests make it fail). */
    EncryptionChange(Runnable afterCopy) {
        this.afterCopy = afterCopy;
    }

    /**
     * Encrypts the plain database at {@code db} with a key derived from {@code password} and fresh
     * {@code settings} (see {@link EncryptionSettings#fresh()}).
     *
     * @throws IllegalStateException when there is no database at {@code db} or it is encrypted already
     */
    public Outcome encrypt(Path db, char[] password, EncryptionSettings settings, Progress progress)
            throws IOException {
        requirePlain(db, true);
        progress.stage("encryption.stage.key");
        DatabaseKey key = DatabaseKey.derive(password, settings);
        EncryptionSettings stored = settings.withCheck(key.check());
        return convert(db, null, key, progress, folder -> {
            Path side = folder.resolve(EncryptionSettings.sideFile(db).getFileName());
            stored.write(side);
            return side;
        });
    }

    /**
     * Decrypts the database at {@code db}, encrypted with the key from {@code password}.
     *
     * @throws IllegalStateException     when there is no database at {@code db} or it is not encrypted
     * @throws DatabasePasswordException when the password is not its password or its side file is missing
     */
    public Outcome decrypt(Path db, char[] password, Progress progress) throws IOException {
        requirePlain(db, false);
        progress.stage("encryption.stage.key");
        DatabaseKey key = DatabaseKey.unlock(db, password);
        return convert(db, key, null, progress, folder -> null);
    }

    private interface SideFileWriter {
        /** Writes the new side file into {@code folder} and returns it; null when the result needs none. */
        Path write(Path folder) throws IOException;
    }

    private Outcome convert(Path db, DatabaseKey from, DatabaseKey to, Progress progress, SideFileWriter sideFile)
            throws IOException {
        String base = EncryptionSettings.baseName(db);
        Path original = Path.of(base + ".mv.db");
        String name = Path.of(base).getFileName().toString();
        Path folder = Path.of(base).resolveSibling("." + name + ".converting");
        progress.stage("encryption.stage.count", original);
        Map<String, Long> before;
        try (Database source = Database.openFileReadOnly(original, from)) {
            before = rowCounts(source);
        }
        progress.checkCancelled();
        deleteTree(folder);
        try {
            Files.createDirectories(folder);
            progress.stage("encryption.stage.copy", original);
            Path copy = folder.resolve(original.getFileName());
            Files.copy(original, copy, StandardCopyOption.COPY_ATTRIBUTES);
            try {
                ChangeFileEncryption.execute(folder.toString(), name, "AES", password(from), password(to), true);
            } catch (SQLException e) {
                throw new DatabaseException("Cannot convert the database " + original + ": "
                        + DatabaseException.firstLine(e.getMessage()), e);
            }
            force(copy);
            afterCopy.run();
            progress.checkCancelled();
            progress.stage("encryption.stage.verify");
            Map<String, Long> after;
            try (Database converted = Database.openFileReadOnly(copy, to)) {
                after = rowCounts(converted);
            }
            if (!after.equals(before)) {
                throw new DatabaseException("The converted copy of " + original + " does not hold the same rows as "
                        + "the database, so it was not put in its place; the database is unchanged.", null);
            }
            Path newSide = sideFile.write(folder);
            progress.committing();
            progress.stage("encryption.stage.replace", original);
            Path side = EncryptionSettings.sideFile(db);
            if (newSide != null) {
                Files.move(newSide, side, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(copy, original, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            if (newSide == null) {
                Files.deleteIfExists(side);
            }
            return new Outcome(before);
        } finally {
            deleteTree(folder);
        }
    }

    private static void requirePlain(Path db, boolean plain) {
        if (!Database.exists(db)) {
            throw new IllegalStateException("no database at " + db);
        }
        if (EncryptionSettings.isEncrypted(db) == plain) {
            throw new IllegalStateException(plain ? "already encrypted: " + db : "not encrypted: " + db);
        }
    }

    private static char[] password(DatabaseKey key) {
        return key == null ? null : key.filePassword();
    }

    /** Rows per table of the database's own schema. */
    static Map<String, Long> rowCounts(Database db) {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("Cannot read the database " + db.description() + ": "
                    + DatabaseException.firstLine(e.getMessage()), e);
        }
        return counts;
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
