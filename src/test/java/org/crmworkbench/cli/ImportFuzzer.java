package org.crmworkbench.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.crmworkbench.data.DatabaseContentHash;
import org.crmworkbench.home.AppHome;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.CancelFlag;

/**
 * Runs seeded fuzzed files through the real {@code workbench import} in this process, against a database holding a
 * known valid data set, and checks every outcome: exit 0 or 3; no stack trace or internal class name in what was
 * printed; every problem of a refusal located (a line, a line and column, or the whole file); a refused import leaves
 * the database's content exactly as it was.
 *
 * <p>For speed the fuzzer holds a connection to the database for the whole run, so H2 keeps the file open between
 * the command's own opens (each still opens, migrates and closes it as in real use); an accepted import is undone
 * from a copy of the data set kept in a schema of its own.
 */
public final class ImportFuzzer implements AutoCloseable {
    /** What a run of the fuzzer counted; {@code violations} describes every case that broke a rule. */
    public record Tally(int files, int accepted, int refused, int crashes, int changedDatabases, int unlocatedMessages,
                        long slowestMillis, String slowestCase, List<String> violations) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "files %,d, accepted %,d, refused %,d, crashes %d, changed databases %d, "
                    + "unlocated messages %d, slowest %d ms (%s)", files, accepted, refused, crashes, changedDatabases,
                    unlocatedMessages, slowestMillis, slowestCase);
        }
    }

    private static final Pattern INTERNAL = Pattern.compile(
            "Exception|Caused by|(?m)^\\s+at |\\b(java|javax|jdk|sun|org|com|de|picocli)\\.[a-z]");
    private static final Pattern FOUND_VALUE = Pattern.compile("found '.*?'; ");
    private static final int KEPT_VIOLATIONS = 40;
    private static final String PRISTINE = "FUZZ_PRISTINE";

    private final Path work;
    private final long seed;
    private final Path db;
    private Connection held;
    private String pristineHash;

    public ImportFuzzer(Path work, long seed) {
        this.work = work;
        this.seed = seed;
        this.db = work.resolve("db").resolve("crm.mv.db");
    }

    /** Loads the known data set into a new database, through the command line too. */
    public void prepare() throws Exception {
        Path base = FuzzDataSet.writeBase(work.resolve("base"));
        Outcome o = run("--db", db.toString(), "import", "--dir", base.toString());
        if (o.status != 0) {
            throw new IllegalStateException("the base data set did not load: " + o.err);
        }
        String name = db.toAbsolutePath().toString().replace(".mv.db", "");
        held = DriverManager.getConnection("jdbc:h2:retry:" + name + ";DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0",
                "sa", "");
        try (Statement s = held.createStatement()) {
            s.execute("CREATE SCHEMA " + PRISTINE);
            for (String table : DatabaseContentHash.TABLES) {
                s.execute("CREATE TABLE " + PRISTINE + "." + table + " AS SELECT * FROM PUBLIC." + table);
            }
        }
        pristineHash = DatabaseContentHash.of(held);
    }

    @Override
    public void close() throws SQLException {
        if (held != null) {
            held.close();
            held = null;
        }
    }

    /** Runs cases {@code 0 .. files-1}. */
    public Tally run(int files) throws Exception {
        int accepted = 0;
        int refused = 0;
        int crashes = 0;
        int changed = 0;
        int unlocated = 0;
        long slowest = -1;
        String slowestCase = "";
        List<String> violations = new ArrayList<>();
        Path cases = Files.createDirectories(work.resolve("cases"));
        for (int i = 0; i < files; i++) {
            FuzzCase c = FuzzCase.make(seed, i);
            Path folder = c.viaFolder() ? Files.createDirectories(cases.resolve("set-" + i)) : cases;
            Path file = Files.write(folder.resolve(c.fileName()), c.bytes());
            long start = System.nanoTime();
            Outcome o = run(arguments(c, file, folder));
            long millis = (System.nanoTime() - start) / 1_000_000;
            Files.delete(file);
            if (c.viaFolder()) {
                Files.delete(folder);
            }
            if (millis > slowest) {
                slowest = millis;
                slowestCase = c.toString();
            }
            String said = FOUND_VALUE.matcher(o.out + o.err).replaceAll("found '…'; ");
            boolean crashed = (o.status != 0 && o.status != 3) || INTERNAL.matcher(said).find();
            if (crashed) {
                crashes++;
                keep(violations, "crash: exit " + o.status + " in " + c + ": " + head(o.out + o.err));
            }
            if (o.status == 0) {
                accepted++;
                restore();
                continue;
            }
            if (o.status == 3) {
                refused++;
                String badLine = unlocatedLine(o.err, c.fileName());
                if (badLine != null) {
                    unlocated++;
                    keep(violations, "unlocated: " + c + ": " + badLine);
                }
            }
            if (!pristineHash.equals(DatabaseContentHash.of(held))) {
                changed++;
                keep(violations, "changed database: exit " + o.status + " in " + c + ": " + head(o.err));
                restore();
            }
        }
        return new Tally(files, accepted, refused, crashes, changed, unlocated, slowest, slowestCase, violations);
    }

    private String[] arguments(FuzzCase c, Path file, Path folder) {
        List<String> args = new ArrayList<>(List.of("--db", db.toString(), "import"));
        if (c.viaFolder()) {
            args.addAll(List.of("--dir", folder.toString()));
        } else {
            args.addAll(List.of("--table", c.table().sqlName(), file.toString()));
        }
        args.addAll(c.options());
        if (c.options().contains("--skip-bad-rows")) {
            args.addAll(List.of("--rejects", work.resolve("rejects.csv").toString()));
        }
        return args.toArray(String[]::new);
    }

    /**
     * The first line of a refusal that is not a located problem: after the progress stages ("Loading ...") and the
     * count, every line must start with the file's name and a location, or be the "... and N more" line.
     */
    static String unlocatedLine(String err, String fileName) {
        String[] lines = err.split("\\r?\\n");
        int first = 0;
        while (first < lines.length && (lines[first].startsWith("Loading ") || lines[first].equals("Saving"))) {
            first++;
        }
        if (first >= lines.length || !lines[first].startsWith("Import refused:")) {
            return first >= lines.length ? "(no refusal said)" : lines[first];
        }
        Pattern located = Pattern.compile("  " + Pattern.quote(fileName)
                + "( \\(whole file\\): |, line \\d+, column \\d+ \\(|, line \\d+: ).*", Pattern.DOTALL);
        for (int i = first + 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.matches("  \\.\\.\\. and [\\d,]+ more")) {
                continue;
            }
            if (!located.matcher(line).matches()) {
                return line;
            }
        }
        return null;
    }

    /** Puts the data set back as it was before an accepted import. */
    private void restore() throws SQLException {
        try (Statement s = held.createStatement()) {
            s.execute("SET REFERENTIAL_INTEGRITY FALSE");
            try {
                for (String table : DatabaseContentHash.TABLES) {
                    s.execute("DELETE FROM PUBLIC." + table);
                    s.execute("INSERT INTO PUBLIC." + table + " SELECT * FROM " + PRISTINE + "." + table);
                }
            } finally {
                s.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
        }
    }

    private static void keep(List<String> violations, String v) {
        if (violations.size() < KEPT_VIOLATIONS) {
            violations.add(v);
        }
    }

    private static String head(String text) {
        String t = text.strip().replace("\n", " | ");
        return t.length() > 600 ? t.substring(0, 600) + "…" : t;
    }

    private record Outcome(int status, String out, String err) {
    }

    private Outcome run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        CliContext context = new CliContext(new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), new Messages(Locale.ENGLISH), new CancelFlag(),
                false, Map.of(), new AppHome(work.resolve("home")));
        int status = new Cli(context).run(args);
        return new Outcome(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }
}
