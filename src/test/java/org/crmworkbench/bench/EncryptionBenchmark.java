package org.crmworkbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseKey;
import org.crmworkbench.data.EncryptionChange;
import org.crmworkbench.data.EncryptionSettings;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.Importer;
import org.crmworkbench.data.sample.SampleDataGenerator;
import org.crmworkbench.data.sample.SampleDataSpec;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.Progress;

/**
 * Encryption benchmark (not a test): the key derivation at {@link EncryptionSettings#ITERATIONS} rounds, cold (first
 * in this JVM) and warm; encrypting and decrypting a database of the 20,000-customer sample in place; reading every
 * order line from it plain against encrypted (ratio).
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java@encryption-benchmark}.
 */
public final class EncryptionBenchmark {
    private static final char[] PASSWORD = "benchmark password".toCharArray();

    private EncryptionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        EncryptionSettings settings = EncryptionSettings.fresh();
        double[] derive = new double[6];
        for (int i = 0; i < derive.length; i++) {
            long t0 = System.nanoTime();
            DatabaseKey.derive(PASSWORD, settings);
            derive[i] = (System.nanoTime() - t0) / 1e6;
        }
        double[] warm = Arrays.copyOfRange(derive, 1, derive.length);
        Arrays.sort(warm);
        System.out.printf("key derivation, %,d rounds of %s: cold %.0f ms, warm median %.0f ms (min %.0f, max %.0f)%n",
                settings.iterations(), settings.algorithm(), derive[0], warm[warm.length / 2], warm[0],
                warm[warm.length - 1]);

        Path work = Files.createTempDirectory("wb-encryption-bench");
        try {
            convertAndRead(work, settings);
        } finally {
            try (var paths = Files.walk(work)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void convertAndRead(Path work, EncryptionSettings settings) throws Exception {
        Path files = work.resolve("set");
        new SampleDataGenerator(SampleDataSpec.defaults(20_000, 7)).writeTo(files, false, Progress.none());
        Path db = work.resolve("crm");
        try (Database d = Database.openFile(db)) {
            new Importer(d, Messages.english()).importDirectory(files, ImportOptions.defaults(), Progress.none());
        }
        long size = Files.size(Path.of(db + ".mv.db"));
        double plainRead = readAll(db, null);
        long t0 = System.nanoTime();
        EncryptionChange.Outcome outcome = new EncryptionChange().encrypt(db, PASSWORD, settings, Progress.none());
        double encrypt = (System.nanoTime() - t0) / 1e9;
        DatabaseKey key = DatabaseKey.unlock(db, PASSWORD);
        double encryptedRead = readAll(db, key);
        t0 = System.nanoTime();
        new EncryptionChange().decrypt(db, PASSWORD, Progress.none());
        double decrypt = (System.nanoTime() - t0) / 1e9;
        System.out.printf("database of %,d rows, %.1f MB: encrypt %.2f s, decrypt %.2f s (each with one key "
                + "derivation and two row counts)%n", outcome.totalRows(), size / 1e6, encrypt, decrypt);
        System.out.printf("reading every order line (best of 3): plain %.0f ms, encrypted %.0f ms (ratio %.2f)%n",
                plainRead, encryptedRead, encryptedRead / plainRead);
    }

    /** Opens the database (read only) and reads every order line three times; the best time, in ms. */
    private static double readAll(Path db, DatabaseKey key) throws Exception {
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            try (Database d = Database.openFileReadOnly(db, key); Connection c = d.connect();
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT * FROM order_lines")) {
                double sum = 0;
                while (rs.next()) {
                    sum += rs.getDouble(3);
                }
                if (sum < 0) {
                    System.out.println(sum);
                }
            }
            best = Math.min(best, (System.nanoTime() - t0) / 1e6);
        }
        return best;
    }
}
