package org.crmworkbench.data.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks, before the workbook reader sees them, that the sheets' shared-string cells ({@code t="s"}) name strings the
 * workbook has. The reader fills its table up to any index a cell names, so one damaged cell naming string
 * 99,999,999 took 47 s and 2,147,483,647 would exhaust the memory (issue 23's fuzzer, seed 23 case 187). One pass
 * over the bytes, no XML parsing.
 */
final class SharedStringReferences {
    private static final byte[] SHARED_TYPE = "t=\"s\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] VALUE = "<v>".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] STRING_ITEM = "<si>".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] STRING_ITEM_OPEN = "<si ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private SharedStringReferences() {
    }

    /** Whether every shared-string cell of every sheet of {@code file} names an existing string (true when unsure). */
    static boolean inRange(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry strings = zip.getEntry("xl/sharedStrings.xml");
            long count = 0;
            if (strings != null) {
                try (InputStream in = new BufferedInputStream(zip.getInputStream(strings), 1 << 16)) {
                    count = countItems(in);
                }
            }
            for (ZipEntry e : Collections.list(zip.entries())) {
                if (e.getName().startsWith("xl/worksheets/") && e.getName().endsWith(".xml")) {
                    try (InputStream in = new BufferedInputStream(zip.getInputStream(e), 1 << 16)) {
                        if (largestIndex(in) >= count) {
                            return false;
                        }
                    }
                }
            }
            return true;
        } catch (IOException | RuntimeException unreadable) {
            // a ZIP this check cannot read is the workbook reader's to refuse, with its own words
            return true;
        }
    }

    private static long countItems(InputStream in) throws IOException {
        long count = 0;
        int matchedA = 0;
        int matchedB = 0;
        for (int b; (b = in.read()) >= 0; ) {
            matchedA = step(STRING_ITEM, matchedA, b);
            matchedB = step(STRING_ITEM_OPEN, matchedB, b);
            if (matchedA == STRING_ITEM.length || matchedB == STRING_ITEM_OPEN.length) {
                count++;
                matchedA = 0;
                matchedB = 0;
            }
        }
        return count;
    }

    /** The largest index named by a {@code <v>} after {@code t="s"}; -1 when none. */
    private static long largestIndex(InputStream in) throws IOException {
        long largest = -1;
        int matchedType = 0;
        int matchedValue = 0;
        boolean shared = false;
        for (int b; (b = in.read()) >= 0; ) {
            if (!shared) {
                matchedType = step(SHARED_TYPE, matchedType, b);
                if (matchedType == SHARED_TYPE.length) {
                    shared = true;
                    matchedType = 0;
                    matchedValue = 0;
                }
                continue;
            }
            matchedValue = step(VALUE, matchedValue, b);
            if (matchedValue == VALUE.length) {
                long index = 0;
                int c;
                while ((c = in.read()) >= '0' && c <= '9') {
                    index = Math.min(Long.MAX_VALUE / 20, index * 10 + (c - '0'));
                }
                largest = Math.max(largest, index);
                shared = false;
                matchedValue = 0;
            }
        }
        return largest;
    }

    /** How much of {@code pattern} is matched after byte {@code b}, given {@code matched} before it. */
    private static int step(byte[] pattern, int matched, int b) {
        if (pattern[matched] == b) {
            return matched + 1;
        }
        return pattern[0] == b ? 1 : 0;
    }
}
