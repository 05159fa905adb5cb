package org.crmworkbench.data.imports;

/** One data row as read from a file: the line it starts on (1-based, the header is line 1) and its raw fields. */
public record SourceRecord(long line, String[] fields) {

    /** The raw text of column {@code index} (0-based), or an empty string when the row is shorter. */
    public String field(int index) {
        return index < fields.length ? fields[index] : "";
    }

    public boolean isBlank() {
        for (String f : fields) {
            if (f != null && !f.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
