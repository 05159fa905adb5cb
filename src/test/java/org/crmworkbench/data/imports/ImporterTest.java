package org.crmworkbench.data.imports;

import org.crmworkbench.testing.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseSnapshot;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.CancelledProgress;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.api.Tag(TestDatabases.BOTH_ENGINES)
class ImporterTest {
    private static final String CUSTOMERS = """
            customer_id,name,gender,birth_year,region,city,channel,signup_date,email
            C001,Ada Lovelace,F,1985,North,Leeds,online,2023-01-05,ada@example.com
            C002,"Wang, Fang",女,1990,East,Shanghai,store,2023/02/17,fang@example.com
            C003,Bob,,,,,,,
            """;
    private static final String PRODUCTS = """
            product_id,name,category,brand,price,tags,description
            P01,Kettle,Home,Brewster,39.90,kitchen;steel,"A kettle, quick"
            P02,Tea,Grocery,Leaf,¥1,299.00,tea,Green tea
            """;

    @TempDir
    Path dir;
    Database db;
    Importer importer;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.fresh();
        importer = new Importer(db, Messages.english());
        Files.writeString(dir.resolve("customers.csv"), CUSTOMERS);
        Files.writeString(dir.resolve("products.csv"), PRODUCTS.replace("¥1,299.00", "\"¥1,299.00\""));
        importer.importDirectory(dir, ImportOptions.defaults(), Progress.none());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve("in").resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    /** Imports {@code text} as {@code table}, expects a refusal, and checks that the database did not change. */
    private ImportFailedException refused(CrmTable table, String text) throws Exception {
        Path f = write(table.sqlName() + ".csv", text);
        String before = DatabaseSnapshot.of(db);
        ImportFailedException e = assertThrows(ImportFailedException.class,
                () -> importer.importFile(table, f, ImportOptions.defaults(), Progress.none()));
        assertEquals(before, DatabaseSnapshot.of(db), "a refused import must leave the database exactly as it was");
        assertFalse(e.report().committed());
        assertEquals(0, e.report().rowsLoaded());
        return e;
    }

    private static String first(ImportFailedException e) {
        return e.report().problems().get(0).toString();
    }

