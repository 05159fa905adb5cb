package org.crmworkbench.present.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a PDF table cell wraps its text: whole words, at most three lines, the third clipped with an ellipsis. */
class PdfTableTest {
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 9);

    @Test
    void aShortTextStaysOnOneLine() {
        assertEquals(List.of("At risk"), PdfTable.wrapped("At risk", FONT, 120));
    }

    @Test
    void aLongTextWrapsAtWordsOverThreeLinesAndTheRestIsClipped() {
        String text = "The kettle arrived late and the box was broken, the lid does not close and the handle "
                + "came off on the second day; I want a refund or a replacement as soon as possible please";
        List<String> lines = PdfTable.wrapped(text, FONT, 120);
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("The kettle"), lines.get(0));
        assertTrue(lines.get(2).endsWith("\u2026"), lines.get(2));
        for (String line : lines) {
            assertTrue(TextBlock.width(line, FONT) <= 120 - 8 + 0.5, line);
        }
    }

    @Test
    void chineseWrapsBetweenCharacters() {
        String text = "吹风机和描述严重不符，很失望。品质很差，根本不值这个价。";
        List<String> lines = PdfTable.wrapped(text, FONT, 90);
        assertTrue(lines.size() >= 2, lines.toString());
        assertTrue(text.startsWith(String.join("", lines).replace("\u2026", "")), "the lines are the text, in order");
        for (String line : lines) {
            assertTrue(TextBlock.width(line, FONT) <= 90 - 8 + 0.5, line);
        }
    }
}
