package org.crmworkbench.present.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crmworkbench.work.Progress;

/**
 * A report table on PDF pages: a shaded header row, numbers right-aligned, text clipped with an ellipsis to its
 * column, and rows carried over to new pages under a repeated header. Headings wrap over up to three lines. Columns get their natural width (the widest
 * of the heading and the first rows), stretched or shrunk to the column of text (wide columns give up the most).
 */
final class PdfTable {
    static final double SIZE = 8.5;
    static final double ROW = 15;
    private static final double PAD = 4;
    private static final double LINE_HEIGHT = 10.5;
    private static final int HEADER_LINES = 3;
    private static final int MEASURED_ROWS = 200;
    private static final Color HEADER_FILL = new Color(0xE8, 0xEB, 0xEF);
    private static final Color LINE = new Color(0xD0, 0xD0, 0xD0);

    private final PdfPages pages;
    private final ReportWords words;

    PdfTable(PdfPages pages, ReportWords words) {
        this.pages = pages;
        this.words = words;
    }

    /** Draws {@code table} from the cursor on, checking {@code progress} for a cancel every few hundred rows. */
    void draw(ReportTable table, Progress progress) {
        List<String> columns = table.columns();
        int n = columns.size();
        if (n == 0) {
            return;
        }
        boolean[] numeric = numericColumns(table);
        DecimalFormat[] formats = words.columnFormats(table);
        double[] widths = widths(table, formats);
        drawHeader(columns, widths, numeric);
        int r = 0;
        for (List<Object> row : table.rows()) {
            if (++r % 500 == 0) {
                progress.checkCancelled();
            }
            if (pages.room() < ROW) {
                pages.newPage();
                drawHeader(columns, widths, numeric);
            }
            double x = PdfPages.MARGIN;
            double top = pages.y();
            for (int c = 0; c < n; c++) {
                Object value = row.get(c);
                String text = words.cell(value, formats[c]);
                cell(text, x, top, widths[c], Font.PLAIN, ReportWords.isNumber(value));
                x += widths[c];
            }
            line(top + ROW, LINE);
            pages.advance(ROW);
        }
    }

    /** The header row: headings wrapped over up to three lines (the last clipped), on a shaded band. */
    private void drawHeader(List<String> columns, double[] widths, boolean[] numeric) {
        List<List<String>> lines = new ArrayList<>();
        int most = 1;
        for (int c = 0; c < columns.size(); c++) {
            String heading = columns.get(c);
            Font font = pages.font(heading + "\u2026", Font.BOLD, SIZE);
            List<String> wrapped = new ArrayList<>(TextBlock.wrap(heading, font, widths[c] - 2 * PAD,
                    Locale.ROOT));
            if (wrapped.size() > HEADER_LINES) {
                String rest = String.join(" ", wrapped.subList(HEADER_LINES - 1, wrapped.size()));
                wrapped.subList(HEADER_LINES - 1, wrapped.size()).clear();
                wrapped.add(TextBlock.clip(rest, font, widths[c] - 2 * PAD));
            }
            lines.add(wrapped);
            most = Math.max(most, wrapped.size());
        }
        double height = ROW + (most - 1) * LINE_HEIGHT;
        pages.ensure(height + ROW);
        double top = pages.y();
        pages.g2().setPaint(HEADER_FILL);
        pages.g2().fill(new Rectangle2D.Double(PdfPages.MARGIN, top, PdfPages.TEXT_WIDTH, height));
        double x = PdfPages.MARGIN;
        for (int c = 0; c < columns.size(); c++) {
            List<String> wrapped = lines.get(c);
            // headings sit on the bottom line, next to the values under them
            double lineTop = top + (most - wrapped.size()) * LINE_HEIGHT;
            for (String line : wrapped) {
                cell(line, x, lineTop, widths[c], Font.BOLD, numeric[c]);
                lineTop += LINE_HEIGHT;
            }
            x += widths[c];
        }
        line(top + height, PdfPages.GREY);
        pages.advance(height);
    }

    private void cell(String text, double x, double top, double width, int style, boolean right) {
        if (text.isEmpty()) {
            return;
        }
        Font font = pages.font(text + "\u2026", style, SIZE);
        String shown = TextBlock.clip(text, font, width - 2 * PAD);
        double tx = right ? x + width - PAD - TextBlock.width(shown, font) : x + PAD;
        pages.draw(pages.g2(), shown, font, PdfPages.INK, tx, top + ROW - 4.5);
    }

    private void line(double atY, Color color) {
        pages.g2().setPaint(color);
        pages.g2().setStroke(new BasicStroke(0.4f));
        pages.g2().draw(new Line2D.Double(PdfPages.MARGIN, atY, PdfPages.MARGIN + PdfPages.TEXT_WIDTH, atY));
    }

    private static boolean[] numericColumns(ReportTable table) {
        boolean[] numeric = new boolean[table.columns().size()];
        for (int c = 0; c < numeric.length; c++) {
            boolean any = false;
            boolean all = true;
            for (List<Object> row : table.rows()) {
                Object v = row.get(c);
                if (v != null) {
                    any = true;
                    all &= ReportWords.isNumber(v);
                }
            }
            numeric[c] = any && all;
        }
        return numeric;
    }

    /** Natural widths (heading and the first rows), shrunk in proportion to the text column when too wide. */
    private double[] widths(ReportTable table, DecimalFormat[] formats) {
        int n = table.columns().size();
        double[] widths = new double[n];
        for (int c = 0; c < n; c++) {
            String heading = table.columns().get(c);
            // a heading may wrap, so it asks only for its longest word (or a third of its length)
            Font bold = pages.font(heading, Font.BOLD, SIZE);
            widths[c] = TextBlock.width(heading, bold) / HEADER_LINES;
            for (String word : heading.split("\\s+")) {
                widths[c] = Math.max(widths[c], TextBlock.width(word, bold));
            }
            int shown = Math.min(MEASURED_ROWS, table.rows().size());
            for (int r = 0; r < shown; r++) {
                String text = words.cell(table.rows().get(r).get(c), formats[c]);
                widths[c] = Math.max(widths[c], TextBlock.width(text, pages.font(text, Font.PLAIN, SIZE)));
            }
            widths[c] = Math.min(widths[c], PdfPages.TEXT_WIDTH * 0.6) + 2 * PAD + 2;
        }
        double total = 0;
        for (double w : widths) {
            total += w;
        }
        double scale = PdfPages.TEXT_WIDTH / total;
        if (scale >= 1) {
            for (int c = 0; c < n; c++) {
                widths[c] *= scale;
            }
        } else {
            // shrink the wide columns more than the narrow ones: every column keeps at least its share
            double floor = Math.min(PdfPages.TEXT_WIDTH / n, 40);
            double flexible = 0;
            for (double w : widths) {
                flexible += Math.max(0, w - floor);
            }
            double excess = total - PdfPages.TEXT_WIDTH;
            for (int c = 0; c < n; c++) {
                double give = Math.max(0, widths[c] - floor);
                widths[c] -= flexible > 0 ? excess * give / flexible : widths[c] - PdfPages.TEXT_WIDTH / n;
            }
        }
        return widths;
    }
}
