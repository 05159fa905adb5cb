package org.crmworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crmworkbench.data.sample.SampleDataGenerator;
import org.crmworkbench.data.sample.SampleDataSpec;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.present.PseudonymKey;
import org.crmworkbench.work.Progress;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * People in the verbs' files, end to end: a sample data set whose customers and sales reps all carry planted,
 * distinctive names and e-mail addresses is imported; then recommend, reps, sentiment, report (HTML and XLSX, with
 * the reps' league, the feedback read-first list and the churn model's top customers) and chart write their files.
 * By default no planted name or e-mail address appears in any file (only initials); with {@code --with-names} the
 * names do; with {@code --pseudonymize} the ids are keyed pseudonyms, the same in two runs with one key and
 * different with another. The report PDF draws its text as shapes (no text to extract), so its tables are checked
 * in the HTML and XLSX made from the same items.
 */
class PersonalDataExportsTest {
    /** Planted names: customers alternate between the first two, reps between the last two. */
    static final String[] CUSTOMER_NAMES = {"Zebulon Quixote", "欧阳娜娜"};
    static final String[] REP_NAMES = {"Xanthippe Vorhees", "诸葛孔明"};
    /** Words of the planted names and e-mail addresses no file may carry unless names are asked for. */
    static final List<String> NAME_WORDS = List.of("Zebulon", "Quixote", "欧阳", "娜娜", "Xanthippe", "Vorhees",
            "诸葛", "孔明");
    static final String MAIL_WORD = "zq.plant";

    @TempDir
    static Path dir;
    static CommandRun cli;
    static String db;
    static long repsRun;

    @BeforeAll
    static void plantedDatabase() throws Exception {
        cli = new CommandRun(dir);
        Path set = dir.resolve("set");
        new SampleDataGenerator(SampleDataSpec.defaults(150, 3)).writeTo(set, false, Progress.none());
        rename(set.resolve("customers.csv"), CUSTOMER_NAMES, true);
        rename(set.resolve("sales_reps.csv"), REP_NAMES, false);
        db = dir.resolve("db").resolve("crm").toString();
        assertEquals(0, cli.run("--db", db, "import", "--dir", set.toString()), cli.stderr);
        assertEquals(0, cli.run("--db", db, "reps", "--save", "--out", dir.resolve("reps-saved").toString()),
                cli.stderr);
        Matcher saved = Pattern.compile("Saved as run #(\\d+)").matcher(cli.stdout);
        assertTrue(saved.find(), cli.stdout);
        repsRun = Long.parseLong(saved.group(1));
        assertEquals(0, cli.run("--db", db, "sentiment", "--save", "--out", dir.resolve("sent-saved").toString()),
                cli.stderr);
        assertEquals(0, cli.run("--db", db, "classify", "--model", "logistic", "--save", "--out",
                dir.resolve("churn-saved").toString()), cli.stderr);
    }

