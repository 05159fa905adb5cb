package org.crmworkbench.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded damage to a table of cells, before it is written as CSV or XLSX: exotic numbers and dates, duplicated,
 * removed, renamed and reordered columns, duplicated and dangling keys, ragged rows, very long and odd text. Each
 * mutation says what it did, so a failing case can be read back from the test's message.
 */
final class CellMutations {
    static final Set<String> NUMERIC = Set.of("birth_year", "price", "total", "quantity", "unit_price", "rating");
    static final Set<String> DATES = Set.of("signup_date", "hired_on", "order_date", "rated_at", "created_at");
    static final Set<String> REFERENCES = Set.of("customer_id", "product_id", "rep_id", "order_id");

    static final String[] NUMBERS = {"18446744073709551617", "18446744073709553566", "-9223372036854775809",
        "9223372036854775807", "-1", "-0", "+0", "0", "00000000000000000000001", "0x1p2", "0x10", "4F", "4d", "4.0f",
        "1e309", "-1e309", "1e-400", "0e-999999999", "0E-2147483647", "1E+2147483647", "1E2147483648", "1e9999",
        "NaN", "Infinity", "-Infinity", "１２３", "٣", "१२", "1_000", "1,000.00", "1.000,50", "¥1,299.50", "$-5",
        "€", "¥", "12.345", "12.", ".5", "-.5", "1e2", "1E+2", "3.5e0", "2,5", "4 ", " 4", "0.0000000000000000001",
        "99999999999999999999999999999999999999.99", "1e10", "1000001", "2147483648", "4294967296", "5.00000000001",
        "1/2", "½", "Ⅳ", "四", "+-1", "--1", "1-", "1..2", "e5", "1e", ".", "-", "+", "0b101", "0o7", "1L", "\u22121"};

    static final String[] DATES_POOL = {"月000年1日", "2024年13月1日", "2024年2月30日", "年月日", "2024年3月31",
        "2024年月31日", "2024年3月日", "0000年1月1日", "99999年1月1日", "2024年００3月1日", "二〇二四年三月三十一日",
        "2024年３月31日", "令和6年3月31日", "民国113年3月31日", "0000-00-00", "2024-00-10", "2024-02-29",
        "2023-02-29", "2024-02-29T25:00:00", "2024-3-31", "31/12/2024", "12/31/24", "13/13/2024", "20241301",
        "2024-03-31T14:05:00+08:00", "2024-03-31T14:05:00Z", "2024-03-31 14:05:60", "2024-03-31T14:05:00.1234567890",
        "9999999-01-01", "2024.3.31.", "2024/03", "-2024-01-01", "2024-01-01T", "T", " T ", "2024-01-01T1:2",
        "2024-01-01T:", "2024-01-01T::", "2024-01-01 12:00:00 PM", "2024-01-01T12:00:00-", "2024-01-01T-1:00",
        "31.03.24", "3.31.2024", "2024-W13-7", "2024-091", "1704067200", "45382", "Mar 31 2024", "31 March 2024",
        "2024−03−31", "２０２４-０３-３１", "2024-03-31\u00A0", "2024--03-31", "2024-03--31", "/", "//", "..",
        "2024年", "年", "日", "月", "2024年3月31日日", "12345678", "00000000", "29990231", "1-1-1",
        "00/00/0000", "2024-03-31T24:00", "2024-03-31T23:59:59.", "2024-03-31T23:59:59.x", "2024-03-31T1:02:03:04"};

    static final String[] TEXTS = {"", " ", "\u00A0", "\u3000", "\uFEFF", "\uFEFFC101", "\u200B", "\u202Eevil",
        "tab\there", "line\nbreak", "cr\ronly", "quote\"inside", "\"", "\"\"", "'", "=1+1", "@SUM(A1)", "-2+3",
        "😀😀", "\uD83D", "\uDE00", "\u0001\u0002", "\u007F", "\u0085next", "\u2028sep", "NULL", "null", "N/A",
        "C001", "c001", " C001 ", "ＣＯＯ１", "女", "男性", "其他", "female", "Q", "zh-Hans-CN", "中文", "x-klingon",
        "en_us", "e", "语言", "<b>bold</b>", "&amp;", "]]>", "<![CDATA[x]]>", "%s%n", "{0}", "''{1}''", "\\",
        "a,b", "a;b", "a|b", "日本語のテキスト", "Ünïcödé", "\u0000"};

    static final String[] HEADERS = {"", " ", "id", "ID", "Id", "客户ID", "user id", "User-ID", "customer_id",
        "product_id", "order_id", "name", "rating", "date", "日期", "金额", "\uFEFFcustomer_id", "customer_id\u00A0",
        "ｃｕｓｔｏｍｅｒ＿ｉｄ", "#1", "=A1", "\"", "x", "column with a very long name indeed", "评分", "NAME",
        "quantity", "price", "total", "text", "question", "intent", "rep_id", "rated_at"};

    private CellMutations() {
    }

