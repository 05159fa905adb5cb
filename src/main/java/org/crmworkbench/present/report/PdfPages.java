package org.crmworkbench.present.report;

import com.orsonpdf.PDFDocument;
import com.orsonpdf.PDFGraphics2D;
import com.orsonpdf.PDFHints;
import com.orsonpdf.Page;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.crmworkbench.present.chart.ChartFonts;

/**
 * The A4 portrait pages of a report PDF and where the next thing goes on them: a cursor that moves down the text
 * column and starts a new page when something does not fit. All text is drawn as vector outlines in a family
 * {@link ChartFonts} chose for it, so Chinese shows and no PDF standard font (Courier) stands in.
 */
final class PdfPages {
    static final double WIDTH = 595;
    static final double HEIGHT = 842;
    static final double MARGIN = 56;
    static final double TOP = 56;
    /** The lowest y the content may reach; the footer is below it. */
    static final double BOTTOM = HEIGHT - 62;
    static final double TEXT_WIDTH = WIDTH - 2 * MARGIN;
    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color GREY = new Color(0x66, 0x66, 0x66);

    /** A place on a page kept for a line drawn later (a contents entry whose page is known only at the end). */
    record Slot(int page, double y) {
    }

    private final PDFDocument document = new PDFDocument();
    private final List<PDFGraphics2D> pages = new ArrayList<>();
    private final ChartFonts fonts;
    private final Locale locale;
    private double y;

    PdfPages(ChartFonts fonts, Locale locale) {
        this.fonts = fonts;
        this.locale = locale;
        newPage();
    }

    void newPage() {
        Page page = document.createPage(new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        PDFGraphics2D g2 = page.getGraphics2D();
        g2.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        pages.add(g2);
        y = TOP;
    }

    PDFGraphics2D g2() {
        return pages.get(pages.size() - 1);
    }

    /** 0-based index of the current page. */
    int page() {
        return pages.size() - 1;
    }

    int pageCount() {
        return pages.size();
    }

    double y() {
        return y;
    }

    /** True when nothing has been put on the current page yet. */
    boolean atTop() {
        return y <= TOP;
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    void ensure(double height) {
        if (!atTop() && y + height > BOTTOM) {
            newPage();
        }
    }

    /** Room left on this page. */
    double room() {
        return BOTTOM - y;
    }

    /** Moves the cursor down {@code height} points (after something was drawn at {@link #y()}). */
    void advance(double height) {
        y += height;
    }

    Font font(String text, int style, double size) {
        return new Font(fonts.familyFor(text), style, 1).deriveFont(style, (float) size);
    }

    /** Wraps {@code text} over the column, starting new pages as needed; empty text draws nothing. */
    void paragraph(String text, int style, double size, Color color) {
        paragraph(text, style, size, color, MARGIN, TEXT_WIDTH);
    }

    void paragraph(String text, int style, double size, Color color, double x, double width) {
        Font font = font(text, style, size);
        double lineHeight = size * 1.35;
        for (String line : TextBlock.wrap(text, font, width, locale)) {
            ensure(lineHeight);
            draw(g2(), line, font, color, x, y + size);
            y += lineHeight;
        }
    }

    /** Keeps a line of {@code height} at the cursor for later drawing. */
    Slot reserve(double height) {
        ensure(height);
        Slot slot = new Slot(page(), y);
        y += height;
        return slot;
    }

    PDFGraphics2D g2(int page) {
        return pages.get(page);
    }

    void draw(PDFGraphics2D g2, String text, Font font, Color color, double x, double baseline) {
        if (text.isEmpty()) {
            return;
        }
        g2.setFont(font);
        g2.setPaint(color);
        g2.drawString(text, (float) x, (float) baseline);
    }

    void rule(double atY, Color color) {
        PDFGraphics2D g2 = g2();
        g2.setPaint(color);
        g2.setStroke(new BasicStroke(0.5f));
        g2.draw(new Line2D.Double(MARGIN, atY, WIDTH - MARGIN, atY));
    }

    /** Draws a footer line centred at the bottom of every page, e.g. "Page 2 of 5". */
    void footers(IntFunction<String> text) {
        for (int i = 0; i < pages.size(); i++) {
            String words = text.apply(i);
            Font font = font(words, Font.PLAIN, 8);
            double x = (WIDTH - TextBlock.width(words, font)) / 2;
            draw(pages.get(i), words, font, GREY, x, HEIGHT - 30);
        }
    }

    /** The finished document. */
    byte[] bytes() {
        return document.getPDFBytes();
    }
}