    /** Gives every row of {@code file} one of {@code names} (and, for customers, a planted e-mail address). */
    private static void rename(Path file, String[] names, boolean email) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            reader.forEach(r -> rows.add(new ArrayList<>(r.getFields())));
        }
        int name = rows.get(0).indexOf("name");
        int mail = rows.get(0).indexOf("email");
        for (int i = 1; i < rows.size(); i++) {
            rows.get(i).set(name, names[i % names.length]);
            if (email) {
                rows.get(i).set(mail, MAIL_WORD + i + "@example.com");
            }
        }
        try (CsvWriter writer = CsvWriter.builder().build(file, StandardCharsets.UTF_8)) {
            rows.forEach(writer::writeRecord);
        }
    }

    /**
     * Runs every verb that writes people into {@code out}, with {@code options} added to each; what each printed is
     * kept in {@code out/printed-N.txt}, so it is searched with the files.
     */
    private static void writeEverything(Path out, String... options) throws Exception {
        List<List<String>> verbs = List.of(
                List.of("recommend", "--algo", "popular", "--all", "--n", "2", "--out",
                        out.resolve("recommend.csv").toString()),
                List.of("reps", "--out", out.resolve("reps").toString()),
                List.of("sentiment", "--out", out.resolve("sentiment").toString()),
                List.of("report", "--latest", "reps,feedback,predict", "--items", ITEMS, "--title", "People",
                        "--out", out.resolve("report.html").toString()),
                List.of("report", "--latest", "reps,feedback,predict", "--items", ITEMS, "--title", "People",
                        "--out", out.resolve("report.xlsx").toString()),
                List.of("report", "--latest", "reps", "--title", "People", "--out",
                        out.resolve("report.pdf").toString()),
                List.of("chart", "--run", Long.toString(repsRun), "--chart", "caterpillar", "--out",
                        out.resolve("caterpillar.svg").toString()));
        for (int i = 0; i < verbs.size(); i++) {
            run(verbs.get(i), options);
            Files.writeString(out.resolve("printed-" + i + ".txt"), cli.stdout + cli.stderr);
        }
    }

    /** The report items that show people. */
    static final String ITEMS =
            "reps:league,reps:caterpillar,feedback:read-first,feedback:sales-rep,predict:top-customers";

    private static void run(List<String> verb, String... options) {
        List<String> args = new ArrayList<>(List.of("--db", db));
        args.addAll(verb);
        args.addAll(List.of(options));
        assertEquals(0, cli.run(args.toArray(String[]::new)), String.join(" ", args) + "\n" + cli.stderr);
    }

    /** Every file under {@code root} as text: XLSX as its cells, anything else as UTF-8 (binary bytes garbled). */
    private static String everything(Path root) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                all.append("\n=== ").append(root.relativize(f)).append('\n');
                all.append(f.toString().endsWith(".xlsx") ? cells(f) : readText(f));
            }
        }
        return all.toString();
    }

    private static String readText(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String cells(Path xlsx) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ReadableWorkbook book = new ReadableWorkbook(xlsx.toFile())) {
            for (Sheet sheet : book.getSheets().toList()) {
                for (Row row : sheet.read()) {
                    row.forEach(c -> text.append(c == null ? "" : c.getText()).append('\t'));
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }

    @Test
    void byDefaultNoFileCarriesANameOrEMailAddressOnlyInitials() throws Exception {
        Path out = Files.createDirectories(dir.resolve("masked"));
        writeEverything(out);
        String all = everything(out);
        for (String word : NAME_WORDS) {
            assertFalse(all.contains(word), () -> word + " appears in " + where(all, word));
        }
        assertFalse(all.contains(MAIL_WORD), "an e-mail address appears");
        String recommend = readText(out.resolve("recommend.csv"));
        assertTrue(recommend.contains(",Z. Q.,") && recommend.contains(",欧*,"), recommend.substring(0, 300));
        assertTrue(readText(out.resolve("reps").resolve("scorecards.csv")).contains(",X. V.,"));
        String html = readText(out.resolve("report.html"));
        assertTrue(html.contains(" X. V.") && html.contains(" 诸*"), "the league names reps by initials");
        assertTrue(html.contains("Z. Q.") || html.contains("欧*"), "the top customers by initials");
        assertTrue(cells(out.resolve("report.xlsx")).contains(" X. V."));
        assertTrue(readText(out.resolve("caterpillar.svg")).contains(" X. V."));
        assertTrue(readText(out.resolve("printed-1.txt")).contains(" X. V."), "the printed league too");
    }

    @Test
    void withNamesTheNamesAreWrittenAsStored() throws Exception {
        Path out = Files.createDirectories(dir.resolve("named"));
        writeEverything(out, "--with-names");
        assertTrue(readText(out.resolve("recommend.csv")).contains(",Zebulon Quixote,"));
        assertTrue(readText(out.resolve("recommend.csv")).contains(",欧阳娜娜,"));
        assertTrue(readText(out.resolve("reps").resolve("scorecards.csv")).contains(",Xanthippe Vorhees,"));
        String html = readText(out.resolve("report.html"));
        assertTrue(html.contains("Xanthippe Vorhees") && html.contains("诸葛孔明"), "the league names reps");
        assertTrue(html.contains("Zebulon Quixote") || html.contains("欧阳娜娜"), "the top customers are named");
        assertTrue(cells(out.resolve("report.xlsx")).contains("Xanthippe Vorhees"));
        assertTrue(readText(out.resolve("caterpillar.svg")).contains("Xanthippe Vorhees"));
        // e-mail addresses are in no export at all
        assertFalse(everything(out).contains(MAIL_WORD));
    }

    @Test
    void pseudonymsAreStableWithOneKeyAndDifferWithAnotherAndTheKeyFileIsTheOwnersOnly() throws Exception {
        Path first = dir.resolve("p1.csv");
        Path second = dir.resolve("p2.csv");
        Path other = dir.resolve("p3.csv");
        List<String> recommend = List.of("recommend", "--algo", "popular", "--all", "--n", "1", "--out");
        run(append(recommend, first.toString()), "--pseudonymize");
        Path key = dir.resolve("home").resolve(PseudonymKey.FILE_NAME);
        assertTrue(Files.isRegularFile(key), "the key is made in the app folder on first use");
        run(append(recommend, second.toString()), "--pseudonymize");
        assertEquals(readText(first), readText(second), "the same key gives the same pseudonyms");
        Path otherKey = dir.resolve("keys").resolve("other.key");
        run(append(recommend, other.toString()), "--pseudonymize", "--pseudonym-key", otherKey.toString());
        assertTrue(Files.isRegularFile(otherKey));

        List<String> rows = Files.readAllLines(first);
        String[] cellsOfFirst = rows.get(1).split(",");
        PersonalDataPolicy keyed = PersonalDataPolicy.pseudonymized(new PseudonymKey(key).bytes());
        assertEquals(keyed.id("C000001"), cellsOfFirst[0], "customer ids are pseudonyms of the shop's ids");
        assertEquals(keyed.name(CUSTOMER_NAMES[1]), cellsOfFirst[1]);
        assertEquals(PersonalDataPolicy.PSEUDONYM_LENGTH, cellsOfFirst[0].length());
        assertFalse(readText(first).contains("C000001"));
        assertNotEquals(cellsOfFirst[0], Files.readAllLines(other).get(1).split(",")[0]);

        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(otherKey)));
    }

    @Test
    void theVerbsWritingCustomerIdsWriteTheirPseudonymsWhenAsked() throws Exception {
        Path key = dir.resolve("ids.key");
        Path out = dir.resolve("ids");
        List<String> keyed = List.of("--pseudonymize", "--pseudonym-key", key.toString());
        run(List.of("segment", "--k", "3", "--out", out.resolve("segment").toString()), keyed.toArray(String[]::new));
        // value: ValueCommandTest (this small data set does not support the spend model)
        run(List.of("classify", "--model", "logistic", "--out", out.resolve("classify").toString()),
                keyed.toArray(String[]::new));
        run(List.of("regress", "--model", "ols", "--out", out.resolve("regress").toString()),
                keyed.toArray(String[]::new));
        run(List.of("sentiment", "--out", out.resolve("sentiment").toString()), keyed.toArray(String[]::new));
        PersonalDataPolicy policy = PersonalDataPolicy.pseudonymized(new PseudonymKey(key).bytes());
        java.util.Set<String> pseudonyms = new java.util.HashSet<>();
        for (int i = 1; i <= 150; i++) {
            pseudonyms.add(policy.id(String.format("C%06d", i)));
        }
        for (String file : List.of("segment/assignments.csv", "classify/scores.csv",
                "regress/predictions.csv")) {
            List<String> lines = Files.readAllLines(out.resolve(file));
            assertTrue(lines.size() > 10, file);
            for (String line : lines.subList(1, lines.size())) {
                String id = line.substring(0, line.indexOf(','));
                assertTrue(pseudonyms.contains(id), file + ": " + line);
            }
        }
        List<String> sentiment = Files.readAllLines(out.resolve("sentiment/sentiment.csv"));
        int column = List.of(sentiment.get(0).split(",")).indexOf("customer_id");
        assertTrue(sentiment.stream().skip(1).map(l -> l.split(",")[column]).allMatch(pseudonyms::contains));
        assertFalse(everything(out).contains("C0000"), "no customer id as stored");
    }

    @Test
    void contradictoryOptionsAndABadKeyFileAreUsageErrors() throws Exception {
        String out = dir.resolve("never.csv").toString();
        cli.assertFails(2, "--pseudonymize: give --with-names or --pseudonymize, not both", "--db", db,
                "recommend", "--all", "--with-names", "--pseudonymize", "--out", out);
        cli.assertFails(2, "--pseudonym-key: --pseudonym-key is only used with --pseudonymize", "--db", db,
                "recommend", "--all", "--pseudonym-key", "k", "--out", out);
        Path bad = Files.writeString(dir.resolve("bad.key"), "not a key");
        cli.assertFails(2, "holds no pseudonym key", "--db", db, "reps", "--pseudonymize", "--pseudonym-key",
                bad.toString(), "--out", dir.resolve("never").toString());
        assertEquals("not a key", Files.readString(bad), "a bad key file is left as it was");
        assertFalse(Files.exists(Path.of(out)));
    }

    private static List<String> append(List<String> list, String last) {
        List<String> all = new ArrayList<>(list);
        all.add(last);
        return all;
    }

    private static String where(String all, String word) {
        int at = all.indexOf(word);
        int file = all.lastIndexOf("\n=== ", at);
        return all.substring(file, Math.min(all.length(), all.indexOf('\n', file + 1))).strip() + ": ..."
                + all.substring(Math.max(0, at - 60), Math.min(all.length(), at + 60)) + "...";
    }
}