    /** Applies one seeded mutation to {@code sheet}; returns what it did. */
    static String apply(FuzzDataSet.Sheet sheet, Random random) {
        List<String> header = sheet.header();
        List<List<String>> rows = sheet.rows();
        if (header.isEmpty()) {
            header.add("x");
        }
        int kind = random.nextInt(20);
        switch (kind) {
            case 0, 1: {
                int c = columnIn(header, NUMERIC, random);
                String v = pick(NUMBERS, random);
                return setCell(sheet, random, c, v, "number");
            }
            case 2, 3: {
                int c = columnIn(header, DATES, random);
                String v = pick(DATES_POOL, random);
                return setCell(sheet, random, c, v, "date");
            }
            case 4, 5: {
                String v = pick(TEXTS, random);
                return setCell(sheet, random, random.nextInt(header.size()), v, "text");
            }
            case 6: {
                if (rows.isEmpty()) {
                    return "no rows to duplicate";
                }
                int r = random.nextInt(rows.size());
                rows.add(random.nextInt(rows.size() + 1), new ArrayList<>(rows.get(r)));
                return "row " + r + " duplicated";
            }
            case 7: {
                List<String> stored = FuzzDataSet.storedIdentity(sheet.table());
                if (rows.isEmpty() || stored.isEmpty()) {
                    return "no stored identity";
                }
                int r = random.nextInt(rows.size());
                for (int c = 0; c < stored.size() && c < rows.get(r).size(); c++) {
                    rows.get(r).set(c, stored.get(c));
                }
                return "row " + r + " given a stored row's identity " + stored;
            }
            case 8: {
                int c = columnIn(header, REFERENCES, random);
                return setCell(sheet, random, c, random.nextBoolean() ? "ZZ999" : "c001", "missing reference");
            }
            case 9: {
                int c = random.nextInt(header.size());
                header.remove(c);
                for (List<String> row : rows) {
                    if (c < row.size()) {
                        row.remove(c);
                    }
                }
                return "column " + c + " removed";
            }
            case 10: {
                int c = random.nextInt(header.size());
                header.add(c, header.get(c));
                for (List<String> row : rows) {
                    if (c < row.size()) {
                        row.add(c, row.get(c));
                    }
                }
                return "column " + c + " duplicated";
            }
            case 11: {
                long seed = random.nextLong();
                Collections.shuffle(header, new Random(seed));
                for (List<String> row : rows) {
                    Collections.shuffle(row, new Random(seed));
                }
                return "columns reordered";
            }
            case 12: {
                int c = random.nextInt(header.size());
                String h = random.nextInt(4) == 0 ? header.get(random.nextInt(header.size())) : pick(HEADERS, random);
                header.set(c, h);
                return "header " + c + " renamed '" + h + "'";
            }
            case 13: {
                rows.clear();
                return "header only";
            }
            case 14: {
                header.clear();
                header.addAll(rows.isEmpty() ? List.of("x") : rows.remove(0));
                return "header row removed";
            }
            case 15: {
                if (rows.isEmpty()) {
                    return "no rows";
                }
                List<String> row = rows.get(random.nextInt(rows.size()));
                if (random.nextBoolean() && !row.isEmpty()) {
                    row.remove(row.size() - 1);
                    return "a row one field short";
                }
                row.add(random.nextBoolean() ? "extra" : "");
                return "a row one field long";
            }
            case 16: {
                int length = random.nextBoolean() ? 200 + random.nextInt(9000) : 100_000 + random.nextInt(200_000);
                return setCell(sheet, random, random.nextInt(header.size()), "x".repeat(length), "long text " + length);
            }
            case 17: {
                int wide = random.nextBoolean() ? 16_385 + random.nextInt(100) : 200 + random.nextInt(2000);
                for (int i = 0; i < wide; i++) {
                    header.add("h" + i);
                }
                return "header " + wide + " columns wider";
            }
            case 18: {
                if (rows.isEmpty()) {
                    return "no rows";
                }
                int copies = 1 + random.nextInt(300);
                List<String> row = rows.get(0);
                for (int i = 0; i < copies; i++) {
                    List<String> copy = new ArrayList<>(row);
                    if (!copy.isEmpty() && !FuzzDataSet.storedIdentity(sheet.table()).isEmpty()
                            && FuzzDataSet.storedIdentity(sheet.table()).size() == 1) {
                        copy.set(0, copy.get(0) + "-" + i);
                    }
                    rows.add(copy);
                }
                return copies + " more rows";
            }
            default: {
                int c = random.nextInt(header.size());
                String v = pick(random.nextBoolean() ? NUMBERS : DATES_POOL, random);
                return setCell(sheet, random, c, v, "any column");
            }
        }
    }

    private static String setCell(FuzzDataSet.Sheet sheet, Random random, int column, String value, String what) {
        List<List<String>> rows = sheet.rows();
        if (rows.isEmpty() || column < 0) {
            return what + ": nothing to set";
        }
        int r = random.nextInt(rows.size());
        List<String> row = rows.get(r);
        while (row.size() <= column) {
            row.add("");
        }
        row.set(column, value);
        return what + " at row " + r + " column " + column + ": '" + shown(value) + "'";
    }

    static String shown(String v) {
        String s = v.length() > 40 ? v.substring(0, 40) + "...(" + v.length() + ")" : v;
        StringBuilder sb = new StringBuilder();
        for (char ch : s.toCharArray()) {
            sb.append(ch < 0x20 || ch == 0x7F || Character.isSurrogate(ch) ? String.format("\\u%04X", (int) ch) : ch);
        }
        return sb.toString();
    }

    private static int columnIn(List<String> header, Set<String> names, Random random) {
        List<Integer> found = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (names.contains(header.get(c))) {
                found.add(c);
            }
        }
        return found.isEmpty() ? random.nextInt(header.size()) : found.get(random.nextInt(found.size()));
    }

    static String pick(String[] pool, Random random) {
        return pool[random.nextInt(pool.length)];
    }
}
