package org.crmworkbench.present.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;

/** Chinese titles are drawn with real glyphs, not boxes: the style picks a family that has them. */
class ChineseTextTest {
    // two titles of the same length; drawn as missing-glyph boxes they would look the same
    private static final String TITLE_A = "客户分群结果";
    private static final String TITLE_B = "销售预测报告";

    private final ChartFonts fonts = new ChartFonts();

    private static JFreeChart chart(String title) {
        return new JFreeChart(title, new XYPlot(null, new NumberAxis(), new NumberAxis(), null));
    }

    private static int[] png(JFreeChart chart) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ChartExporter().write(chart, ChartFormat.PNG, out, 300, 120, 144);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Test
    void latinTextKeepsALatinFamilyAndChineseTextGetsOneWithGlyphs() {
        String latin = fonts.familyFor("Customer segments (k = 4)");
        assertTrue(new Font(latin, Font.PLAIN, 12).canDisplayUpTo("Customer segments") < 0);
        assumeTrue(fonts.anyCanDisplay(TITLE_A + TITLE_B),
                "no font with Chinese glyphs is installed (Debian: apt-get install fonts-noto-cjk); skipped");
        String family = fonts.familyFor(TITLE_A + " PC1 (41.2%)");
        assertEquals(-1, new Font(family, Font.PLAIN, 12).canDisplayUpTo(TITLE_A + TITLE_B + " PC1 (41.2%)"), family);
    }

    @Test
    void aChineseTitleIsDrawnAsGlyphsInThePng() throws IOException {
        assumeTrue(fonts.anyCanDisplay(TITLE_A + TITLE_B),
                "no font with Chinese glyphs is installed (Debian: apt-get install fonts-noto-cjk); skipped");
        ChartStyle style = new ChartStyle(fonts);
        JFreeChart a = style.apply(chart(TITLE_A));
        JFreeChart b = style.apply(chart(TITLE_B));
        assertEquals(-1, a.getTitle().getFont().canDisplayUpTo(TITLE_A));
        assertFalse(Arrays.equals(png(a), png(b)), "different Chinese titles must draw differently");

        // the check can tell: with a font lacking CJK glyphs both titles are the same row of boxes
        List<String> families = List.of(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames(Locale.ROOT));
        String noCjk = families.stream().filter(f -> !f.startsWith("Dialog") && !f.startsWith("Sans")
                        && !f.startsWith("Serif") && !f.startsWith("Monospaced"))
                .filter(f -> new Font(f, Font.PLAIN, 12).canDisplayUpTo(TITLE_A + TITLE_B) == 0)
                .filter(f -> new Font(f, Font.PLAIN, 12).canDisplayUpTo("Abc") < 0)
                .findFirst().orElse(null);
        assumeTrue(noCjk != null, "no Latin-only font to compare with");
        JFreeChart boxesA = chart(TITLE_A);
        JFreeChart boxesB = chart(TITLE_B);
        for (JFreeChart c : List.of(boxesA, boxesB)) {
            ((TextTitle) c.getTitle()).setFont(new Font(noCjk, Font.BOLD, 15));
        }
        assertTrue(Arrays.equals(png(boxesA), png(boxesB)), "missing glyphs all look alike in " + noCjk);
    }

    @Test
    void latin1IsTold() {
        assertTrue(ChartFonts.isLatin1("Größe, café"));
        assertFalse(ChartFonts.isLatin1("分群"));
        assertFalse(ChartFonts.isLatin1("Davies\u2013Bouldin"));
    }

    @Test
    void withoutAnyCjkFontTheFallbackIsUsed() {
        ChartFonts latinOnly = new ChartFonts(List.of("No Such Font"));
        assertEquals(ChartFonts.FALLBACK, latinOnly.familyFor("Segments"));
    }

    @Test
    void svgFamiliesAreQuotedForTheSingleQuotedStyleAttribute() {
        assertEquals("\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Microsoft YaHei\", \"PingFang SC\", sans-serif",
                ChartExporter.svgFamily("Noto Sans CJK SC"));
        assertEquals("sans-serif", ChartExporter.svgFamily(Font.SANS_SERIF));
        assertFalse(ChartExporter.svgFamily("Nimbus Sans").contains("'"));
    }
}
