package org.crmworkbench.data.imports;

import org.crmworkbench.testing.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseSnapshot;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad input issue 23's audit found getting through the import or crashing it: each is refused with its line and
 * column (the database left exactly as it was), or read as what it means.
 */
@org.junit.jupiter.api.Tag(TestDatabases.BOTH_ENGINES)
class ImportAuditFindingsTest {
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
        importer.importDirectory(dir, ImportOptions.defaults(), Progress.none());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve("in").resolve(name);
        Files.createDirectories(f.getParent());
        Files.write(f, bytes);
        return f;
    }

    private String refused(CrmTable table, String text) throws Exception {
        return refused(table, text.getBytes(StandardCharsets.UTF_8));
    }

    private String refused(CrmTable table, byte[] bytes) throws Exception {
        Path f = write(table.sqlName() + ".csv", bytes);
        String before = DatabaseSnapshot.of(db);
        ImportFailedException e = assertThrows(ImportFailedException.class,
                () -> importer.importFile(table, f, ImportOptions.defaults(), Progress.none()));
        assertEquals(before, DatabaseSnapshot.of(db), "a refused import must leave the database exactly as it was");
        assertFalse(e.report().committed());
        return e.report().problems().get(0).toString();
    }

    @Test
    void aMonthSignBeforeTheYearIsNoDateAndNoCrash() throws Exception {
        String message = refused(CrmTable.CUSTOMERS, "customer_id,signup_date\nC100,月000年1日\n");
        assertTrue(message.startsWith("customers.csv, line 2, column 2 (signup_date): found '月000年1日'"), message);
    }

    @Test
    void amountsWithHugeExponentsAreReadOrRefusedWithTheirCell() throws Exception {
        Path f = write("orders.csv", ("order_id,customer_id,order_date,total\nO1,C001,2025-01-02,0e-999999999\n"
                + "O2,C001,2025-01-03,1.5E+2\n").getBytes(StandardCharsets.UTF_8));
        importer.importFile(CrmTable.ORDERS, f, ImportOptions.defaults(), Progress.none());
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT total FROM orders ORDER BY external_id")) {
            rs.next();
            assertEquals(0, rs.getBigDecimal(1).signum());
            rs.next();
            assertEquals(0, rs.getBigDecimal(1).compareTo(new java.math.BigDecimal("150")));
        }
        String tiny = refused(CrmTable.ORDERS, "order_id,customer_id,order_date,total\nO3,C001,2025-01-02,"
                + "1e-2147483647\n");
        assertTrue(tiny.startsWith("orders.csv, line 2, column 4 (total)"), tiny);
        String huge = refused(CrmTable.ORDERS, "order_id,customer_id,order_date,total\nO4,C001,2025-01-02,"
                + "1E+2147483647\n");
        assertTrue(huge.startsWith("orders.csv, line 2, column 4 (total)"), huge);
    }

    @Test
    void integersBeyondALongAreRefusedNotWrapped() throws Exception {
        String year = refused(CrmTable.CUSTOMERS, "customer_id,birth_year\nC100,18446744073709553566\n");
        assertTrue(year.startsWith("customers.csv, line 2, column 2 (birth_year)"), year);
        Path orders = write("orders.csv", "order_id,customer_id,order_date\nO1,C001,2025-01-02\n"
                .getBytes(StandardCharsets.UTF_8));
        importer.importFile(CrmTable.ORDERS, orders, ImportOptions.defaults(), Progress.none());
        String quantity = refused(CrmTable.ORDER_LINES, "order_id,product_id,quantity,unit_price\n"
                + "O1,P01,18446744073709551617,2.00\n");
        assertTrue(quantity.startsWith("order_lines.csv, line 2, column 3 (quantity)"), quantity);
    }

    @Test
    void hexFloatsAndTypeSuffixesAreNoRatings() throws Exception {
        for (String rating : new String[] {"0x1p2", "4F", "4d", "Infinity"}) {
            String message = refused(CrmTable.RATINGS, "customer_id,product_id,rating\nC001,P01," + rating + "\n");
            assertTrue(message.startsWith("ratings.csv, line 2, column 3 (rating): found '" + rating + "'"), message);
        }
    }

    @Test
    void aHeaderWithBytesThatAreNotUtf8IsRefusedWhereItIs() throws Exception {
        byte[] head = "customer_id,signup".getBytes(StandardCharsets.UTF_8);
        byte[] rest = "_date\nC100,2025-01-01\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1 + rest.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xFF;
        System.arraycopy(rest, 0, bytes, head.length + 1, rest.length);
        String message = refused(CrmTable.CUSTOMERS, bytes);
        assertTrue(message.startsWith("customers.csv, line 1, column 2"), message);
        assertTrue(message.contains("not valid UTF-8"), message);
    }

    @Test
    void aByteOrderMarkAtTheStartOfADataLineIsNotPartOfTheKey() throws Exception {
        Path f = write("customers.csv", "customer_id,name\n\uFEFFZZ0010,Zoe\n".getBytes(StandardCharsets.UTF_8));
        importer.importFile(CrmTable.CUSTOMERS, f, ImportOptions.defaults(), Progress.none());
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT COUNT(*) FROM customers WHERE external_id = 'ZZ0010'")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }

    @Test
    void aProblemOfTheWholeFileSaysSo() throws Exception {
        String message = refused(CrmTable.CUSTOMERS, "");
        assertTrue(message.startsWith("customers.csv (whole file): "), message);
    }

    @Test
    void aDamagedWorkbookIsNamedAsOneWithoutTheParsersWords() throws Exception {
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            out.write("<Types><Override PartName=\"/xl/workbook.xml\"".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
            out.write("<workbook><sheets><sheet name=\"a\" r:id=".getBytes(StandardCharsets.UTF_8));
        }
        Path f = write("customers.xlsx", zip.toByteArray());
        String before = DatabaseSnapshot.of(db);
        ImportFailedException e = assertThrows(ImportFailedException.class,
                () -> importer.importFile(CrmTable.CUSTOMERS, f, ImportOptions.defaults(), Progress.none()));
        assertEquals(before, DatabaseSnapshot.of(db));
        String message = e.report().problems().get(0).toString();
        assertTrue(message.startsWith("customers.xlsx (whole file): not a readable XLSX workbook"), message);
        assertFalse(message.contains("Exception") || message.contains("com.") || message.contains("aalto"), message);
    }

    @Test
    void aRowWiderThanTheParserTakesIsNamedAsTooWideNotAsBrokenQuoting() throws Exception {
        StringBuilder header = new StringBuilder("customer_id");
        for (int c = 1; c <= CsvRecordSource.MAX_FIELDS; c++) {
            header.append(",x").append(c);
        }
        String message = refused(CrmTable.CUSTOMERS, header + "\nC100" + "\n");
        assertTrue(message.startsWith("customers.csv, line 1: this row has more than 16,384 columns"), message);
    }

    @Test
    void orderLinesAreIdentifiedByOrderAndProductSoAReimportDoesNotDoubleThem() throws Exception {
        Path orders = write("orders.csv", "order_id,customer_id,order_date\nO1,C001,2025-01-02\n"
                .getBytes(StandardCharsets.UTF_8));
        importer.importFile(CrmTable.ORDERS, orders, ImportOptions.defaults(), Progress.none());
        Path lines = write("order_lines.csv", "order_id,product_id,quantity,unit_price\nO1,P01,2,3.50\n"
                .getBytes(StandardCharsets.UTF_8));
        importer.importFile(CrmTable.ORDER_LINES, lines, ImportOptions.defaults(), Progress.none());
        String again = refused(CrmTable.ORDER_LINES, "order_id,product_id,quantity,unit_price\nO1,P01,2,3.50\n");
        assertTrue(again.startsWith("order_lines.csv, line 2: duplicate order line"), again);
        assertTrue(again.contains("already in the database"), again);
        assertEquals(1, DatabaseSnapshot.count(db, "order_lines"));
        String twice = refused(CrmTable.ORDER_LINES, "order_id,product_id,quantity,unit_price\nO1,P02,1,1.00\n"
                + "O1,P02,4,1.00\n");
        assertTrue(twice.startsWith("order_lines.csv, line 3: duplicate order line"), twice);
        assertTrue(twice.contains("on line 2 of this file"), twice);
    }
}
