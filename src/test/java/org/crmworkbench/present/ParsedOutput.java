package org.crmworkbench.present;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads written CSV and JSON files back for tests: CSV as rows of cells, JSON as maps, lists, doubles and strings. */
public final class ParsedOutput {
    private ParsedOutput() {
    }

    /** Every line of a CSV file as its cells, the header first. */
    public static List<List<String>> csv(Path file) throws IOException {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            List<List<String>> rows = new ArrayList<>();
            reader.forEach(r -> rows.add(r.getFields()));
            return rows;
        }
    }

    /** The JSON document in {@code file}. */
    public static Map<String, Object> json(Path file) throws IOException {
        return json(Files.readString(file));
    }

    /** A JSON object: numbers as Double, null as null, objects keep their key order. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> json(String text) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(text)) {
            parser.nextToken();
            Object value = value(parser);
            if (parser.nextToken() != null) {
                throw new IOException("text after the document");
            }
            return (Map<String, Object>) value;
        }
    }

    /** A number field; a JSON null reads as NaN. */
    public static double number(Map<String, Object> json, String key) {
        if (!json.containsKey(key)) {
            throw new AssertionError("no key " + key + " in " + json.keySet());
        }
        Object v = json.get(key);
        return v == null ? Double.NaN : (Double) v;
    }

    private static Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() != JsonToken.END_OBJECT) {
                    String key = parser.currentName();
                    parser.nextToken();
                    if (map.containsKey(key)) {
                        throw new IOException("repeated key " + key);
                    }
                    map.put(key, value(parser));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(parser));
                }
                return list;
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return parser.getDoubleValue();
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IOException("unexpected " + token);
        }
    }
}
