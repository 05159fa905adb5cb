package org.crmworkbench.data.imports;

import org.crmworkbench.testing.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseContentHash;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What issue 23's import fuzzer ({@code ImportFuzzTest}, seed 23) found, one test per finding, each named after it:
 * refused with located, one-line problems and the database left as it was, or read as what it means.
 */
@org.junit.jupiter.api.Tag(TestDatabases.BOTH_ENGINES)
class ImportFuzzFindingsTest {
    @TempDir
    Path dir;
    Database db;
    Importer importer;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.fresh();
        importer = new Importer(db, Messages.english());
        Files.writeString(dir.resolve("customers.csv"), "customer_id,name\nC001,Ada\n");
        Files.writeString(dir.resolve("products.csv"), "product_id,name\nP01,Kettle\nP02,Tea\n");
        Files.writeString(dir.resolve("orders.csv"), "order_id,customer_id,order_date\nO001,C001,2024-01-05\n");
        importer.importDirectory(dir, ImportOptions.defaults(), Progress.none());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<ImportProblem> refused(CrmTable table, String name, byte[] bytes) throws Exception {
        Path f = Files.createDirectories(dir.resolve("in")).resolve(name);
        Files.write(f, bytes);
        String before = DatabaseContentHash.of(db);
        ImportFailedException e = assertThrows(ImportFailedException.class,
                () -> importer.importFile(table, f, ImportOptions.defaults(), Progress.none()));
        assertEquals(before, DatabaseContentHash.of(db), "a refused import leaves the database as it was");
        return e.report().problems();
    }

    private static void assertOneLine(ImportProblem p) {
        String said = p.describe(Messages.english());
        assertFalse(said.contains("\n") || said.contains("\r") || said.contains("\u2028"), said);
    }

