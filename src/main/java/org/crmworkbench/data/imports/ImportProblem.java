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
    /** The longest text argument shown (a list of a file's headers can be any length). */
    private static final int MAX_ARGUMENT_SHOWN = 300;

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
        return messages.get("import.location.cell", file, line, column, header == null ? "" : shown(header));
    }

    /**
     * What was expected, in the reader's language. Text taken from the file (headers listed in the message) is shown
     * on one line and cut short, so a header with a line break cannot make the message look like several.
     */
    public String expected(Messages messages) {
        Object[] shownArgs = args.clone();
        for (int i = 0; i < shownArgs.length; i++) {
            if (shownArgs[i] instanceof String text) {
                shownArgs[i] = oneLine(text, MAX_ARGUMENT_SHOWN);
            }
        }
        return messages.get(messageKey, shownArgs);
    }

    /** The whole message: location, the value found, and what was expected. */
    public String describe(Messages messages) {
        return value == null
                ? messages.get("import.describe.plain", location(messages), expected(messages))
                : messages.get("import.describe.value", location(messages), shown(value), expected(messages));
    }

    static String shown(String value) {
        return oneLine(value, MAX_VALUE_SHOWN);
    }

    /**
     * {@code text} on one line: line breaks (also U+0085, U+2028, U+2029) and other control characters written as
     * escapes, cut after {@code max} characters.
     */
    static String oneLine(String text, int max) {
        StringBuilder sb = new StringBuilder(Math.min(text.length(), max) + 8);
        int i = 0;
        for (; i < text.length() && sb.length() < max; i++) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                sb.append("\\n");
            } else if (ch == '\r') {
                sb.append("\\r");
            } else if (ch < 0x20 && ch != '\t' || ch == 0x7F || ch == 0x85 || ch == 0x2028 || ch == 0x2029) {
                sb.append(String.format("\\u%04X", (int) ch));
            } else {
                sb.append(ch);
            }
        }
        return i < text.length() ? sb + "…" : sb.toString();
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
