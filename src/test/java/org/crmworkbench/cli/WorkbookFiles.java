package org.crmworkbench.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a table of cells as an XLSX workbook (numbers as numbers and ISO dates as date cells at random, like a
 * spreadsheet would), and damages workbooks the ways the fuzzer tries: a cut or changed ZIP, entries missing or
 * renamed, sheet XML broken, cells of impossible types, positions or values.
 */
final class WorkbookFiles {
    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String[] ENTRIES = {SHEET, "xl/workbook.xml", "xl/sharedStrings.xml", "[Content_Types].xml",
        "xl/styles.xml", "_rels/.rels", "xl/_rels/workbook.xml.rels"};

    private WorkbookFiles() {
    }

    static byte[] xlsx(FuzzDataSet.Sheet sheet, Random random) throws IOException {
        boolean typed = random.nextBoolean();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "fuzz", "1.0");
        Worksheet ws = wb.newWorksheet("Sheet1");
        List<List<String>> lines = new ArrayList<>();
        lines.add(sheet.header());
        lines.addAll(sheet.rows());
        for (int r = 0; r < lines.size(); r++) {
            List<String> row = lines.get(r);
            for (int c = 0; c < row.size() && c < 16_384; c++) {
                write(ws, r, c, row.get(c), typed && r > 0);
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    private static void write(Worksheet ws, int r, int c, String v, boolean typed) {
        if (typed && v.matches("-?\\d{1,12}(\\.\\d{1,6})?")) {
            ws.value(r, c, new BigDecimal(v));
            return;
        }
        if (typed && v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                ws.value(r, c, LocalDate.parse(v));
                ws.style(r, c).format("yyyy-mm-dd").set();
                return;
            } catch (DateTimeParseException ignored) {
                // written as text below
            }
        }
        if (!v.isEmpty()) {
            ws.value(r, c, v);
        }
    }

    /** Applies one seeded piece of damage to a workbook's bytes; {@code out[0]} receives what it did. */
    static byte[] damage(byte[] xlsx, Random random, String[] out) throws IOException {
        int kind = random.nextInt(10);
        switch (kind) {
            case 0: {
                int at = random.nextInt(xlsx.length);
                out[0] = "ZIP truncated at byte " + at;
                return Arrays.copyOf(xlsx, at);
            }
            case 1: {
                byte[] b = xlsx.clone();
                int flips = 1 + random.nextInt(6);
                for (int i = 0; i < flips; i++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                out[0] = "ZIP with " + flips + " byte(s) changed";
                return b;
            }
            case 2: {
                Map<String, byte[]> entries = entries(xlsx);
                String gone = ENTRIES[random.nextInt(ENTRIES.length)];
                entries.remove(gone);
                out[0] = "entry " + gone + " removed";
                return zip(entries);
            }
            case 3: {
                Map<String, byte[]> entries = entries(xlsx);
                byte[] sheet = entries.remove(SHEET);
                String name = random.nextBoolean() ? "xl/worksheets/sheet2.xml" : "xl/worksheets/Sheet1.XML";
                entries.put(name, sheet == null ? new byte[0] : sheet);
                out[0] = "sheet renamed " + name;
                return zip(entries);
            }
            case 4: {
                String[] texts = {"", "not a zip", "PK\u0003\u0004", "customer_id,name\nC1,Ann\n"};
                int i = random.nextInt(texts.length + 1);
                out[0] = i == texts.length ? "empty ZIP" : "no workbook: '" + CellMutations.shown(texts[i]) + "'";
                return i == texts.length ? zip(new LinkedHashMap<>()) : texts[i].getBytes(StandardCharsets.ISO_8859_1);
            }
            default: {
                Map<String, byte[]> entries = entries(xlsx);
                String target = random.nextInt(4) == 0 ? pickXml(entries, random) : SHEET;
                byte[] xml = entries.get(target);
                String text = xml == null ? "" : new String(xml, StandardCharsets.UTF_8);
                String[] what = new String[1];
                List<String> did = new ArrayList<>();
                int times = 1 + random.nextInt(3);
                for (int i = 0; i < times; i++) {
                    text = SheetXmlDamage.apply(text, random, what);
                    did.add(what[0]);
                }
                entries.put(target, text.getBytes(StandardCharsets.UTF_8));
                out[0] = target + ": " + String.join(", ", did);
                return zip(entries);
            }
        }
    }

    private static String pickXml(Map<String, byte[]> entries, Random random) {
        List<String> names = new ArrayList<>(entries.keySet());
        return names.get(random.nextInt(names.size()));
    }

    /** The workbook's entries (read from a file: fastexcel's stored entries defeat {@code ZipInputStream}). */
    static Map<String, byte[]> entries(byte[] xlsx) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Path file = Files.createTempFile("fuzz", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    try (InputStream in = zip.getInputStream(e)) {
                        entries.put(e.getName(), in.readAllBytes());
                    }
                }
            }
        } finally {
            Files.delete(file);
        }
        return entries;
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
