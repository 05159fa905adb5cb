package org.crmworkbench.present.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SegmentPaletteTest {
    private final SegmentPalette palette = new SegmentPalette();

    @Test
    void theFirstColoursStartWithOkabeItoAndArePairwiseDistinct() {
        assertEquals(new Color(0xE69F00), palette.colour(0));
        assertEquals(new Color(0x56B4E9), palette.colour(1));
        assertEquals(new Color(0x882255), palette.colour(7));
        for (int i = 0; i < 12; i++) {
            for (int j = i + 1; j < 12; j++) {
                Color a = palette.colour(i);
                Color b = palette.colour(j);
                double distance = Math.sqrt(Math.pow(a.getRed() - b.getRed(), 2)
                        + Math.pow(a.getGreen() - b.getGreen(), 2) + Math.pow(a.getBlue() - b.getBlue(), 2));
                assertTrue(distance > 60, i + " and " + j + " are too alike: " + distance);
            }
        }
    }

    @Test
    void noiseIsGreyAndNoSegmentIsGrey() {
        Color noise = palette.colour(-1);
        assertEquals(noise.getRed(), noise.getGreen());
        assertEquals(noise.getGreen(), noise.getBlue());
        for (int i = 0; i < palette.colourCount(); i++) {
            Color c = palette.colour(i);
            assertTrue(c.getRed() != c.getGreen() || c.getGreen() != c.getBlue(), "segment " + i + " is grey");
        }
    }

    @Test
    void theShapeChangesWhenTheColoursRunOut() {
        int n = palette.colourCount();
        assertEquals(palette.colour(0), palette.colour(n));
        assertNotEquals(palette.shapeKind(0), palette.shapeKind(n));
        assertNotEquals(palette.shapeKind(0), palette.shapeKind(7), "the Tol colours are set apart by shape");
        Set<String> combinations = new HashSet<>();
        for (int i = 0; i < 3 * n; i++) {
            combinations.add(palette.colour(i).getRGB() + "/" + palette.shapeKind(i));
        }
        assertEquals(3 * n, combinations.size(), "48 segments are distinct by colour and shape");
        assertEquals(10, palette.shape(3, 10).getBounds2D().getWidth(), 1e-9);
    }
}
