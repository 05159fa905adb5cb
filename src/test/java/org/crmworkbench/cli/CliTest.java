package org.crmworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseSnapshot;
import org.crmworkbench.home.AppHome;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.CancelFlag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;
    Path db;
    String out;
    String err;

    @BeforeEach
    void dataSet() throws Exception {
        db = dir.resolve("db").resolve("crm");
        Path set = Files.createDirectories(dir.resolve("set"));
        Files.writeString(set.resolve("customers.csv"), "customer_id,name\nC1,Ann\nC2,Bob\n");
        Files.writeString(set.resolve("products.csv"), "product_id,name\nP1,Tea\nP2,Pot\n");
        Files.writeString(set.resolve("ratings.csv"), "customer_id,product_id,rating\nC1,P1,5\nC2,P2,4\n");
    }

    int run(Locale locale, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        CliContext context = new CliContext(new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), new Messages(locale), new CancelFlag(), false,
                Map.of(), new AppHome(dir.resolve("home")));
        int status = new Cli(context).run(args);
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return status;
    }

    int run(String... args) {
        return run(Locale.ENGLISH, args);
    }

    @Test
    void importsADataSetAndReportsCounts() {
        assertEquals(0, run("--db", db.toString(), "import", "--dir", dir.resolve("set").toString()), err);
        assertTrue(out.contains("ratings.csv -> ratings: 2 rows loaded, 0 rejected"), out);
        assertEquals(0, run("--db", db.toString(), "info"), err);
        assertTrue(out.matches("(?s).*customers\\s+2\\n.*ratings\\s+2\\n.*"), out);
        assertTrue(out.contains("Last import:"), out);
    }

    @Test
    void badDataExitsThreeNamesLineAndColumnAndLeavesTheDatabaseAlone() throws Exception {
        assertEquals(0, run("--db", db.toString(), "import", "--dir", dir.resolve("set").toString()));
        String before;
        try (Database d = Database.openFile(db)) {
            before = DatabaseSnapshot.of(d);
        }
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "customer_id,product_id,rating\nC1,P2,3\nC2,P1,five\n");
        assertEquals(3, run("--db", db.toString(), "import", "--table", "ratings", bad.toString()));
        assertTrue(err.contains("Import refused: 1 problem(s) found; nothing was stored."), err);
        assertTrue(err.contains("bad.csv, line 3, column 3 (rating): found 'five'; expected a rating on the declared "
                + "scale, from 1 to 5"), err);
        try (Database d = Database.openFile(db)) {
            assertEquals(before, DatabaseSnapshot.of(d));
        }
    }

    @Test
    void aHeaderOnlyFileExitsThreeNamesTheFileAndIsNotCountedAsAnImport() throws Exception {
        assertEquals(0, run("--db", db.toString(), "import", "--dir", dir.resolve("set").toString()), err);
        String before;
        try (Database d = Database.openFile(db)) {
            before = DatabaseSnapshot.of(d);
        }
        Path headerOnly = Files.writeString(dir.resolve("header-only.csv"), "customer_id,name\n");
        assertEquals(3, run("--db", db.toString(), "import", "--table", "customers", headerOnly.toString()));
        assertTrue(err.contains("header-only.csv (whole file): the file has a header but no rows; nothing to import"), err);
        try (Database d = Database.openFile(db)) {
            assertEquals(before, DatabaseSnapshot.of(d), "no rows and no import record");
        }
        assertEquals(0, run("--db", db.toString(), "info"), err);
        assertTrue(!out.contains("header-only.csv"), out);
    }

    @Test
    void aBinaryFileRenamedCsvIsRefusedOnceWithoutItsBytes() throws Exception {
        byte[] bytes = new byte[2048];
        new java.util.Random(3).nextBytes(bytes);
        System.arraycopy(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, 0, bytes, 0, 8);
        Path binary = Files.write(dir.resolve("tool.csv"), bytes);
        assertEquals(3, run("--db", db.toString(), "import", "--table", "customers", binary.toString()));
        String said = "tool.csv (whole file): the file does not look like a text (CSV/TSV) file";
        assertTrue(err.contains(said), err);
        assertEquals(err.indexOf(said), err.lastIndexOf(said), "said once: " + err);
        assertTrue(!err.contains("ELF"), "no raw bytes: " + err);
    }

    @Test
    void skipBadRowsWritesRejects() throws Exception {
        run("--db", db.toString(), "import", "--dir", dir.resolve("set").toString());
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "customer_id,product_id,rating\nC1,P2,3\nC9,P1,4\n");
        Path rejects = dir.resolve("out").resolve("rejects.csv");
        assertEquals(0, run("--db", db.toString(), "import", "--table", "ratings", bad.toString(), "--skip-bad-rows",
                "--rejects", rejects.toString()), err);
        assertTrue(out.contains("1 rejected rows written to"), out);
        assertTrue(Files.readString(rejects).contains("C9,P1,4,3,"));
    }

    @Test
    void usageErrorsExitTwoAndNameTheParameter() throws Exception {
        Path f = dir.resolve("set").resolve("ratings.csv");
        assertEquals(2, run("--db", db.toString()));
        assertTrue(err.contains("Missing command"), err);
        assertEquals(2, run("--db", db.toString(), "import", "--table", "rating", f.toString()));
        assertTrue(err.contains("Invalid value for --table: 'rating'; expected customers, products"), err);
        assertEquals(2, run("--db", db.toString(), "import", f.toString()));
        assertTrue(err.contains("Missing --table"), err);
        assertEquals(2, run("--db", db.toString(), "import", "--table", "ratings", dir.resolve("nope.csv").toString()));
        assertTrue(err.contains("no such file or folder"), err);
        assertEquals(2, run("--db", db.toString(), "import", "--table", "ratings", f.toString(), "--skip-bad-rows"));
        assertTrue(err.contains("--skip-bad-rows needs --rejects"), err);
        assertEquals(2, run("--db", db.toString(), "import", "--table", "ratings", f.toString(), "--rating-scale", "5..1"));
        assertTrue(err.contains("Invalid value for --rating-scale: '5..1'"), err);
        assertEquals(2, run("--db", db.toString(), "import", "--table", "ratings", f.toString(), "--map", "stars=#3"));
        assertTrue(err.contains("Unknown field 'stars'"), err);
        assertEquals(2, run("--db", db.toString(), "import", "--dir", dir.toString(), "--table", "ratings"));
        assertEquals(2, run("--db", db.toString(), "frobnicate"));
        assertEquals(2, run("--db", dir.resolve("none").toString(), "info"));
        assertTrue(err.contains("No database at"), err);
    }

    @Test
    void speaksChinese() {
        assertEquals(2, run(Locale.SIMPLIFIED_CHINESE, "--db", db.toString(), "import", "--table", "x", "f.csv"));
        assertTrue(err.contains("--table 的值无效：“x”"), err);
        assertEquals(0, run(Locale.SIMPLIFIED_CHINESE, "--help"));
        assertTrue(out.contains("CRM 工作台"), out);
    }

    @Test
    void generateWritesADataSetThatImportsCleanly() throws Exception {
        Path out = dir.resolve("gen");
        assertEquals(0, run("generate", "--out", out.toString(), "--customers", "120", "--seed", "5"), err);
        for (String f : new String[] {"customers.csv", "products.csv", "sales_reps.csv", "orders.csv", "order_lines.csv",
                "ratings.csv", "feedback.csv"}) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertTrue(this.out.contains("customers.csv: 120 rows"), this.out);
        assertEquals(0, run("--db", db.toString(), "import", "--dir", out.toString()), err);
        assertEquals(0, run("--db", db.toString(), "info"));
        assertTrue(this.out.matches("(?s).*customers\\s+120\\n.*"), this.out);
        assertEquals(2, run("generate", "--out", out.toString(), "--customers", "3"));
        assertTrue(err.contains("customers"), err);
        assertEquals(2, run("generate", "--customers", "100"));
        assertTrue(err.contains("--out"), err);
    }
}
