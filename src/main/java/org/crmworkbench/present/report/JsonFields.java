package org.crmworkbench.present.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A stored JSON object (a run's parameters or metrics) as name/value rows for a table: nested objects give dotted
 * names ({@code backtest.mae}), arrays are written out as text, numbers stay numbers.
 */
final class JsonFields {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonFields() {
    }

    /** The fields in document order; an unreadable text gives one row named {@code text}. */
    static Map<String, Object> of(String json) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return fields;
        }
        try (JsonParser p = JSON.createParser(json)) {
            Deque<String> path = new ArrayDeque<>();
            String name = null;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case FIELD_NAME -> name = p.currentName();
                    case START_OBJECT -> {
                        if (name != null) {
                            path.addLast(name);
                            name = null;
                        }
                    }
                    case END_OBJECT -> {
                        if (!path.isEmpty()) {
                            path.removeLast();
                        }
                    }
                    case START_ARRAY -> {
                        fields.put(key(path, name), array(p));
                        name = null;
                    }
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> fields.put(key(path, name), p.getDoubleValue());
                    case VALUE_NULL -> fields.put(key(path, name), null);
                    default -> fields.put(key(path, name), p.getText());
                }
            }
            return fields;
        } catch (IOException e) {
            fields.clear();
            fields.put("text", json);
            return fields;
        }
    }

    private static String key(Deque<String> path, String name) {
        StringBuilder b = new StringBuilder();
        for (String part : path) {
            b.append(part).append('.');
        }
        return b.append(name == null ? "value" : name).toString();
    }

    private static String array(JsonParser p) throws IOException {
        StringBuilder b = new StringBuilder("[");
        int depth = 1;
        JsonToken t;
        while (depth > 0 && (t = p.nextToken()) != null) {
            if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
                depth++;
                b.append(t == JsonToken.START_ARRAY ? "[" : "{");
            } else if (t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT) {
                depth--;
                if (depth > 0) {
                    b.append(t == JsonToken.END_ARRAY ? "]" : "}");
                }
            } else if (t == JsonToken.FIELD_NAME) {
                b.append(p.currentName()).append(": ");
            } else {
                if (b.length() > 1 && b.charAt(b.length() - 1) != '[' && b.charAt(b.length() - 1) != '{'
                        && b.charAt(b.length() - 1) != ' ') {
                    b.append(", ");
                }
                b.append(p.getText());
            }
        }
        return b.append(']').toString();
    }
}
