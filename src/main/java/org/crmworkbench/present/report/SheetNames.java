package org.crmworkbench.present.report;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Worksheet names Excel accepts: at most 31 characters, none of {@code [ ] : * ? / \}, not starting or ending with
 * an apostrophe, not blank, not "History", and unique within the workbook regardless of case ({@code Sales},
 * {@code Sales (2)}, ...).
 */
final class SheetNames {
    static final int MAX = 31;

    private final Set<String> taken = new HashSet<>();

    /** A name for a sheet titled {@code title}, different from every name given before. */
    String next(String title) {
        String base = title.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        base = base.replaceAll("^'+|'+$", "").strip();
        if (base.isEmpty() || base.equalsIgnoreCase("History")) {
            base = base.isEmpty() ? "Sheet" : base + " 1";
        }
        base = cut(base, MAX);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = cut(base, MAX - suffix.length()) + suffix;
        }
        return name;
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).strip();
    }
}
