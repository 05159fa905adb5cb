package org.crmworkbench.present;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Writes the CSV and JSON files of the analyses: each file appears whole or not at all ({@link AtomicFile});
 * numbers keep full precision (the shortest text that reads back as the same double), whole numbers are written
 * without a fraction, and a NaN is an empty CSV cell or a JSON {@code null}.
 */
public final class OutputFiles {
    private static final JsonFactory JSON = new JsonFactory();

    private OutputFiles() {
    }

    /** The rows of one CSV file. */
    @FunctionalInterface
    public interface CsvBody {
        void write(CsvWriter csv) throws IOException;
    }

    /** The content of one JSON document. */
    @FunctionalInterface
    public interface JsonBody {
        void write(JsonGenerator json) throws IOException;
    }

    /** Writes a UTF-8 CSV file with LF line ends, whole or not at all. */
    public static void writeCsv(Path file, CsvBody body) throws IOException {
        AtomicFile.writeText(file, out -> {
            try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out)) {
                body.write(csv);
            }
        });
    }

    /** Writes {@code text} as a UTF-8 file, ending with a line break, whole or not at all. */
    public static void writeText(Path file, String text) throws IOException {
        AtomicFile.writeText(file, out -> out.write(text.endsWith("\n") ? text : text + "\n"));
    }

    /** A pretty-printed JSON document. */
    public static String json(JsonBody body) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.useDefaultPrettyPrinter();
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** A number for a CSV cell: full precision, whole numbers without a fraction, NaN or infinity empty. */
    public static String cell(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** A number field; JSON has no NaN, so an unknown number is written as {@code null}. */
    public static void number(JsonGenerator json, String field, double v) throws IOException {
        json.writeFieldName(field);
        number(json, v);
    }

    /** A number in an array; NaN as {@code null}. */
    public static void number(JsonGenerator json, double v) throws IOException {
        if (!Double.isFinite(v)) {
            json.writeNull();
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            json.writeNumber((long) v);
        } else {
            json.writeNumber(v);
        }
    }

    /** An array of numbers, NaN as {@code null}. */
    public static void numbers(JsonGenerator json, String field, double[] values) throws IOException {
        json.writeArrayFieldStart(field);
        for (double v : values) {
            number(json, v);
        }
        json.writeEndArray();
    }

    /** An array of strings. */
    public static void strings(JsonGenerator json, String field, Iterable<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }
}