    @Test
    void loadsQuotedFieldsChineseGenderSlashedDatesAndFormattedMoney() throws Exception {
        assertEquals(3, DatabaseSnapshot.count(db, "customers"));
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT name, gender, signup_date FROM customers WHERE external_id='C002'");
            rs.next();
            assertEquals("Wang, Fang", rs.getString(1));
            assertEquals("F", rs.getString(2));
            assertEquals("2023-02-17", rs.getString(3));
            rs = s.executeQuery("SELECT price, description FROM products WHERE external_id='P02'");
            rs.next();
            assertEquals("1299.00", rs.getBigDecimal(1).toPlainString());
            rs = s.executeQuery("SELECT birth_year, gender FROM customers WHERE external_id='C003'");
            rs.next();
            assertEquals(0, rs.getInt(1));
            assertTrue(rs.wasNull(), "empty optional fields are stored as NULL");
            rs = s.executeQuery("SELECT COUNT(*) FROM imports");
            rs.next();
            assertEquals(2, rs.getInt(1), "each loaded file is recorded for provenance");
        }
    }

    @Test
    void semicolonTabBomAndChineseHeadersAreUnderstood() throws Exception {
        String semicolon = "\uFEFF用户ID;商品ID;评分;评分时间\nC001;P01;5;2024-01-02 10:00\nC002;P01;4;2024/1/3\n";
        importer.importFile(CrmTable.RATINGS, write("r1.csv", semicolon), ImportOptions.defaults(), Progress.none());
        String tab = "userId\titemId\tscore\nC003\tP02\t3\n";
        importer.importFile(CrmTable.RATINGS, write("r2.tsv", tab), ImportOptions.defaults(), Progress.none());
        assertEquals(3, DatabaseSnapshot.count(db, "ratings"));
    }

    @Test
    void notANumberNamesLineColumnValueAndExpectation() throws Exception {
        ImportFailedException e = refused(CrmTable.CUSTOMERS, """
                customer_id,name,birth_year
                C010,Ann,1970
                C011,Ben,nineteen
                """);
        assertEquals("customers.csv, line 3, column 3 (birth_year): found 'nineteen'; expected a whole number from 1900 to "
                + java.time.Year.now().getValue(), first(e));
    }

    @Test
    void ratingOffTheDeclaredScale() throws Exception {
        ImportFailedException e = refused(CrmTable.RATINGS, "customer_id,product_id,rating\nC001,P01,6\n");
        assertEquals("ratings.csv, line 2, column 3 (rating): found '6'; expected a rating on the declared scale, from 1 to 5",
                first(e));
        Path f = write("ten.csv", "customer_id,product_id,rating\nC001,P01,6\n");
        importer.importFile(CrmTable.RATINGS, f, ImportOptions.defaults().withRatingScale(1, 10), Progress.none());
        assertEquals(1, DatabaseSnapshot.count(db, "ratings"));
    }

    @Test
    void badDatesAreRefusedAndDayFirstIsAnOption() throws Exception {
        ImportFailedException e = refused(CrmTable.CUSTOMERS, "customer_id,signup_date\nC020,2024-02-30\nC021,31/12/2024\n");
        assertEquals(2, e.report().problemCount());
        assertTrue(first(e).startsWith("customers.csv, line 2, column 2 (signup_date): found '2024-02-30'; expected a date"));
        assertTrue(e.report().problems().get(1).toString().contains("line 3"));
        Path f = write("dmy.csv", "customer_id,signup_date\nC021,31/12/2024\nC022,2024年3月5日\nC023,05.03.2024\n");
        importer.importFile(CrmTable.CUSTOMERS, f, ImportOptions.defaults().withSlashedDates(SlashedDateOrder.DAY_FIRST),
                Progress.none());
        assertEquals(6, DatabaseSnapshot.count(db, "customers"));
    }

    @Test
    void unknownCustomerAndProductReferences() throws Exception {
        ImportFailedException e = refused(CrmTable.RATINGS, "customer_id,product_id,rating\nC999,P01,4\nC001,P77,4\n");
        assertEquals(2, e.report().problemCount());
        assertTrue(first(e).startsWith("ratings.csv, line 2, column 1 (customer_id): found 'C999'; expected the customer_id "
                + "of an existing row of customers"), first(e));
        assertTrue(e.report().problems().get(1).toString().contains("column 2 (product_id): found 'P77'"));
    }

    @Test
    void duplicateKeysInTheFileAndInTheDatabase() throws Exception {
        ImportFailedException e = refused(CrmTable.CUSTOMERS, "customer_id,name\nC100,A\nC100,B\nC001,C\n");
        assertEquals("customers.csv, line 3, column 1 (customer_id): found 'C100'; duplicate customer_id: the same id is "
                + "already on line 2 of this file", first(e));
        assertTrue(e.report().problems().get(1).toString().contains("already in the database"));
        ImportFailedException pairs = refused(CrmTable.RATINGS, "customer_id,product_id,rating\nC001,P01,4\nC001,P01,5\n");
        assertTrue(first(pairs).contains("line 3") && first(pairs).contains("line 2 of this file"), first(pairs));
    }

    @Test
    void missingRequiredColumnAndValue() throws Exception {
        ImportFailedException e = refused(CrmTable.RATINGS, "customer_id,product_id,stars_given\nC001,P01,4\n");
        assertEquals("ratings.csv, line 1: no column for the required field rating; the columns are: customer_id, "
                + "product_id, stars_given", first(e));
        ImportFailedException v = refused(CrmTable.PRODUCTS, "product_id,name\nP10,\n");
        assertEquals("products.csv, line 2, column 2 (name): found ''; a value is required here", first(v));
    }

    @Test
    void wrongFieldCountTooLongTextAndBadGender() throws Exception {
        ImportFailedException e = refused(CrmTable.CUSTOMERS, "customer_id,name,gender\nC200,Al\nC201,Bo,M,extra\n");
        assertEquals("customers.csv, line 2: expected 3 fields as in the header, found 2 (is a quote or separator missing?)",
                first(e));
        assertTrue(e.report().problems().get(1).toString().contains("line 3: expected 3 fields"));
        ImportFailedException g = refused(CrmTable.CUSTOMERS, "customer_id,gender,email\nC202,Q," + "x".repeat(300) + "\n");
        assertTrue(first(g).contains("column 2 (gender): found 'Q'; expected F, M or X"), first(g));
        assertTrue(g.report().problems().get(1).toString().contains("expected at most 254 characters, found 300"));
    }

    @Test
    void invalidUtf8IsReportedWithItsLine() throws Exception {
        Path f = dir.resolve("in").resolve("gbk.csv");
        Files.createDirectories(f.getParent());
        Files.write(f, "customer_id,name\nC300,Ann\nC301,王芳\n".getBytes(Charset.forName("GB18030")));
        String before = DatabaseSnapshot.of(db);
        ImportFailedException e = assertThrows(ImportFailedException.class,
                () -> importer.importFile(CrmTable.CUSTOMERS, f, ImportOptions.defaults(), Progress.none()));
        assertTrue(first(e).startsWith("gbk.csv, line 3, column 2 (name): the bytes here are not valid UTF-8 text"), first(e));
        assertEquals(before, DatabaseSnapshot.of(db));
        importer.importFile(CrmTable.CUSTOMERS, f, ImportOptions.defaults().withEncoding(Charset.forName("GB18030")),
                Progress.none());
        assertEquals(5, DatabaseSnapshot.count(db, "customers"));
    }

    @Test
    void emptyFileAndBrokenQuoting() throws Exception {
        ImportFailedException empty = refused(CrmTable.CUSTOMERS, "");
        assertEquals("customers.csv (whole file): the file is empty; expected a header row naming the columns",
                first(empty));
        ImportFailedException quote = refused(CrmTable.CUSTOMERS, "customer_id,name\nC400,\"Ann\"x\n");
        assertTrue(first(quote).startsWith("customers.csv, line 2: the CSV quoting is broken here"), first(quote));
    }

    @Test
    void aHeaderWithoutRowsIsRefusedAndRecordsNoImport() throws Exception {
        ImportFailedException alone = refused(CrmTable.CUSTOMERS, "customer_id,name\n\n");
        assertEquals("customers.csv (whole file): the file has a header but no rows; nothing to import", first(alone));
        assertEquals(1, alone.report().problemCount());

        // in a folder import an empty file is a data error too: the whole set is refused, the good file included
        Path set = dir.resolve("set-empty");
        Files.createDirectories(set);
        Files.writeString(set.resolve("customers.csv"), "customer_id,name\nC700,New\n");
        Files.writeString(set.resolve("ratings.csv"), "customer_id,product_id,rating\n");
        String before = DatabaseSnapshot.of(db);
        ImportFailedException e = assertThrows(ImportFailedException.class,
                () -> importer.importDirectory(set, ImportOptions.defaults(), Progress.none()));
        assertEquals("ratings.csv (whole file): the file has a header but no rows; nothing to import", first(e));
        assertEquals(before, DatabaseSnapshot.of(db));
    }

    @Test
    void aBinaryFileIsRefusedOnceAsNotTextBeforeParsingInTheImportAndThePreview() throws Exception {
        Path f = dir.resolve("in").resolve("program.csv");
        Files.createDirectories(f.getParent());
        byte[] elf = new byte[4096];
        new java.util.Random(5).nextBytes(elf);
        System.arraycopy(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0}, 0, elf, 0, 10);
        Files.write(f, elf);
        String before = DatabaseSnapshot.of(db);
        ImportFailedException e = assertThrows(ImportFailedException.class,
                () -> importer.importFile(CrmTable.CUSTOMERS, f, ImportOptions.defaults(), Progress.none()));
        assertEquals(1, e.report().problemCount());
        assertEquals("program.csv (whole file): the file does not look like a text (CSV/TSV) file; choose a CSV, TSV or XLSX export",
                first(e));
        assertEquals(before, DatabaseSnapshot.of(db));
        UnreadableFileException preview = assertThrows(UnreadableFileException.class,
                () -> importer.preview(CrmTable.CUSTOMERS, f, ImportOptions.defaults(), 10));
        assertEquals(first(e), preview.problem().toString(), "the wizard shows the same message");

        // text is not judged binary: UTF-16 with its mark, GB18030 read as UTF-8 (the encoding check names the line)
        byte[] utf16 = "\uFEFFcustomer_id,name\nC800,Ann\n".getBytes(StandardCharsets.UTF_16LE);
        assertFalse(RecordSources.looksBinary(utf16, StandardCharsets.UTF_8));
        assertFalse(RecordSources.looksBinary("customer_id,name\nC801,王芳\n".getBytes(Charset.forName("GB18030")),
                StandardCharsets.UTF_8));
        assertTrue(RecordSources.looksBinary(elf, Charset.forName("GB18030")));
    }

    @Test
    void aFieldTooLongToReadIsNamedWithLineColumnAndTheLimitNotAsBrokenQuoting() throws Exception {
        String huge = "x".repeat(CsvRecordSource.MAX_FIELD_CHARS + 1000);
        ImportFailedException e = refused(CrmTable.CUSTOMERS, "customer_id,name\nC900,Ann\nC901," + huge + "\n");
        assertEquals("customers.csv, line 3, column 2 (name): this field is longer than the 16,777,216 characters a "
                + "field may have; is it the right file, or is a separator or line break missing?", first(e));
        ImportFailedException open = refused(CrmTable.CUSTOMERS, "customer_id,name\nC902,\"Ann\n" + huge + "\n");
        assertEquals("customers.csv, line 2, column 2 (name): the CSV quoting is broken here: the quote that opens "
                + "this field is not closed within 16,777,216 characters", first(open));
    }

    @Test
    void theLongFieldIsFoundAcrossQuotesDoubledQuotesAndLineBreaks() throws Exception {
        String text = "a,b\r\n\"x\"\"\ny\",zzzzzz\n1,2\n";
        LongFieldFinder.LongField f = LongFieldFinder.find(new java.io.StringReader(text), ',', 5);
        assertEquals(new LongFieldFinder.LongField(2, 2, false), f);
        assertEquals(new LongFieldFinder.LongField(2, 1, true),
                LongFieldFinder.find(new java.io.StringReader(text), ',', 3));
        assertEquals(null, LongFieldFinder.find(new java.io.StringReader(text), ',', 6));
    }

    @Test
    void aBadSecondFileRollsBackTheWholeDataSet() throws Exception {
        Path set = dir.resolve("set");
        Files.createDirectories(set);
        Files.writeString(set.resolve("customers.csv"), "customer_id,name\nC500,New\n");
        Files.writeString(set.resolve("orders.csv"), "order_id,customer_id,order_date,total\nO1,C500,2024-01-01,10\n"
                + "O2,C500,yesterday,5\n");
        String before = DatabaseSnapshot.of(db);
        ImportFailedException e = assertThrows(ImportFailedException.class,
                () -> importer.importDirectory(set, ImportOptions.defaults(), Progress.none()));
        assertEquals("orders.csv, line 3, column 3 (order_date): found 'yesterday'; expected a date such as 2024-03-31 "
                + "(also 2024/3/31, 31.03.2024, 2024年3月31日, or 03/31/2024 month first)", first(e));
        assertEquals(before, DatabaseSnapshot.of(db));
    }

    @Test
    void laterFilesMayReferToRowsOfEarlierFilesInTheSameImport() throws Exception {
        Path set = dir.resolve("set2");
        Files.createDirectories(set);
        Files.writeString(set.resolve("customers.csv"), "customer_id,name\nC600,New\n");
        Files.writeString(set.resolve("sales_reps.csv"), "rep_id,name\nR1,Rita\n");
        Files.writeString(set.resolve("orders.csv"), "order_id,customer_id,order_date,rep_id,total\nO1,C600,2024-01-01,R1,10\n");
        Files.writeString(set.resolve("order_lines.csv"), "order_id,product_id,quantity,unit_price\nO1,P01,2,5.00\n");
        Files.writeString(set.resolve("feedback.csv"), "feedback_id,customer_id,text,language\nF1,C600,很好,中文\n");
        ImportReport r = importer.importDirectory(set, ImportOptions.defaults(), Progress.none());
        assertEquals(5, r.rowsLoaded());
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT c.external_id, p.external_id, f.language FROM order_lines l "
                    + "JOIN orders o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id "
                    + "JOIN products p ON p.id = l.product_id JOIN feedback f ON f.customer_id = c.id");
            assertTrue(rs.next());
            assertEquals("C600", rs.getString(1));
            assertEquals("P01", rs.getString(2));
            assertEquals("zh", rs.getString(3));
        }
    }

    @Test
    void skipModeLoadsGoodRowsAndWritesReimportableRejects() throws Exception {
        Path f = write("ratings.csv", "customer_id,product_id,rating\nC001,P01,4\nC001,P02,9\nC404,P02,3\nC002,P02,5\n");
        Path rejects = dir.resolve("out").resolve("rejects.csv");
        ImportReport r = importer.importFile(CrmTable.RATINGS, f, ImportOptions.defaults().skippingBadRows(rejects),
                Progress.none());
        assertTrue(r.committed());
        assertEquals(2, r.rowsLoaded());
        assertEquals(2, r.rowsRejected());
        assertEquals(List.of(rejects), r.rejects());
        List<String> lines = Files.readAllLines(rejects, StandardCharsets.UTF_8);
        assertEquals("customer_id,product_id,rating,reject_line,reject_reasons", lines.get(0));
        assertTrue(lines.get(1).startsWith("C001,P02,9,3,\"ratings.csv, line 3, column 3 (rating): found '9'"), lines.get(1));
        assertTrue(lines.get(2).startsWith("C404,P02,3,4,"), lines.get(2));
        // fix the rejects in place and load them again: the two extra columns are ignored
        Files.writeString(rejects, Files.readString(rejects).replace("C001,P02,9", "C001,P02,2").replace("C404", "C003"));
        ImportReport again = importer.importFile(CrmTable.RATINGS, rejects, ImportOptions.defaults(), Progress.none());
        assertEquals(2, again.rowsLoaded());
        assertTrue(again.files().get(0).ignoredHeaders().contains("reject_reasons"));
    }

    @Test
    void checkReportsWithoutStoring() throws Exception {
        Path f = write("customers.csv", "customer_id,name\nC700,A\nC701,B\n");
        String before = DatabaseSnapshot.of(db);
        ImportReport r = importer.check(List.of(new ImportRequest(CrmTable.CUSTOMERS, f)), ImportOptions.defaults(),
                Progress.none());
        assertFalse(r.committed());
        assertEquals(2, r.rowsRead());
        assertEquals(0, r.problemCount());
        assertEquals(before, DatabaseSnapshot.of(db));
    }

    @Test
    void cancelRollsBack() throws Exception {
        StringBuilder sb = new StringBuilder("customer_id,name\n");
        for (int i = 0; i < 50_000; i++) {
            sb.append("X").append(i).append(",Name ").append(i).append('\n');
        }
        Path f = write("many.csv", sb.toString());
        String before = DatabaseSnapshot.of(db);
        Progress cancelling = CancelledProgress.afterReports(3);
        assertThrows(CancelledException.class,
                () -> importer.importFile(CrmTable.CUSTOMERS, f, ImportOptions.defaults(), cancelling));
        assertEquals(before, DatabaseSnapshot.of(db));
    }

    @Test
    void mappingOverrideAndIgnoredColumns() throws Exception {
        Path f = write("c.csv", "code,full name,notes\nC800,Zoe,vip\n");
        ImportOptions o = ImportOptions.defaults().withMapping(Map.of("customer_id", "code"));
        ImportPreview p = importer.preview(CrmTable.CUSTOMERS, f, o, 10);
        assertEquals("code", p.mapping().headerOf("customer_id"));
        assertEquals("full name", p.mapping().headerOf("name"));
        ImportReport r = importer.importFile(CrmTable.CUSTOMERS, f, o, Progress.none());
        assertEquals(List.of("notes"), r.files().get(0).ignoredHeaders());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> importer.importFile(CrmTable.CUSTOMERS, f, o.withMapping(Map.of("customer_id", "nope")), Progress.none()));
        assertTrue(bad.getMessage().contains("No column named 'nope'"));
    }

    @Test
    void chineseMessagesNameTheSamePlace() throws Exception {
        ImportFailedException e = refused(CrmTable.RATINGS, "customer_id,product_id,rating\nC001,P01,0\n");
        String zh = e.report().problems().get(0).describe(new Messages(java.util.Locale.SIMPLIFIED_CHINESE));
        assertEquals("ratings.csv，第 2 行，第 3 列（rating）：实际为“0”，应为声明的评分范围 1 到 5 之内的评分", zh);
    }

    @Test
    void aProblemOnTheLastLineOfABigFileStillStoresNothing() throws Exception {
        StringBuilder sb = new StringBuilder("customer_id,name,birth_year\n");
        for (int i = 0; i < 60_000; i++) {
            sb.append("B").append(i).append(",Name ").append(i).append(",1980\n");
        }
        sb.append("B-last,Last,3000\n");
        ImportFailedException e = refused(CrmTable.CUSTOMERS, sb.toString());
        assertEquals(1, e.report().problemCount());
        assertEquals(60_001, e.report().rowsRead());
        assertTrue(first(e).startsWith("customers.csv, line 60002, column 3 (birth_year): found '3000'"), first(e));
    }
}
