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
 * A report table on PDF pages: a shaded header row, numbers right-aligned, text wrapped over up to three lines in its
 * column (the third clipped with an ellipsis), and rows carried over to new pages under a repeated header. Headings wrap
 * over up to three lines. Columns get their natural width (the widest of the heading and the first rows), stretched
 * to the column of text, or shrunk by max-min fair shares (columns narrower than a common cap keep their width).
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
            List<List<String>> lines = new ArrayList<>(n);
            int most = 1;
            for (int c = 0; c < n; c++) {
                Object value = row.get(c);
                String text = words.cell(value, formats[c]);
                List<String> wrapped = ReportWords.isNumber(value) || text.isEmpty() ? List.of(text)
                        : wrapped(text, pages.font(text + "\u2026", Font.PLAIN, SIZE), widths[c]);
                lines.add(wrapped);
                most = Math.max(most, wrapped.size());
            }
            double height = ROW + (most - 1) * LINE_HEIGHT;
            if (pages.room() < height) {
                pages.newPage();
                drawHeader(columns, widths, numeric);
            }
            double x = PdfPages.MARGIN;
            double top = pages.y();
            for (int c = 0; c < n; c++) {
                double lineTop = top;
                for (String line : lines.get(c)) {
                    cell(line, x, lineTop, widths[c], Font.PLAIN, ReportWords.isNumber(row.get(c)));
                    lineTop += LINE_HEIGHT;
                }
                x += widths[c];
            }
            line(top + height, LINE);
            pages.advance(height);
        }
    }

    /** The header row: headings wrapped over up to three lines (the last clipped), on a shaded band. */
    private void drawHeader(List<String> columns, double[] widths, boolean[] numeric) {
        List<List<String>> lines = new ArrayList<>();
        int most = 1;
        for (int c = 0; c < columns.size(); c++) {
            String heading = columns.get(c);
            List<String> wrapped = wrapped(heading, pages.font(heading + "\u2026", Font.BOLD, SIZE), widths[c]);
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

    /** {@code text} wrapped to a column {@code width} wide over at most three lines, the last clipped. */
    static List<String> wrapped(String text, Font font, double width) {
        List<String> wrapped = new ArrayList<>(TextBlock.wrap(text, font, width - 2 * PAD, Locale.ROOT));
        if (wrapped.size() > HEADER_LINES) {
            String rest = String.join(" ", wrapped.subList(HEADER_LINES - 1, wrapped.size()));
            wrapped.subList(HEADER_LINES - 1, wrapped.size()).clear();
            wrapped.add(TextBlock.clip(rest, font, width - 2 * PAD));
        }
        return wrapped.isEmpty() ? List.of(text) : wrapped;
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
            // max-min fair shares: every column narrower than a common cap keeps its natural width (dates, ids,
            // numbers and headings stay whole) and the wider ones are cut to that cap, which fills the page exactly
            double[] sorted = widths.clone();
            java.util.Arrays.sort(sorted);
            double left = PdfPages.TEXT_WIDTH;
            double cap = left / n;
            for (int i = 0; i < n; i++) {
                cap = left / (n - i);
                if (sorted[i] > cap) {
                    break;
                }
                left -= sorted[i];
            }
            for (int c = 0; c < n; c++) {
                widths[c] = Math.min(widths[c], cap);
            }
        }
        return widths;
    }
}
