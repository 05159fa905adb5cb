package org.crmworkbench.data.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which column of a file fills which field of a table.
 *
 * <p>{@link #infer} matches headers by the field's canonical name first, then by its synonyms (English and
 * Chinese), ignoring case, spaces, underscores, hyphens and dots, so {@code userId}, {@code User ID} and
 * {@code user_id} are one name. {@link #withOverride} lets the person choose a column for a field by header
 * name or by 1-based column number ({@code #3}).
 */
public final class ColumnMapping {
    private final TableSpec spec;
    private final List<String> headers;
    private final int[] columnOfField;

    private ColumnMapping(TableSpec spec, List<String> headers, int[] columnOfField) {
        this.spec = spec;
        this.headers = List.copyOf(headers);
        this.columnOfField = columnOfField;
    }

    public static ColumnMapping infer(TableSpec spec, List<String> headers) {
        List<FieldSpec> fields = spec.fields();
        int[] columns = new int[fields.size()];
        Arrays.fill(columns, -1);
        List<String> normalized = headers.stream().map(ColumnMapping::normalize).toList();
        Set<Integer> taken = new HashSet<>();
        for (int f = 0; f < fields.size(); f++) {
            int c = normalized.indexOf(normalize(fields.get(f).name()));
            if (c >= 0 && taken.add(c)) {
                columns[f] = c;
            }
        }
        for (int f = 0; f < fields.size(); f++) {
            if (columns[f] >= 0) {
                continue;
            }
            for (String synonym : fields.get(f).synonyms()) {
                int c = normalized.indexOf(normalize(synonym));
                if (c >= 0 && taken.add(c)) {
                    columns[f] = c;
                    break;
                }
            }
        }
        return new ColumnMapping(spec, headers, columns);
    }

    /**
     * This mapping with {@code field} read from {@code column}: a header name, a 1-based number as {@code #3},
     * or an empty string to leave the field unmapped.
     *
     * @throws IllegalArgumentException naming the field or column when either is unknown
     */
    public ColumnMapping withOverride(String field, String column) {
        int f = spec.fieldNames().indexOf(field);
        if (f < 0) {
            throw new IllegalArgumentException("Unknown field '" + field + "' for table " + spec.table().sqlName()
                    + "; fields are " + String.join(", ", spec.fieldNames()));
        }
        int c = column == null || column.isBlank() ? -1 : resolveColumn(column.trim());
        int[] columns = columnOfField.clone();
        for (int i = 0; i < columns.length; i++) {
            if (c >= 0 && columns[i] == c) {
                columns[i] = -1;
            }
        }
        columns[f] = c;
        return new ColumnMapping(spec, headers, columns);
    }

    /** Applies {@code field=column} overrides in order. */
    public ColumnMapping withOverrides(Map<String, String> overrides) {
        ColumnMapping m = this;
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            m = m.withOverride(e.getKey(), e.getValue());
        }
        return m;
    }

    private int resolveColumn(String column) {
        if (column.startsWith("#")) {
            try {
                int n = Integer.parseInt(column.substring(1));
                if (n >= 1 && n <= headers.size()) {
                    return n - 1;
                }
            } catch (NumberFormatException ignored) {
                // fall through to the error below
            }
            throw new IllegalArgumentException("Column " + column + " does not exist; the file has "
                    + headers.size() + " columns");
        }
        int exact = headers.indexOf(column);
        if (exact >= 0) {
            return exact;
        }
        int loose = headers.stream().map(ColumnMapping::normalize).toList().indexOf(normalize(column));
        if (loose >= 0) {
            return loose;
        }
        throw new IllegalArgumentException("No column named '" + column + "'; the columns are " + String.join(", ", headers));
    }

    public TableSpec spec() {
        return spec;
    }

    public List<String> headers() {
        return headers;
    }

    /** 0-based column index of field number {@code fieldIndex} in {@link TableSpec#fields()}, or -1 when unmapped. */
    public int columnOf(int fieldIndex) {
        return columnOfField[fieldIndex];
    }

    /** The header of the column that fills {@code field}, or null. */
    public String headerOf(String field) {
        int f = spec.fieldNames().indexOf(field);
        return f < 0 || columnOfField[f] < 0 ? null : headers.get(columnOfField[f]);
    }

    /** Required fields that no column fills. */
    public List<FieldSpec> missingRequired() {
        List<FieldSpec> missing = new ArrayList<>();
        for (int f = 0; f < columnOfField.length; f++) {
            if (columnOfField[f] < 0 && spec.fields().get(f).required()) {
                missing.add(spec.fields().get(f));
            }
        }
        return missing;
    }

    /** Headers that fill no field (they are ignored by the import). */
    public List<String> ignoredHeaders() {
        Set<Integer> used = new HashSet<>();
        for (int c : columnOfField) {
            used.add(c);
        }
        List<String> ignored = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            if (!used.contains(c)) {
                ignored.add(headers.get(c));
            }
        }
        return ignored;
    }

    /** field name -> header, in field order, unmapped fields as null; for display and reports. */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        for (int f = 0; f < columnOfField.length; f++) {
            m.put(spec.fields().get(f).name(), columnOfField[f] < 0 ? null : headers.get(columnOfField[f]));
        }
        return m;
    }

    static String normalize(String header) {
        StringBuilder sb = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char ch = header.charAt(i);
            if (ch == ' ' || ch == '_' || ch == '-' || ch == '.' || ch == '\u3000' || ch == '\uFEFF') {
                continue;
            }
            if (ch >= '\uFF01' && ch <= '\uFF5E') {
                ch = (char) (ch - 0xFEE0); // full-width ASCII (Ｉ Ｄ) to half-width
            }
            sb.append(ch);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