    /** Fuzz case 783: a quote opened in the header swallowed the data lines into a header cell. */
    @Test
    void findingHeaderWithLineBreaksListedInAMissingColumnMessageStaysOnOneLine() throws Exception {
        List<ImportProblem> problems = refused(CrmTable.ORDER_LINES, "order_lines.csv",
                "order_id,product_id,quant,\"xity,unit_price\nO001,P02,2,24.00\nO001,P01,1,8.00\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(2, problems.size(), problems.toString());
        for (ImportProblem p : problems) {
            assertOneLine(p);
        }
        assertTrue(problems.get(0).toString().startsWith("order_lines.csv, line 1: no column for the required field "
                + "quantity; the columns are: order_id, product_id, quant, xity,unit_price\\nO001,P02,2,24.00\\nO001"),
                problems.get(0).toString());
    }

    @Test
    void aHeaderWithLineBreaksNamedInALocationStaysOnOneLine() {
        ImportProblem p = new ImportProblem("f.csv", 3, 2, "na\nme\u2028", "x\ry", "import.problem.required");
        assertOneLine(p);
        assertEquals("f.csv, line 3, column 2 (na\\nme\\u2028): found 'x\\ry'; a value is required here", p.toString());
    }

    @Test
    void aThousandHeadersListedInAMessageAreCutShort() throws Exception {
        StringBuilder header = new StringBuilder("order_id");
        for (int i = 0; i < 1_000; i++) {
            header.append(",h").append(i);
        }
        List<ImportProblem> problems = refused(CrmTable.ORDER_LINES, "order_lines.csv",
                (header + "\nO001\n").getBytes(StandardCharsets.UTF_8));
        String said = problems.get(0).toString();
        assertTrue(said.length() < 500 && said.endsWith("…"), said);
    }

    private static byte[] workbook(Object[][] cells, int dateStyledRow, int dateStyledColumn) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "t", "1.0");
        org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Sheet1");
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cells[r].length; c++) {
                if (cells[r][c] instanceof Number n) {
                    ws.value(r, c, n);
                } else {
                    ws.value(r, c, (String) cells[r][c]);
                }
            }
        }
        ws.style(dateStyledRow, dateStyledColumn).format("yyyy-mm-dd").set();
        wb.finish();
        return out.toByteArray();
    }

    /**
     * Fuzz finding (a date-styled cell with a value no calendar has): {@code 1e300} or {@code -1e10} under a date
     * format crashed the import with a {@code DateTimeException} and a stack trace (exit 1). The number is now read
     * as a number, which the date field refuses with its cell.
     */
    @Test
    void findingDateStyledNumberOutsideTheCalendarIsRefusedAtItsCell() throws Exception {
        for (double v : new double[] {1e300, -1e10, -1}) {
            List<ImportProblem> problems = refused(CrmTable.CUSTOMERS, "customers.xlsx", workbook(new Object[][] {
                {"customer_id", "signup_date"}, {"C100", v}}, 1, 1));
            assertEquals(1, problems.size(), problems.toString());
            ImportProblem p = problems.get(0);
            assertEquals(2, p.line());
            assertEquals(2, p.column(), p.toString());
            assertEquals("import.problem.notDate.monthFirst", p.messageKey(), p.toString());
        }
    }

    @Test
    void aDateStyledDayOfTheCalendarIsStillADate() throws Exception {
        Path f = Files.createDirectories(dir.resolve("in")).resolve("customers.xlsx");
        Files.write(f, workbook(new Object[][] {{"customer_id", "signup_date"}, {"C100", 45293}}, 1, 1));
        importer.importFile(CrmTable.CUSTOMERS, f, ImportOptions.defaults(), Progress.none());
        try (java.sql.Connection c = db.connect(); java.sql.ResultSet rs = c.createStatement().executeQuery(
                "SELECT signup_date FROM customers WHERE external_id = 'C100'")) {
            assertTrue(rs.next());
            assertEquals("2024-01-02", rs.getString(1));
        }
    }

    /** A workbook whose sheet declares an external entity is refused whole; the entity's file is never read in. */
    @Test
    void aWorkbookWithAnExternalEntityIsRefusedWithoutReadingTheFile() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        byte[] plain = workbook(new Object[][] {{"customer_id", "name"}, {"C100", "x"}}, 1, 1);
        java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        Path tmp = Files.write(dir.resolve("plain.xlsx"), plain);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(tmp.toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
            }
        }
        String sheet = new String(entries.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        sheet = sheet.replaceFirst("^<\\?xml[^>]*\\?>", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \""
                + secret.toUri() + "\">]>").replaceFirst("<v>", "<v>&e;");
        entries.put("xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        List<ImportProblem> problems = refused(CrmTable.CUSTOMERS, "customers.xlsx", out.toByteArray());
        assertFalse(problems.toString().contains("TOP-SECRET"), problems.toString());
        assertEquals("import.problem.notXlsx", problems.get(0).messageKey());
    }

    /**
     * Fuzz finding (seed 23, case 187): a shared-string cell naming string 99,999,999 of a workbook with 25 made the
     * workbook reader fill its table up to that index (47 s; 2,147,483,647 would exhaust the memory). Such a workbook
     * is refused as damaged at once.
     */
    @Test
    void findingSharedStringIndexFarBeyondTheTableIsRefusedAtOnce() throws Exception {
        byte[] plain = workbook(new Object[][] {{"customer_id", "name"}, {"C100", "x"}}, 1, 1);
        Path tmp = Files.write(dir.resolve("plain.xlsx"), plain);
        java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(tmp.toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
            }
        }
        String sheet = new String(entries.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        int last = sheet.lastIndexOf("t=\"s\"><v>");
        sheet = sheet.substring(0, last) + "t=\"s\"><v>2147483647" + sheet.substring(sheet.indexOf("</v>", last));
        entries.put("xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        List<ImportProblem> problems = refused(CrmTable.CUSTOMERS, "customers.xlsx", out.toByteArray());
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("customers.xlsx (whole file): not a readable XLSX workbook: the file is damaged or is no workbook; "
                + "open it in a spreadsheet program and save it again as .xlsx", problems.get(0).toString());
    }
}
