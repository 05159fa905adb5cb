package org.crmworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Golden output test: every CLI verb's output on a small sample database is the same as it was when the golden files
 * were recorded (issue 13: "every CLI verb's output files are identical to before, apart from timestamps"). The golden
 * files were recorded on the code before the issue 13 restructuring, so this test passing on the restructured code
 * shows that the restructuring changed no output.
 *
 * <p>What it does. It generates a small sample data set with {@code generate} (150 customers, seed 7), imports it into
 * a fresh database with {@code import --dir}, then runs, through the same in-process entry as the other CLI tests and
 * with fixed seeds: segment (k 4 saved; k 2..6), recommend (hybrid for all customers, saved; item-kNN for one
 * customer), evaluate-recs (four algorithms, two neighbour counts, saved), regress (OLS of next_spend, saved;
 * ridge with --compare), classify (saved), forecast (revenue by month, saved), chart (SVG and PNG of the saved
 * segmentation) and report (the latest segmentation, forecast and evaluation as HTML, XLSX and PDF), each into its
 * own directory. For
 * every step it keeps the command line, its exit status, what it printed on stdout and stderr, and every file it
 * wrote, and compares them with the golden files under {@code src/test/resources/golden/cli/<step>/}:
 * <ul>
 * <li>text (csv, json, svg, html, printed lines): the whole content byte for byte, after the masks in {@link #MASKS}
 * replaced what differs between two runs of the same code (the time of the run, elapsed seconds, the work
 * directory, JFreeSVG's time-based ids);</li>
 * <li>PNG: that it decodes, and its width and height;</li>
 * <li>PDF: page count and page sizes (the report PDF draws its text as shapes, so PDFBox extracts no text, and the
 * drawing includes the build time, so the page content cannot be compared byte for byte);</li>
 * <li>XLSX: the zip entry names, the sheet names and every cell's address, type and value (masked);</li>
 * <li>the set of files per step: a file missing or written in addition fails too;</li>
 * <li>the generated CSV files (the input of every step, not an analysis output) by line count, size and SHA-256.</li>
 * </ul>
 * Text golden files over 16 KB are stored gzipped ({@code name.gz}) to keep the repository small; the comparison is
 * on the unzipped text. SVG text positions depend on the installed fonts: the files were recorded on the CI machine
 * kind, with fonts-noto-cjk installed as {@code .ci/run} does.
 *
 * <p>When an output change is intended, record the golden files again, and review what changed before committing:
 * <pre>
 *   mvn -B -o test -Dtest=GoldenOutputTest -Dgolden.update=true
 *   git status src/test/resources/golden/; git diff src/test/resources/golden/
 * </pre>
 * Updating rewrites the whole golden directory (files of outputs no longer written disappear). Without
 * {@code golden.update} the test only compares; on failure it names every differing file with the line and column
 * of its first difference (expected and actual text there), and the masked actual outputs are always left under
 * {@code target/golden-actual/} (unzipped) for a full {@code diff -r} against a copy of the golden directory.
 */
class GoldenOutputTest {
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Path BASE = Path.of(System.getProperty("basedir", "."));
    private static final Path GOLDEN = BASE.resolve("src/test/resources/golden/cli");
    private static final Path ACTUAL = BASE.resolve("target/golden-actual");
    private static final String GZ = ".gz";
    private static final int GZIP_ABOVE = 16 * 1024;

    /**
     * A regex and what replaces its matches, applied to the outputs whose name (under the golden directory) matches
     * {@code files}, and there only inside the matches of {@code region} (null: the whole text); {@code why} says why
     * the masked text may differ between two runs of the same code.
     */
    private record Mask(Pattern files, Pattern region, Pattern pattern, String replacement, String why) {
        Mask(String files, String region, String regex, String replacement, String why) {
            this(Pattern.compile(files), region == null ? null : Pattern.compile(region), Pattern.compile(regex),
                    replacement, why);
        }

        String apply(String name, String text) {
            if (!files.matcher(name).matches()) {
                return text;
            }
            if (region == null) {
                return pattern.matcher(text).replaceAll(replacement);
            }
            return region.matcher(text).replaceAll(
                    r -> Matcher.quoteReplacement(pattern.matcher(r.group()).replaceAll(replacement)));
        }
    }

    /** Today's and yesterday's date, in UTC and here: the dates a run started "now" can carry (midnight included). */
    private static final String NOW_DATES = Stream.of(ZoneOffset.UTC, ZoneId.systemDefault())
            .flatMap(zone -> Stream.of(LocalDate.now(zone), LocalDate.now(zone).minusDays(1)))
            .map(LocalDate::toString).distinct().collect(Collectors.joining("|"));

    /**
     * The reviewed list of what is masked before comparing text, applied in this order. Everything else must match
     * byte for byte. Before these, the work directory's absolute path (a literal) is replaced by {@code <tmp>}: it
     * is a new directory each run, of a fixed length (see {@link #workDirectory}) because chart captions show the
     * database path and centre it, so a longer path would move the caption.
     */
    private static final List<Mask> MASKS = List.of(
            new Mask(".*", null,
                    "\\b(?:" + NOW_DATES + ")[ T]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?Z?\\b", "<now>",
                    "the time the test ran (today's date with a time of day; the data's own dates carry no time):"
                            + " the data set's import time, when runs were saved, when a report was built"),
            new Mask(".*/_command\\.txt", null, "\\bin \\d[\\d,]*(?:\\.\\d+)? s\\b", "in <elapsed> s",
                    "wall-clock time printed by generate and import ('... in 1.3 s')"),
            new Mask(".*/_command\\.txt", null, "\\([\\d,]+ rows/s\\)", "(<rate> rows/s)",
                    "the import speed import prints: rows over wall-clock time"),
            new Mask(".*/_command\\.txt", null, "(?m)\\(\\d[\\d,]*(?:\\.\\d+)? s\\)$", "(<elapsed> s)",
                    "the mining time rules prints at the end of its counts line ('... confidence 0.2 (0.017 s)')"),
            new Mask(".*/metrics\\.json", null, "(?m)^(\\s*\"seconds\" : )[-+.\\dEe]+(,?)$", "$1<seconds>$2",
                    "the mining time in the rules verb's metrics.json (wall clock)"),
            new Mask(".*\\.(?:svg|html)", "<text x='[^']*'[^>]*>[^<]*(?:<tmp>|crm\\.mv\\.db)[^<]*</text>", "^<text x='[^']*'",
                    "<text x='<x>'", "a caption naming the database is centred: its x depends on the length of the "
                            + "database's name, which differs between a file and a team database (issue 21)"),
            new Mask(".*\\.html", null, "(?<=<dt>Saved by</dt><dd>)[^<]*", "<user>", "who saved the run: the "
                    + "computer's user on a file, the database user on a team database (the report's 'Saved by')"),
            new Mask(".*\\.xlsx\\.txt", "(?s)sheet: Report\\n.*?(?=sheet: |\\z)", "(?m)(?<=^  M\\d{1,3} STRING )"
                    + "(?!Saved by$).*$", "<user>", "the 'Saved by' column of the report's contents sheet (as above)"),
            new Mask(".*\\.(?:svg|html)", null, "\\b_\\d{6,}(?=[a-z])", "_<svg-ids>",
                    "JFreeSVG starts the ids of clip paths and gradients with System.nanoTime()"),
            new Mask(".*/metrics\\.csv", null, "(?m)^(?!algorithm,)([^\\n]*),[-+.\\dEe]*,[-+.\\dEe]*(\\r?)$",
                    "$1,<fit_seconds>,<predict_seconds>$2",
                    "evaluate-recs' last two columns, fit_seconds and predict_seconds, are wall-clock times"),
            new Mask(".*\\.html",
                    "(?s)<table[^>]*>\\s*<thead><tr>[^\\n]*<th class=\"num\">Fit time \\(s\\)</th></tr>.*?</table>",
                    "<td class=\"num\">[^<]*</td></tr>", "<td class=\"num\"><fit time></td></tr>",
                    "the last column of the report's recommender metrics table is the fit time (wall clock)"),
            new Mask(".*\\.xlsx\\.txt", "(?s)sheet: [^\\n]*Recommender metrics.*?(?=sheet: |\\z)",
                    "(?m)^(  J\\d+ NUMBER ).*$", "$1<fit time>",
                    "column J of the report's recommender metrics sheet is 'Fit time (s)' (wall clock)"));

    /** A new directory whose absolute path has the same length every run: /tmp/crm-golden-NNNNNNNN. */
    private Path dir;

    private CommandRun cli;
    private final Map<String, String> actual = new LinkedHashMap<>();
    /** Text shown as other text before masking: a team database's URL and description as the file's would be. */
    private final Map<String, String> aliases = new LinkedHashMap<>();

    @BeforeEach
    void workDirectory() throws IOException {
        Path tmp = Path.of("/tmp");
        Path root = Files.isDirectory(tmp) && Files.isWritable(tmp) ? tmp
                : Path.of(System.getProperty("java.io.tmpdir"));
        do {
            dir = root.resolve(String.format("crm-golden-%08d", new SecureRandom().nextInt(100_000_000)));
        } while (Files.exists(dir));
        Files.createDirectories(dir);
    }

    @AfterEach
    void removeWorkDirectory() throws IOException {
        deleteTree(dir);
    }

    private static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        }
    }

    @Test
    void everyVerbWritesWhatItWroteBeforeTheRestructuring() throws Exception {
        everyStep(dir.resolve("db").resolve("crm").toString());
    }

    /**
     * Issue 21: every verb gives the same results on a team database (PostgreSQL) as on a file. The same steps run
     * with {@code --db} naming a PostgreSQL database called {@code crm} and are compared with the same golden files;
     * the database's URL and description are the only text allowed to differ, and are shown as the file's would be.
     */
    @Test
    void everyVerbWritesTheSameOnATeamDatabase() throws Exception {
        org.crmworkbench.testing.PostgresServer server = org.crmworkbench.testing.PostgresServer.require();
        // named so that its short name in titles ("crm_mv_db") maps one to one onto the file's ("crm.mv.db")
        String url = server.createDatabase("crm_mv_db");
        try {
            org.crmworkbench.data.DatabaseAddress address = org.crmworkbench.data.DatabaseAddress.parse(url);
            aliases.put(url, dir.resolve("db").resolve("crm").toString());
            aliases.put(address.description(), dir.resolve("db").resolve("crm.mv.db").toString());
            aliases.put("crm_mv_db", "crm.mv.db");
            everyStep(url);
        } finally {
            server.drop("crm_mv_db");
        }
    }

    private void everyStep(String db) throws Exception {
        cli = new CommandRun(dir);
        Path set = dir.resolve("set");

        step("01-generate", null, "generate", "--out", set.toString(), "--customers", "150", "--products", "40",
                "--ratings", "2000", "--seed", "7");
        recordInputs("01-generate", set);
        step("02-import", null, "--db", db, "import", "--dir", set.toString());

        step("03-segment-k4", "out", "--db", db, "segment", "--k", "4", "--seed", "11", "--save", "--out", "@out");
        String segmentRun = savedRun(cli.stdout);
        step("04-segment-k2-6", "out", "--db", db, "segment", "--k", "2..6", "--seed", "11", "--out", "@out");
        step("05-recommend-hybrid-all", "recommendations.csv", "--db", db, "recommend", "--algo", "hybrid", "--all",
                "--n", "5", "--seed", "11", "--save", "--out", "@out");
        step("06-recommend-itemknn-user", "recommendations.csv", "--db", db, "recommend", "--user",
                someCustomer(set), "--algo", "itemknn", "--seed", "11", "--out", "@out");
        step("07-evaluate-recs", "out", "--db", db, "evaluate-recs", "--algos", "popular,baseline,itemknn,mf",
                "--neighbours", "10,20", "--seed", "11", "--save", "--out", "@out");
        step("08-regress-next-spend", "out", "--db", db, "regress", "--target", "next_spend", "--seed", "11",
                "--save", "--out", "@out");
        step("09-regress-compare-ridge", "out", "--db", db, "regress", "--model", "ridge", "--compare", "--trees",
                "50", "--seed", "11", "--out", "@out");
        step("10-classify", "out", "--db", db, "classify", "--seed", "11", "--save", "--out", "@out");
        step("11-forecast-revenue", "out", "--db", db, "forecast", "--measure", "revenue", "--by", "month",
                "--horizon", "6", "--seed", "11", "--save", "--out", "@out");
        step("12-chart-scatter-svg", "scatter.svg", "--db", db, "chart", "--run", segmentRun, "--chart", "scatter",
                "--format", "svg", "--out", "@out");
        step("13-chart-profiles-png", "profiles.png", "--db", db, "chart", "--run", segmentRun, "--chart",
                "profiles", "--out", "@out");
        for (String format : List.of("html", "xlsx", "pdf")) {
            step("14-report-" + format, "report." + format, "--db", db, "report", "--latest",
                    "segment,forecast,evaluation", "--title", "Golden review", "--notes", "Sample data, seed 7",
                    "--format", format, "--out", "@out");
        }
        step("15-value", "out", "--db", db, "value", "--calibration-end", "2026-03-31", "--holdout-end",
                "2026-09-30", "--save", "--out", "@out");
        step("16-rules", "out", "--db", db, "rules", "--min-support", "0.002", "--min-confidence", "0.2",
                "--save", "--out", "@out");
        step("17-recommend-cross-sell", "recommendations.csv", "--db", db, "recommend", "--algo", "hybrid", "--all",
                "--n", "5", "--seed", "11", "--out", "@out");
        step("18-reps", "out", "--db", db, "reps", "--save", "--out", "@out");
        step("19-sentiment", "out", "--db", db, "sentiment", "--save", "--out", "@out");
        step("20-assistant-evaluate", "out", "--db", db, "assistant", "--evaluate",
                set.resolve("knowledge_test.csv").toString(), "--save", "--out", "@out");
        step("21-assistant-ask", null, "--db", db, "assistant", "--ask", "where is my parcel", "--ask",
                "我想退货", "--ask", "what is the capital of France");
        step("22-info", null, "--db", db, "info");
        step("23-check", null, "--db", db, "check");
        compareWithGolden();
    }

    /**
     * Runs one command; {@code output} names its output directory or file (relative to the step's directory, passed
     * where the arguments say {@code @out}), or is null when the step writes no output of its own.
     */
    private void step(String name, String output, String... args) throws Exception {
        Path stepDir = dir.resolve("steps").resolve(name);
        Files.createDirectories(stepDir);
        String[] resolved = args.clone();
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i].equals("@out")) {
                resolved[i] = stepDir.resolve(output).toString();
            }
        }
        long t0 = System.nanoTime();
        int status = cli.run(resolved);
        String printed = "command: " + String.join(" ", resolved) + "\nexit status: " + status + "\n--- stdout\n"
                + cli.stdout + "--- stderr\n" + cli.stderr;
        actual.put(name + "/_command.txt", mask(name + "/_command.txt", printed));
        System.out.printf("golden step %s: exit %d in %.1f s%n", name, status, (System.nanoTime() - t0) / 1e9);
        if (output == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(stepDir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
                String relative = stepDir.relativize(file).toString().replace('\\', '/');
                String goldenName = name + "/" + goldenName(relative);
                actual.put(goldenName, describe(goldenName, file));
            }
        }
    }

    /** Each generated CSV file's row count and SHA-256: the input of every other step, kept small. */
    private void recordInputs(String name, Path set) throws Exception {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> files = Files.list(set)) {
            for (Path file : files.sorted().collect(Collectors.toList())) {
                byte[] bytes = Files.readAllBytes(file);
                long lines = new String(bytes, StandardCharsets.UTF_8).lines().count();
                b.append(file.getFileName()).append(": ").append(lines).append(" lines, ").append(bytes.length)
                        .append(" bytes, sha-256 ")
                        .append(sha256(bytes))
                        .append('\n');
            }
        }
        actual.put(name + "/_inputs.txt", b.toString());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The last run id the printed lines name ("run 3", "Run #3"). */
    private static String savedRun(String stdout) {
        Matcher m = Pattern.compile("(?:run|Run) #?(\\d+)").matcher(stdout);
        String id = null;
        while (m.find()) {
            id = m.group(1);
        }
        assertTrue(id != null, "no saved run in: " + stdout);
        return id;
    }

    /** The id of the fifth customer in the generated set (a fixed customer, as the set is seeded). */
    private static String someCustomer(Path set) throws IOException {
        List<String> lines = Files.readAllLines(set.resolve("customers.csv"), StandardCharsets.UTF_8);
        return lines.get(5).split(",", 2)[0];
    }

    private static String goldenName(String relative) {
        String lower = relative.toLowerCase();
        if (lower.endsWith(".png") || lower.endsWith(".pdf") || lower.endsWith(".xlsx")) {
            return relative + ".txt";
        }
        return relative;
    }

    /** What is compared of a file: its masked text, or for binary formats a masked text summary. */
    private String describe(String name, Path file) throws Exception {
        String lower = file.getFileName().toString().toLowerCase();
        if (lower.endsWith(".png")) {
            BufferedImage image = ImageIO.read(file.toFile());
            assertTrue(image != null, "PNG does not decode: " + file);
            return "png " + image.getWidth() + " x " + image.getHeight() + "\n";
        }
        if (lower.endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                StringBuilder b = new StringBuilder("pdf pages: " + pdf.getNumberOfPages() + "\n");
                int number = 0;
                for (PDPage page : pdf.getPages()) {
                    b.append("page ").append(++number).append(": ").append(page.getMediaBox().getWidth())
                            .append(" x ").append(page.getMediaBox().getHeight()).append('\n');
                }
                String text = new PDFTextStripper().getText(pdf).replace("\r\n", "\n");
                return mask(name, b + (text.isBlank() ? "no extractable text\n" : "--- text\n" + text));
            }
        }
        if (lower.endsWith(".xlsx")) {
            return mask(name, xlsx(file));
        }
        return mask(name, Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The zip entry names, then each sheet's name and every cell as {@code address type value}. */
    private static String xlsx(Path file) throws IOException {
        StringBuilder b = new StringBuilder("zip entries:\n");
        TreeSet<String> entries = new TreeSet<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            zip.stream().forEach(e -> entries.add(e.getName()));
        }
        entries.forEach(e -> b.append("  ").append(e).append('\n'));
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            for (Sheet sheet : workbook.getSheets().collect(Collectors.toList())) {
                b.append("sheet: ").append(sheet.getName()).append('\n');
                for (Row row : sheet.read()) {
                    for (Cell cell : row) {
                        if (cell == null) {
                            continue;
                        }
                        b.append("  ").append(cell.getAddress()).append(' ').append(cell.getType()).append(' ')
                                .append(cell.getRawValue()).append('\n');
                    }
                }
            }
        }
        return b.toString();
    }

    /** The text with the temporary directory and everything {@link #MASKS} lists for this output replaced. */
    private String mask(String name, String text) {
        String masked = text;
        for (Map.Entry<String, String> alias : aliases.entrySet()) {
            masked = masked.replace(alias.getKey(), alias.getValue());
        }
        for (String form : List.of(dir.toAbsolutePath().toString(), dir.toAbsolutePath().toUri().toString(),
                dir.toAbsolutePath().toString().replace('\\', '/'))) {
            masked = masked.replace(form.endsWith("/") ? form.substring(0, form.length() - 1) : form, "<tmp>");
        }
        for (Mask m : MASKS) {
            masked = m.apply(name, masked);
        }
        return masked;
    }

    private void compareWithGolden() throws IOException {
        writeTree(ACTUAL);
        if (UPDATE) {
            writeTree(GOLDEN);
            System.out.println("golden files written to " + GOLDEN.toAbsolutePath());
            return;
        }
        assertTrue(Files.isDirectory(GOLDEN), "no golden files at " + GOLDEN.toAbsolutePath()
                + "; record them with -Dgolden.update=true");
        TreeSet<String> expectedNames = new TreeSet<>();
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            files.filter(Files::isRegularFile).map(f -> GOLDEN.relativize(f).toString().replace('\\', '/'))
                    .map(n -> n.endsWith(GZ) ? n.substring(0, n.length() - GZ.length()) : n)
                    .forEach(expectedNames::add);
        }
        List<String> problems = new ArrayList<>();
        for (String name : expectedNames) {
            if (!actual.containsKey(name)) {
                problems.add(name + ": golden file, but no such output now");
            }
        }
        for (Map.Entry<String, String> e : actual.entrySet()) {
            if (!expectedNames.contains(e.getKey())) {
                problems.add(e.getKey() + ": written now, but there is no golden file");
                continue;
            }
            String golden = readGolden(e.getKey());
            String difference = firstDifference(golden, e.getValue());
            if (difference != null && atTwelveDigits(golden).equals(atTwelveDigits(e.getValue()))) {
                difference = null; // only the last digits of long decimals differ (another JDK's Math intrinsics)
            }
            if (difference != null) {
                problems.add(e.getKey() + ": " + difference);
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " output(s) differ from the golden files in " + GOLDEN + " (masked actual outputs"
                    + " are in " + ACTUAL.toAbsolutePath() + "; if the change is intended, record them again with"
                    + " -Dgolden.update=true):\n" + String.join("\n", problems));
        }
    }

    private static final java.util.regex.Pattern LONG_DECIMAL =
            java.util.regex.Pattern.compile("-?\\d+\\.\\d{10,}(?:[eE][-+]?\\d+)?");

    /**
     * The text with every decimal of more than ten fractional digits rounded to twelve significant digits: outputs that
     * differ only there come from one JDK computing exp or log a last bit differently from another.
     */
    static String atTwelveDigits(String text) {
        return LONG_DECIMAL.matcher(text).replaceAll(m -> new java.math.BigDecimal(m.group())
                .round(new java.math.MathContext(12)).stripTrailingZeros().toPlainString());
    }

    /** Null when equal, else where the first difference is (line and column, 1-based) and the two lines there. */
    static String firstDifference(String expected, String actual) {
        if (expected.equals(actual)) {
            return null;
        }
        int at = 0;
        while (at < expected.length() && at < actual.length() && expected.charAt(at) == actual.charAt(at)) {
            at++;
        }
        int lineStart = expected.lastIndexOf('\n', at - 1) + 1;
        int line = (int) expected.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
        return "line " + line + " column " + (at - lineStart + 1) + " differs\n    expected: "
                + around(expected, lineStart, at) + "\n    actual:   " + around(actual, lineStart, at);
    }

    /** The line starting at {@code lineStart}, or for a long line 100 characters either side of {@code at}. */
    private static String around(String text, int lineStart, int at) {
        int lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        if (lineStart >= text.length()) {
            return "<end of file>";
        }
        int from = lineEnd - lineStart > 300 ? Math.max(lineStart, at - 100) : lineStart;
        int to = lineEnd - lineStart > 300 ? Math.min(lineEnd, at + 100) : lineEnd;
        return (from > lineStart ? "..." : "") + text.substring(from, to).replace("\r", "\\r")
                + (to < lineEnd ? "..." : "");
    }

    /** Reads a golden file, stored as is or, when large, gzipped under its name plus {@code .gz}. */
    private static String readGolden(String name) throws IOException {
        Path plain = GOLDEN.resolve(name);
        if (Files.exists(plain)) {
            return Files.readString(plain, StandardCharsets.UTF_8);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(GOLDEN.resolve(name + GZ)))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Replaces everything under {@code root} by the actual outputs; text over {@link #GZIP_ABOVE} characters is
     * gzipped (the JDK writes no time in the gzip header, so the same text gives the same bytes).
     */
    private void writeTree(Path root) throws IOException {
        deleteTree(root);
        for (Map.Entry<String, String> e : actual.entrySet()) {
            Path target = root.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            if (root.equals(GOLDEN) && e.getValue().length() > GZIP_ABOVE) {
                try (OutputStream out = new GZIPOutputStream(
                        Files.newOutputStream(target.resolveSibling(target.getFileName() + GZ)))) {
                    out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                }
            } else {
                Files.writeString(target, e.getValue(), StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void theFirstDifferenceNamesTheLine() {
        assertEquals(atTwelveDigits("p 0.4816631157863042,"), atTwelveDigits("p 0.4816631157863043,"));
        assertEquals("p 0.481663115786,", atTwelveDigits("p 0.4816631157863042,"));
        assertFalse(atTwelveDigits("p 0.4816631157863042").equals(atTwelveDigits("p 0.4816631158863042")));
        assertEquals(null, firstDifference("a\nb\n", "a\nb\n"));
        assertEquals("line 2 column 1 differs\n    expected: b\n    actual:   c", firstDifference("a\nb\n", "a\nc\n"));
        assertEquals("line 2 column 1 differs\n    expected: <end of file>\n    actual:   x",
                firstDifference("a\n", "a\nx"));
    }
}
