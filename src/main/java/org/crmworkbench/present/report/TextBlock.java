package org.crmworkbench.present.report;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Breaks text into lines that fit a width and clips a line with an ellipsis. Lines break where the language allows
 * ({@link BreakIterator#getLineInstance}: between words, and between Chinese characters); a word wider than the
 * line is split between characters. Explicit line breaks in the text start new lines.
 */
final class TextBlock {
    /** Fractional, anti-aliased metrics: the ones the PDF's vector outlines are drawn with. */
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final String ELLIPSIS = "\u2026";

    private TextBlock() {
    }

    static double width(String text, Font font) {
        return text.isEmpty() ? 0 : font.getStringBounds(text, FRC).getWidth();
    }

    /** The lines {@code text} takes at {@code width} points in {@code font}; an empty text takes none. */
    static List<String> wrap(String text, Font font, double width, Locale locale) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        for (String paragraph : text.strip().split("\\R", -1)) {
            wrapParagraph(paragraph.stripTrailing(), font, width, locale, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String text, Font font, double width, Locale locale, List<String> lines) {
        if (text.isEmpty()) {
            lines.add("");
            return;
        }
        BreakIterator breaks = BreakIterator.getLineInstance(locale);
        breaks.setText(text);
        StringBuilder line = new StringBuilder();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String piece = text.substring(start, end);
            if (width(line + piece.stripTrailing(), font) <= width) {
                line.append(piece);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            // a piece wider than a whole line is cut between characters
            while (width(piece.stripTrailing(), font) > width) {
                int cut = fitting(piece, font, width);
                lines.add(piece.substring(0, cut));
                piece = piece.substring(cut);
            }
            line.append(piece);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
    }

    /** How many chars of {@code text} fit {@code width} (at least one code point, so wrapping always advances). */
    private static int fitting(String text, Font font, double width) {
        int cut = text.offsetByCodePoints(0, 1);
        while (cut < text.length()) {
            int next = text.offsetByCodePoints(cut, 1);
            if (width(text.substring(0, next), font) > width) {
                break;
            }
            cut = next;
        }
        return cut;
    }

    /** {@code text} on one line of {@code width}: whole when it fits, else cut with an ellipsis. */
    static String clip(String text, Font font, double width) {
        String one = text.replaceAll("\\s*\\R\\s*", " ");
        if (width(one, font) <= width) {
            return one;
        }
        int lo = 0;
        int hi = one.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (width(one.substring(0, mid) + ELLIPSIS, font) <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        if (lo > 0 && Character.isHighSurrogate(one.charAt(lo - 1))) {
            lo--;
        }
        return one.substring(0, lo).stripTrailing() + ELLIPSIS;
    }
}
