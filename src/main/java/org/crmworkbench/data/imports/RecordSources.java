package org.crmworkbench.data.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens a data file by what it is: an XLSX workbook (by its ZIP signature or name), otherwise CSV text; a file whose
 * first bytes are not text at all (a program, an image, an archive renamed .csv) is refused once, for the file as a
 * whole, before any of it is parsed.
 */
public final class RecordSources {
    private RecordSources() {
    }

    public static RecordSource open(Path file, ImportOptions options) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (isXlsx(file)) {
            return new XlsxRecordSource(file);
        }
        if (looksBinary(head(file, SNIFF_BYTES), options.encoding())) {
            throw new UnreadableFileException(ImportProblem.ofFile(file.getFileName().toString(),
                    "import.problem.notText"), null);
        }
        return new CsvRecordSource(file, options);
    }

    /**
     * A cheap upper bound of the data rows of a text file: its line breaks less the header (blank lines and line
     * breaks inside quotes only make it larger), counted without parsing; -1 for a workbook, whose rows cannot be
     * counted without reading it.
     */
    public static long rowsAtMost(Path file) throws IOException {
        if (isXlsx(file)) {
            return -1;
        }
        long lines = 0;
        int last = '\n';
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                last = buffer[n - 1];
            }
        }
        if (last != '\n') {
            lines++;
        }
        return Math.max(0, lines - 1);
    }

    /** Bytes looked at to tell text from binary content. */
    static final int SNIFF_BYTES = 8 * 1024;

    /**
     * Whether {@code head}, the first bytes of a file, are binary content rather than text in {@code encoding}: a NUL
     * byte (no text file in an 8-bit or UTF-8 encoding has one) or more than 1 in 100 control bytes other than tab,
     * line breaks, form feed and the end-of-file mark. Text in another 8-bit encoding (GB18030, Latin-1) has neither,
     * so it still reaches the encoding check that names its line; UTF-16 and UTF-32 text (with or without a mark)
     * are not judged here.
     */
    static boolean looksBinary(byte[] head, Charset encoding) {
        if (head.length == 0 || isWide(head, encoding)) {
            return false;
        }
        int control = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0) {
                return true;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A) || c == 0x7F) {
                control++;
            }
        }
        return control * 100 > head.length;
    }

    private static boolean isWide(byte[] head, Charset encoding) {
        String name = encoding.name().toUpperCase(Locale.ROOT);
        if (name.startsWith("UTF-16") || name.startsWith("UTF-32")) {
            return true;
        }
        return head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE);
    }

    private static byte[] head(Path file, int bytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(bytes);
        }
    }

    static boolean isXlsx(Path file) throws IOException {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
            return true;
        }
        byte[] head = head(file, 4);
        return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }
}
