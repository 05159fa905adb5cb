package org.crmworkbench.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Properties;

/**
 * How the file key of an encrypted database is derived from its password, kept in a small side file beside the
 * database ({@code crm.key-salt} beside {@code crm.mv.db}): the format version, the key derivation (PBKDF2 with
 * HMAC-SHA256), its iteration count, a random 16-byte salt and a check value that tells a wrong password from a
 * damaged file. None of it is secret; without it the database cannot be opened, even with the right password.
 *
 * <p>Whether a database is encrypted is read from the database file itself (H2 starts an encrypted file with
 * {@code H2encrypt}), not from the side file, so a side file left over by an interrupted conversion misleads nobody.
 *
 * @param version    the side file's format
 * @param algorithm  the JDK's name of the key derivation
 * @param iterations how many rounds the derivation runs
 * @param salt       random bytes, different for every database
 * @param check      the HMAC of a fixed text under the derived key (see {@link DatabaseKey#matches})
 */
public record EncryptionSettings(int version, String algorithm, int iterations, byte[] salt, byte[] check) {
    /** The side file's format written by this version. */
    public static final int VERSION = 1;
    /** The key derivation used for new databases. */
    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /**
     * Rounds for new databases: 0.38-0.50 s on the 2-core build machine once the JIT has warmed up, 1.1 s in a
     * cold JVM (the command line's case); see {@code EncryptionBenchmark}. The count is stored per database, so raising it later changes nothing
     * for existing ones.
     */
    public static final int ITERATIONS = 1_000_000;

    private static final String SIDE_SUFFIX = ".key-salt";
    private static final String DB_SUFFIX = ".mv.db";
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    public EncryptionSettings {
        if (version != VERSION) {
            throw new IllegalArgumentException("unknown key file version " + version);
        }
        if (!ALGORITHM.equals(algorithm)) {
            throw new IllegalArgumentException("unknown key derivation " + algorithm);
        }
        if (iterations < 1 || salt == null || salt.length < 16) {
            throw new IllegalArgumentException("iterations and a salt of 16 bytes are required");
        }
        salt = salt.clone();
        check = check == null ? new byte[0] : check.clone();
    }

    /** Settings for a database about to be encrypted: a fresh random salt, the current iteration count. */
    public static EncryptionSettings fresh() {
        return fresh(ITERATIONS);
    }

    /** As {@link #fresh()} with another iteration count (tests use few, to stay fast). */
    public static EncryptionSettings fresh(int iterations) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return new EncryptionSettings(VERSION, ALGORITHM, iterations, salt, null);
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] check() {
        return check.clone();
    }

    /** The same settings with the check value of the key derived from them. */
    EncryptionSettings withCheck(byte[] value) {
        return new EncryptionSettings(version, algorithm, iterations, salt, value);
    }

    /** The side file of the database at {@code db} (given with or without {@code .mv.db}). */
    public static Path sideFile(Path db) {
        return Path.of(baseName(db) + SIDE_SUFFIX);
    }

    /** The database's file ({@code crm.mv.db} for {@code crm} or {@code crm.mv.db}), absolute. */
    public static Path databaseFile(Path db) {
        return Path.of(baseName(db) + DB_SUFFIX);
    }

    /** Whether the database file at {@code db} is encrypted (read from its first bytes); false when there is none. */
    public static boolean isEncrypted(Path db) {
        Path file = Path.of(baseName(db) + DB_SUFFIX);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads the side file of the database at {@code db}.
     *
     * @throws DatabasePasswordException when it is missing or unreadable: the database cannot be opened without it
     */
    public static EncryptionSettings read(Path db) {
        Path file = sideFile(db);
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            HexFormat hex = HexFormat.of();
            return new EncryptionSettings(Integer.parseInt(p.getProperty("version", "0").trim()),
                    p.getProperty("algorithm", "").trim(), Integer.parseInt(p.getProperty("iterations", "0").trim()),
                    hex.parseHex(p.getProperty("salt", "").trim()), hex.parseHex(p.getProperty("check", "").trim()));
        } catch (IOException | RuntimeException e) {
            throw new DatabasePasswordException(DatabasePasswordException.Reason.NO_KEY_FILE, Path.of(baseName(db)
                    + DB_SUFFIX), file);
        }
    }

    /** Writes these settings to {@code file} (flushed to disk before returning). */
    public void write(Path file) throws IOException {
        HexFormat hex = HexFormat.of();
        String text = "# How the key of the encrypted database beside this file is derived from its password.\n"
                + "# Not secret, but needed: without this file the database cannot be opened.\n"
                + "version=" + version + "\nalgorithm=" + algorithm + "\niterations=" + iterations
                + "\nsalt=" + hex.formatHex(salt) + "\ncheck=" + hex.formatHex(check) + "\n";
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE);
             Writer out = java.nio.channels.Channels.newWriter(channel, StandardCharsets.UTF_8)) {
            out.write(text);
            out.flush();
            channel.force(true);
        }
    }

    /** The database's path without H2's {@code .mv.db} suffix, absolute. */
    static String baseName(Path db) {
        String name = db.toAbsolutePath().normalize().toString();
        return name.endsWith(DB_SUFFIX) ? name.substring(0, name.length() - DB_SUFFIX.length()) : name;
    }

    @Override
    public String toString() {
        return "EncryptionSettings[v" + version + ", " + algorithm + ", " + iterations + " iterations]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EncryptionSettings s && s.version == version && s.algorithm.equals(algorithm)
                && s.iterations == iterations && Arrays.equals(s.salt, salt) && Arrays.equals(s.check, check);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(salt);
    }
}
