package org.crmworkbench.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded damage to a text file's bytes: flipped bytes, invalid UTF-8, byte-order marks anywhere, truncation, quotes
 * left open, empty and blank files, binary junk, other line endings, separators and encodings.
 */
final class ByteMutations {
    private static final byte[][] INVALID_UTF8 = {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE4, (byte) 0xB8}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80},
        {(byte) 0x80}, {(byte) 0xFE}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ByteMutations() {
    }

    /** Serialises cells as CSV, quoting where needed (and sometimes with another separator or line ending). */
    static byte[] csv(FuzzDataSet.Sheet sheet) {
        StringBuilder sb = new StringBuilder();
        appendLine(sb, sheet.header());
        for (List<String> row : sheet.rows()) {
            appendLine(sb, row);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendLine(StringBuilder sb, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                sb.append(',');
            }
            String v = cells.get(c);
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                sb.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(v);
            }
        }
        sb.append('\n');
    }

    /** Applies one seeded mutation to {@code bytes}; {@code out[0]} receives what it did. */
    static byte[] apply(byte[] bytes, Random random, String[] out) {
        int kind = random.nextInt(16);
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
        switch (kind) {
            case 0: {
                byte[] b = bytes.clone();
                int flips = 1 + random.nextInt(8);
                for (int i = 0; i < flips && b.length > 0; i++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                out[0] = flips + " byte(s) changed";
                return b;
            }
            case 1: {
                byte[] bad = INVALID_UTF8[random.nextInt(INVALID_UTF8.length)];
                int where = random.nextInt(4) == 0 ? Math.min(bytes.length, 1 + random.nextInt(12)) : at;
                out[0] = "invalid UTF-8 " + hex(bad) + " at byte " + where;
                return insert(bytes, where, bad);
            }
            case 2: {
                int where = random.nextBoolean() ? 0 : lineStart(bytes, random);
                out[0] = "UTF-8 BOM at byte " + where;
                return insert(bytes, where, UTF8_BOM);
            }
            case 3: {
                boolean le = random.nextBoolean();
                byte[] bom = le ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
                if (random.nextBoolean()) {
                    out[0] = "UTF-16 BOM before UTF-8 text";
                    return insert(bytes, 0, bom);
                }
                Charset cs = le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
                byte[] text = new String(bytes, StandardCharsets.UTF_8).getBytes(cs);
                out[0] = "re-encoded as " + cs + (random.nextBoolean() ? " without BOM" : " with BOM");
                return out[0].endsWith("without BOM") ? text : insert(text, 0, bom);
            }
            case 4: {
                out[0] = "truncated at byte " + at;
                return Arrays.copyOf(bytes, at);
            }
            case 5: {
                out[0] = "quote left open at byte " + at;
                return insert(bytes, at, new byte[] {'"'});
            }
            case 6: {
                String[] blanks = {"", "\n", "\n\n\n", "   ", "\r\n", ",,,\n", "\"\"\n"};
                int i = random.nextInt(blanks.length + 1);
                byte[] b = i == blanks.length ? UTF8_BOM : blanks[i].getBytes(StandardCharsets.UTF_8);
                out[0] = "blank file #" + i;
                return b;
            }
            case 7: {
                byte[] junk = new byte[1 + random.nextInt(4096)];
                random.nextBytes(junk);
                int how = random.nextInt(3);
                out[0] = "binary junk (" + junk.length + " bytes) " + (how == 0 ? "instead" : how == 1 ? "before" : "after");
                return how == 0 ? junk : how == 1 ? insert(bytes, 0, junk) : insert(bytes, bytes.length, junk);
            }
            case 8: {
                String text = new String(bytes, StandardCharsets.UTF_8);
                String ending = random.nextBoolean() ? "\r\n" : "\r";
                out[0] = "line endings " + (ending.length() == 2 ? "CRLF" : "CR");
                return text.replace("\n", ending).getBytes(StandardCharsets.UTF_8);
            }
            case 9: {
                String text = new String(bytes, StandardCharsets.UTF_8);
                String sep = CellMutations.pick(new String[] {";", "\t", "|", " ", ":"}, random);
                out[0] = "separator '" + sep.replace("\t", "\\t") + "'";
                return text.replace(",", sep).getBytes(StandardCharsets.UTF_8);
            }
            case 10: {
                Charset cs = Charset.forName(random.nextBoolean() ? "GB18030" : "ISO-8859-1");
                out[0] = "re-encoded as " + cs;
                return new String(bytes, StandardCharsets.UTF_8).getBytes(cs);
            }
            case 11: {
                byte[] nul = new byte[1 + random.nextInt(3)];
                out[0] = nul.length + " NUL byte(s) at " + at;
                return insert(bytes, at, nul);
            }
            case 12: {
                String[] odd = {"\u2028", "\u0085", "\u000B", "\f", "\u001A", "\\", "\"\"", "\",\"", ",\"x"};
                String s = CellMutations.pick(odd, random);
                out[0] = "inserted " + CellMutations.shown(s) + " at " + at;
                return insert(bytes, at, s.getBytes(StandardCharsets.UTF_8));
            }
            case 13: {
                int line = lineStart(bytes, random);
                int end = line;
                while (end < bytes.length && bytes[end] != '\n') {
                    end++;
                }
                byte[] copy = Arrays.copyOfRange(bytes, line, Math.min(bytes.length, end + 1));
                int times = 1 + random.nextInt(3);
                byte[] b = bytes;
                for (int i = 0; i < times; i++) {
                    b = insert(b, line, copy);
                }
                out[0] = "line at byte " + line + " repeated " + times + " times";
                return b;
            }
            case 14: {
                int line = lineStart(bytes, random);
                int end = line;
                while (end < bytes.length && bytes[end] != '\n') {
                    end++;
                }
                out[0] = "line at byte " + line + " removed";
                ByteArrayOutputStream o = new ByteArrayOutputStream();
                o.write(bytes, 0, line);
                int from = Math.min(bytes.length, end + 1);
                o.write(bytes, from, bytes.length - from);
                return o.toByteArray();
            }
            default: {
                int n = 1 + random.nextInt(Math.max(1, Math.min(64, bytes.length)));
                int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
                byte[] slice = Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + n));
                out[0] = "bytes " + from + ".." + (from + slice.length) + " copied to " + at;
                return insert(bytes, at, slice);
            }
        }
    }

    private static int lineStart(byte[] bytes, Random random) {
        if (bytes.length == 0) {
            return 0;
        }
        int at = random.nextInt(bytes.length);
        while (at > 0 && bytes[at - 1] != '\n') {
            at--;
        }
        return at;
    }

    static byte[] insert(byte[] bytes, int at, byte[] what) {
        byte[] b = new byte[bytes.length + what.length];
        System.arraycopy(bytes, 0, b, 0, at);
        System.arraycopy(what, 0, b, at, what.length);
        System.arraycopy(bytes, at, b, at + what.length, bytes.length - at);
        return b;
    }

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format("%02X", x & 0xFF));
        }
        return sb.toString();
    }
}
