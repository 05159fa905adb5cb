package org.crmworkbench.data.imports;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CSV file read with FastCSV: UTF-8 with or without a byte-order mark (UTF-16 when its mark says so, or the
 * chosen encoding), separator detected among comma, semicolon, tab and bar, RFC 4180 quoting. Bytes that are not
 * valid text in the encoding are reported with the line they are on instead of being silently replaced.
 */
final class CsvRecordSource extends FileRecordSource {
    private static final int SNIFF_BYTES = 64 * 1024;
    /** The longest field the parser holds, in characters (FastCSV's buffer and field size limit). */
    static final int MAX_FIELD_CHARS = 16 * 1024 * 1024;
    /** FastCSV's limit of fields per row (its default). */
    static final int MAX_FIELDS = 16_384;
    private static final Pattern LINE_OF_RECORD = Pattern.compile("starting at line (\\d+)");

    private final long size;
    private final CountingInputStream counter;
    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;
    private final Charset charset;
    private final Path file;
    private final int bom;
    private final char separator;
    private long lastLine = 1;

    CsvRecordSource(Path file, ImportOptions options) throws IOException {
        super(file);
        this.size = Math.max(1, Files.size(file));
        this.counter = new CountingInputStream(Files.newInputStream(file));
        BufferedInputStream in = new BufferedInputStream(counter, SNIFF_BYTES);
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        this.file = file;
        this.bom = bomLength(head);
        this.charset = bom > 0 ? bomCharset(head) : options.encoding();
        in.skipNBytes(bom);
        this.separator = options.delimiter() != 0 ? options.delimiter()
                : DelimiterSniffer.sniff(new String(head, bom, head.length - bom, charset));
        this.reader = CsvReader.builder()
                .fieldSeparator(separator)
                .quoteCharacter('"')
                .maxBufferSize(MAX_FIELD_CHARS)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(new InputStreamReader(in, charset));
        this.records = reader.iterator();
        CsvRecord first = nextRecord();
        useHeader(first == null ? null : first.getFields().stream().map(String::trim).toList());
        if (first != null) {
            try {
                checkDecoded(new SourceRecord(first.getStartingLineNumber(), first.getFields().toArray(String[]::new)));
            } catch (UnreadableFileException e) {
                reader.close();
                throw e;
            }
        }
    }

    @Override
    SourceRecord readRecord() {
        CsvRecord r = nextRecord();
        if (r == null) {
            return null;
        }
        SourceRecord record = new SourceRecord(r.getStartingLineNumber(), r.getFields().toArray(String[]::new));
        checkDecoded(record);
        return record;
    }

    private CsvRecord nextRecord() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CsvRecord r = records.next();
            lastLine = r.getStartingLineNumber();
            return r;
        } catch (CsvParseException e) {
            UnreadableFileException tooLong = tooLongField(e);
            if (tooLong != null) {
                throw tooLong;
            }
            String said = e.getMessage() + " " + (e.getCause() == null ? "" : e.getCause().getMessage());
            if (said.contains("maximum limit of") && said.contains("fields")) {
                // a row wider than the parser's limit (16,384 fields) is no quoting problem
                Matcher at = LINE_OF_RECORD.matcher(said);
                long line = at.find() ? Long.parseLong(at.group(1)) : lastLine + 1;
                throw new UnreadableFileException(ImportProblem.ofLine(name(), line,
                        "import.problem.tooManyColumns", MAX_FIELDS), e);
            }
            throw new UnreadableFileException(ImportProblem.ofLine(name(), lastLine + 1, "import.problem.csvSyntax",
                    String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage())), e);
        }
    }

    /**
     * When the parser gave up because a field outgrew its buffer, the field found by reading the file again: a plain
     * value that long is named with its line, column and the limit; a quote left open is broken quoting, named where
     * its field starts. Null for any other parse failure.
     */
    private UnreadableFileException tooLongField(CsvParseException e) {
        String said = String.valueOf(e.getMessage()) + " " + (e.getCause() == null ? "" : e.getCause().getMessage());
        if (!said.contains("maximum buffer size") && !said.contains("max field size")) {
            return null;
        }
        LongFieldFinder.LongField field;
        try {
            field = LongFieldFinder.find(file, charset, bom, separator, MAX_FIELD_CHARS);
        } catch (IOException | RuntimeException again) {
            return null;
        }
        if (field == null) {
            return null;
        }
        int c = field.column() - 1;
        String header = header() != null && c < header().size() ? header().get(c) : null;
        return field.quoted()
                ? new UnreadableFileException(new ImportProblem(name(), field.line(), field.column(), header, null,
                        "import.problem.quoteNotClosed", MAX_FIELD_CHARS), e)
                : new UnreadableFileException(new ImportProblem(name(), field.line(), field.column(), header, null,
                        "import.problem.fieldTooLong", MAX_FIELD_CHARS), e);
    }

    /**
     * Bytes that are not valid text were decoded as U+FFFD; finding it per field (rather than failing inside the
     * decoder, which reads ahead) names the exact line and column.
     */
    private void checkDecoded(SourceRecord record) {
        String[] fields = record.fields();
        for (int c = 0; c < fields.length; c++) {
            if (fields[c].indexOf('\uFFFD') >= 0) {
                String header = c < header().size() ? header().get(c) : null;
                throw new UnreadableFileException(new ImportProblem(name(), record.line(), c + 1, header, null,
                        "import.problem.encoding", charset.displayName()), null);
            }
        }
    }

    @Override
    public double fractionRead() {
        return Math.min(1.0, (double) counter.count() / size);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private static int bomLength(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            return 2;
        }
        return 0;
    }

    private static Charset bomCharset(byte[] b) {
        if ((b[0] & 0xFF) == 0xEF) {
            return StandardCharsets.UTF_8;
        }
        return (b[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
    }

    /** Whether {@code bytes} decode cleanly in {@code charset}; used by the preview to suggest an encoding. */
    static boolean decodes(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

}
