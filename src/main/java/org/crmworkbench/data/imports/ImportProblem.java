package org.crmworkbench.data.imports;

import java.util.Arrays;
import org.crmworkbench.i18n.Messages;

/**
 * One thing wrong with an input file, located as precisely as the file allows.
 *
 * @param file       the file's name
 * @param line       1-based line the row starts on (the header is line 1); 0 for the file as a whole
 * @param column     1-based column; 0 when the problem is not about one column
 * @param header     the column's header, or null
 * @param value      the offending text as found, or null
 * @param messageKey resource-bundle key saying what was expected ({@code import.problem.*})
 * @param args       arguments of that message
 */
public record ImportProblem(String file, long line, int column, String header, String value,
                            String messageKey, Object... args) {

    private static final Messages ENGLISH = Messages.english();
    private static final int MAX_VALUE_SHOWN = 60;

    public ImportProblem {
        args = args == null ? new Object[0] : args.clone();
    }

    static ImportProblem ofFile(String file, String messageKey, Object... args) {
        return new ImportProblem(file, 0, 0, null, null, messageKey, args);
    }

    static ImportProblem ofLine(String file, long line, String messageKey, Object... args) {
        return new ImportProblem(file, line, 0, null, null, messageKey, args);
    }

    /** Where: {@code ratings.csv, line 12, column 3 (rating)}; a problem of the file as a whole says so. */
    public String location(Messages messages) {
        if (line <= 0) {
            return messages.get("import.location.file", file);
        }
        if (column <= 0) {
            return messages.get("import.location.line", file, line);
        }
        return messages.get("import.location.cell", file, line, column, header == null ? "" : header);
    }

    /** What was expected, in the reader's language. */
    public String expected(Messages messages) {
        return messages.get(messageKey, args);
    }

    /** The whole message: location, the value found, and what was expected. */
    public String describe(Messages messages) {
        return value == null
                ? messages.get("import.describe.plain", location(messages), expected(messages))
                : messages.get("import.describe.value", location(messages), shown(value), expected(messages));
    }

    static String shown(String value) {
        String v = value.replace("\n", "\\n").replace("\r", "\\r");
        return v.length() > MAX_VALUE_SHOWN ? v.substring(0, MAX_VALUE_SHOWN) + "…" : v;
    }

    @Override
    public String toString() {
        return describe(ENGLISH);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImportProblem p && p.line == line && p.column == column && p.file.equals(file)
                && p.messageKey.equals(messageKey) && Arrays.equals(p.args, args)
                && java.util.Objects.equals(p.value, value);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(file, line, column, messageKey, value);
    }
}
