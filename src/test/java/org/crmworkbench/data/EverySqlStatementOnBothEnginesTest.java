package org.crmworkbench.data;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: every SQL string of the data layer runs on both engines. It lists the SQL strings the data layer's
 * classes hold (the string constants of {@code target/classes/org/crmworkbench/data}, as javac stores them: whole
 * statements, or statement templates whose variable parts it marks) and finds each among the statements the rest
 * of the build's tests sent to H2 and to PostgreSQL, which {@link StatementLog} recorded. A string that ran on one
 * engine only must be one the reviewed list below says is that engine's own, with why.
 *
 * <p>It runs last in {@code mvn verify} (surefire execution {@code sql-on-both-engines}, after the H2 run and the
 * PostgreSQL run of the tests) and is skipped when run alone.
 */
@Tag("sql-coverage")
class EverySqlStatementOnBothEnginesTest {
    private static final Pattern SQL = Pattern.compile("^\\s*(?:SELECT|INSERT INTO|UPDATE|DELETE FROM|CREATE|ALTER|DROP"
            + "|TRUNCATE|MERGE|WITH|SET|SCRIPT|SHUTDOWN|CHECKPOINT|COPY|RUNSCRIPT|BACKUP)\\b");
    /** javac's mark for a variable part of a concatenated string. */
    private static final char HOLE = '\u0001';

    /** The classes whose SQL only H2 is sent, by design, and why. */
    private static final Map<String, String> H2_CLASSES = Map.of(
            "BulkLoadJournal", "the bulk-load journal: a large import into empty H2 tables sets indexes and "
                    + "constraints aside under a journal; on PostgreSQL an import is one transaction",
            "EncryptionChange", "encrypting and decrypting a database file (a team database is refused)",
            "Database", "H2's file handling: SHUTDOWN to release a file, READONLY() for a read-only file, lazy "
                    + "results (PostgreSQL streams on reading connections instead)",
            "V8__Summary_words_for_older_runs", "a Java migration: Flyway runs it on both engines on a connection of "
                    + "its own, which the log does not see; its test calls it on H2");
    /** SQL only PostgreSQL is sent, by design: a string starting with the key, and why. */
    private static final Map<String, String> POSTGRESQL_ONLY = Map.of(
            "COPY ", "PostgreSQL's bulk load (through the driver's CopyManager, which the log does not see: checked by"
                    + " TeamDatabaseTest)",
            "SELECT pg_try_advisory_xact_lock", "imports into a team database take turns; one H2 file has one writer",
            "SELECT setval(pg_get_serial_sequence(", "the copy continues a table's numbering after the copied ids: "
                    + "PostgreSQL's way (H2's is the ALTER COLUMN ... RESTART below)");
    /** SQL only H2 is sent outside the classes above, by design: a string starting with the key, and why. */
    private static final Map<String, String> H2_ONLY = Map.of(
            "ALTER TABLE \u0001 ALTER COLUMN \u0001 RESTART WITH", "the copy continues a table's numbering after the "
                    + "copied ids: H2's way (PostgreSQL's is setval above)");

