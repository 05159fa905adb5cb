package org.crmworkbench.present.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF opens, has the pages its layout asks for, and every page renders with ink where the text, charts and
 * tables are; Chinese text renders as outlines, never in Courier.
 */
class PdfReportWriterTest {
    /** Rendered at 72 dpi a pixel is a point, so page coordinates are pixel coordinates. */
    private static final float DPI = 72;

    private final SampleReports samples = new SampleReports();

    @TempDir
    Path dir;

    private Path export(Report report, Messages messages, String name) throws IOException {
        Path file = dir.resolve(name);
        new ReportExporter(messages, ZoneOffset.UTC).export(report, ReportFormat.PDF, file, Progress.none());
        return file;
    }

    @Test
    void pagesFollowTheLayoutAndALongTableRepeatsItsHeader() throws IOException {
        Path file = export(samples.english(), Messages.english(), "report.pdf");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            // title page, two charts, the 150-row table over 4 pages (45 rows, then 47 a page), the short table
            assertEquals(8, pdf.getNumberOfPages());
            for (PDPage page : pdf.getPages()) {
                assertEquals(595, page.getMediaBox().getWidth(), 0.5);
                assertEquals(842, page.getMediaBox().getHeight(), 0.5);
            }
            PDFRenderer renderer = new PDFRenderer(pdf);
            BufferedImage[] pages = new BufferedImage[pdf.getNumberOfPages()];
            for (int i = 0; i < pages.length; i++) {
                pages[i] = renderer.renderImageWithDPI(i, DPI);
                // the sparsest page (a heading, a 4-row table and its provenance) has about 1% ink; a page with
                // only its footer has under 0.1%
                assertTrue(inkShare(pages[i], 0, 0, pages[i].getWidth(), pages[i].getHeight()) > 0.004,
                        "page " + (i + 1) + " is blank");
                // "Page n of m" at the foot of every page
                assertTrue(inkShare(pages[i], 250, 800, 95, 20) > 0.02, "no footer on page " + (i + 1));
            }
            // the chart region of page 2 holds the bars' colour, page 3 the scatter's
            assertTrue(share(pages[1], 56, 81, 483, 302, SampleReports.BARS) > 0.03);
            assertTrue(share(pages[2], 56, 81, 483, 302, SampleReports.POINTS) > 0.002);
            // the shaded header row: under the heading on the table's first page, at the top of the next ones
            Color header = new Color(0xE8, 0xEB, 0xEF);
            assertTrue(share(pages[3], 56, 81, 483, 15, header) > 0.3);
            for (int i = 4; i <= 6; i++) {
                assertTrue(share(pages[i], 56, 56, 483, 15, header) > 0.3, "no header on page " + (i + 1));
            }
        }
    }

    @Test
    void chineseTextRendersAsOutlinesWithoutCourier() throws IOException {
        Path file = export(samples.chinese(), new Messages(Locale.SIMPLIFIED_CHINESE), "中文报告.pdf");
        String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("Courier"), "the PDF names Courier");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(3, pdf.getNumberOfPages());
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                if (resources != null) {
                    for (COSName name : resources.getFontNames()) {
                        String font = resources.getFont(name).getName();
                        assertFalse(font != null && font.contains("Courier"), "font " + font);
                    }
                }
            }
            PDFRenderer renderer = new PDFRenderer(pdf);
            BufferedImage first = renderer.renderImageWithDPI(0, DPI);
            // the 22-point title sits in the first 30 points under the top margin
            assertTrue(inkShare(first, 56, 56, 200, 30) > 0.05, "no ink where the Chinese title is");
            // the notes follow it
            assertTrue(inkShare(first, 56, 90, 200, 30) > 0.02, "no ink where the Chinese notes are");
            BufferedImage table = renderer.renderImageWithDPI(2, DPI);
            // the first data row under the header (y 96 to 111): Chinese segment name in the first column
            assertTrue(inkShare(table, 58, 96, 60, 15) > 0.03, "no ink in the Chinese table cell");
            BufferedImage chart = renderer.renderImageWithDPI(1, DPI);
            assertTrue(share(chart, 56, 81, 483, 302, SampleReports.BARS) > 0.03);
            // the category labels under the bars (Chinese) leave ink below the plot
            assertTrue(inkShare(chart, 100, 330, 400, 40) > 0.005, "no ink where the Chinese categories are");
        }
    }

    @Test
    void samplePagesAreSavedForALook() throws IOException {
        Path file = export(samples.english(), Messages.english(), "look.pdf");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            Path out = Path.of(System.getProperty("java.io.tmpdir"));
            for (int i = 0; i < 4; i++) {
                ImageIO.write(renderer.renderImageWithDPI(i, 100), "png",
                        out.resolve("i6-writers-page" + (i + 1) + ".png").toFile());
            }
        }
        java.util.List<String> columns = new java.util.ArrayList<>();
        java.util.List<Object> cells = new java.util.ArrayList<>();
        for (int c = 0; c < 9; c++) {
            columns.add("Column with a long heading " + c);
            cells.add(c % 2 == 0 ? "a customer name far too long for its column " + c : (Object) (c * 1234.5678));
        }
        ReportTable wide = new ReportTable(columns, java.util.Collections.nCopies(5, cells));
        Report report = new Report("Wide", "A long note. ".repeat(60), SampleReports.BUILT, "0.1.0", "x",
                java.util.List.of(new ReportItem.Table("wide", "A wide table", "A long note under it. ".repeat(30),
                        SampleReports.provenance(1, "segment"), wide)));
        try (PDDocument pdf = Loader.loadPDF(export(report, Messages.english(), "wide.pdf").toFile())) {
            assertEquals(2, pdf.getNumberOfPages());
            ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(1, 100), "png",
                    Path.of(System.getProperty("java.io.tmpdir"), "i6-writers-wide.png").toFile());
        }
        Path zh = export(samples.chinese(), new Messages(Locale.SIMPLIFIED_CHINESE), "zh.pdf");
        try (PDDocument pdf = Loader.loadPDF(zh.toFile())) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int i = 0; i < 3; i++) {
                ImageIO.write(renderer.renderImageWithDPI(i, 100), "png",
                        Path.of(System.getProperty("java.io.tmpdir")).resolve("i6-writers-zh" + (i + 1) + ".png")
                                .toFile());
            }
        }
    }

    /** Share of the pixels in the rectangle that are clearly not white. */
    static double inkShare(BufferedImage image, int x, int y, int w, int h) {
        int ink = 0;
        for (int j = y; j < y + h; j++) {
            for (int i = x; i < x + w; i++) {
                Color c = new Color(image.getRGB(i, j));
                if (c.getRed() + c.getGreen() + c.getBlue() < 600) {
                    ink++;
                }
            }
        }
        return ink / (double) (w * h);
    }

    /** Share of the pixels in the rectangle within a small distance of {@code colour}. */
    static double share(BufferedImage image, int x, int y, int w, int h, Color colour) {
        int hits = 0;
        for (int j = y; j < y + h; j++) {
            for (int i = x; i < x + w; i++) {
                Color c = new Color(image.getRGB(i, j));
                if (Math.abs(c.getRed() - colour.getRed()) + Math.abs(c.getGreen() - colour.getGreen())
                        + Math.abs(c.getBlue() - colour.getBlue()) < 30) {
                    hits++;
                }
            }
        }
        return hits / (double) (w * h);
    }
}
