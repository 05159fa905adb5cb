package org.crmworkbench.present.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stored JSON object (a run's parameters or metrics) as name/value rows for a table: nested objects give dotted
 * names ({@code backtest.mae}), arrays become a {@link JsonList} (its numbers worded like any other), numbers stay numbers.
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

    private static JsonList array(JsonParser p) throws IOException {
        List<Object> parts = new ArrayList<>();
        parts.add("[");
        int depth = 1;
        boolean open = true; // nothing in the current array or object yet: no separator before the next value
        JsonToken t;
        while (depth > 0 && (t = p.nextToken()) != null) {
            if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
                separate(parts, open);
                depth++;
                parts.add(t == JsonToken.START_ARRAY ? "[" : "{");
                open = true;
            } else if (t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT) {
                depth--;
                if (depth > 0) {
                    parts.add(t == JsonToken.END_ARRAY ? "]" : "}");
                }
                open = false;
            } else if (t == JsonToken.FIELD_NAME) {
                separate(parts, open);
                parts.add(p.currentName() + ": ");
                open = true;
            } else {
                separate(parts, open);
                parts.add(t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT
                        ? (Object) p.getDoubleValue() : p.getText());
                open = false;
            }
        }
        parts.add("]");
        return new JsonList(parts);
    }

    private static void separate(List<Object> parts, boolean open) {
        if (!open) {
            parts.add(", ");
        }
    }
}
