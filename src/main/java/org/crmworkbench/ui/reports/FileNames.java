package org.crmworkbench.ui.reports;

/**
 * A file name made from a title: letters (of any script), digits, spaces, dots, dashes and underscores are kept,
 * anything a file system might refuse ({@code / \ : * ? " < > |}, control characters) is dropped, runs of spaces
 * are joined, and the result is at most 80 characters.
 */
final class FileNames {
    private static final int MAX = 80;

    private FileNames() {
    }

    static String of(String title, String fallback) {
        StringBuilder name = new StringBuilder();
        String text = title == null ? "" : title.strip();
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.') {
                name.appendCodePoint(c);
            } else if (Character.isWhitespace(c) && name.length() > 0 && name.charAt(name.length() - 1) != ' ') {
                name.append(' ');
            }
        });
        String result = name.toString().strip();
        while (result.startsWith(".")) {
            result = result.substring(1);
        }
        if (result.length() > MAX) {
            result = result.substring(0, MAX).strip();
        }
        return result.isEmpty() ? fallback : result;
    }
}