    @Test
    void everySqlStringOfTheDataLayerRanOnBothEngines() throws IOException {
        String logDir = System.getProperty("crmworkbench.sqlLog", "");
        Assumptions.assumeFalse(logDir.isBlank(), "run by mvn verify after the H2 and PostgreSQL test runs");
        String filter = System.getProperty("crmworkbench.testFilter", "");
        Assumptions.assumeTrue(filter.isBlank() || filter.startsWith("${") || filter.contains("EverySqlStatement")
                && !filter.contains(","), "only the tests " + filter + " ran: they send only some of the SQL");
        Path h2Log = Path.of(logDir, "h2.sql");
        Path pgLog = Path.of(logDir, "postgresql.sql");
        Assumptions.assumeTrue(Files.exists(h2Log), "no statements were recorded on H2 in this build");
        if (!Files.exists(pgLog)) {
            if (System.getenv("CRM_WORKBENCH_REQUIRE_POSTGRES") != null) {
                fail("no statements were recorded on PostgreSQL in this build (" + pgLog + ")");
            }
            Assumptions.abort("no PostgreSQL in this build: only H2's statements were recorded");
        }
        List<String> onH2 = statements(h2Log);
        List<String> onPostgresql = statements(pgLog);
        Map<String, String> strings = sqlStrings(Path.of(System.getProperty("basedir", "."), "target", "classes", "org",
                "crmworkbench", "data"));
        assertTrue(strings.size() > 100, "found only " + strings.size() + " SQL strings in the data layer");
        List<String> problems = new ArrayList<>();
        int both = 0;
        int h2Only = 0;
        int pgOnly = 0;
        for (Map.Entry<String, String> found : strings.entrySet()) {
            String sql = found.getKey();
            Pattern pattern = template(sql);
            boolean ranOnH2 = onH2.stream().anyMatch(s -> pattern.matcher(s).find());
            boolean ranOnPostgresql = onPostgresql.stream().anyMatch(s -> pattern.matcher(s).find());
            boolean h2Own = H2_CLASSES.containsKey(found.getValue())
                    || H2_ONLY.keySet().stream().anyMatch(sql::startsWith);
            boolean pgOwn = ownedBy(POSTGRESQL_ONLY, sql);
            if (ranOnH2 && ranOnPostgresql) {
                both++;
            } else if (h2Own && !ranOnPostgresql) {
                h2Only++;
            } else if (pgOwn) {
                pgOnly++;
            } else {
                problems.add((ranOnH2 ? "ran on H2 only" : ranOnPostgresql ? "ran on PostgreSQL only"
                        : "ran on neither engine") + " (" + found.getValue() + "): " + shown(sql));
            }
        }
        System.out.printf("SQL strings of the data layer: %d; run on both engines %d, H2's own %d, PostgreSQL's own "
                + "%d (statements recorded: H2 %d, PostgreSQL %d)%n", strings.size(), both, h2Only, pgOnly,
                onH2.size(), onPostgresql.size());
        if (!problems.isEmpty()) {
            fail(problems.size() + " SQL string(s) of the data layer did not run on both engines in this build "
                    + "(a test on the engine that misses it, or an entry in the reviewed engine-only lists with why, "
                    + "is needed):\n  " + String.join("\n  ", problems));
        }
    }

    private static boolean ownedBy(Map<String, String> own, String sql) {
        String flat = sql.strip().replaceAll("\\s+", " ");
        return own.keySet().stream().anyMatch(flat::startsWith);
    }

    private static String shown(String sql) {
        String flat = sql.replace(HOLE, '…').replaceAll("\\s+", " ").strip();
        return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
    }

    /** A string as a pattern over the statements sent: its fixed parts in order, anything where javac marks a hole. */
    static Pattern template(String sql) {
        String[] parts = sql.split(String.valueOf(HOLE), -1);
        String regex = Stream.of(parts).map(Pattern::quote).collect(Collectors.joining("[\\s\\S]*?"));
        return Pattern.compile(regex);
    }

    private static List<String> statements(Path log) throws IOException {
        return Stream.of(Files.readString(log, StandardCharsets.UTF_8).split(Pattern.quote(StatementLog.SEPARATOR)))
                .filter(s -> !s.isBlank()).collect(Collectors.toList());
    }

    /** The SQL-looking string constants of every class under {@code dir}, each with its top-level class's name. */
    static Map<String, String> sqlStrings(Path dir) throws IOException {
        Map<String, String> strings = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList())) {
                try (InputStream in = Files.newInputStream(file)) {
                    for (String constant : stringConstants(in)) {
                        if (SQL.matcher(constant).find() && constant.strip().length() > "SELECT ".length()) {
                            String name = file.getFileName().toString().replaceAll("(\\$.*)?\\.class$", "");
                            strings.putIfAbsent(constant, name);
                        }
                    }
                }
            }
        }
        return strings;
    }

    /** The string constants in a class file's constant pool (JVM specification, section 4.4). */
    static List<String> stringConstants(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        Map<Integer, String> utf8 = new TreeMap<>();
        List<Integer> strings = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8.put(i, in.readUTF());
                case 8 -> strings.add(in.readUnsignedShort());
                case 7, 16, 19, 20 -> in.readUnsignedShort();
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return strings.stream().map(utf8::get).collect(Collectors.toList());
    }
}
