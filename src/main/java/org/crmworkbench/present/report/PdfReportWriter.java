package org.crmworkbench.present.report;

import com.orsonpdf.PDFGraphics2D;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.present.chart.ChartFonts;
import org.crmworkbench.work.Progress;
import org.jfree.chart.JFreeChart;

/**
 * A report as an A4 PDF (OrsonPDF). Page 1: the title, the notes, when and with which version it was built, the
 * data set and the contents with page numbers. Then every item on a page of its own: a heading, the chart as
 * vectors across the text column (16:10) or the table (over as many pages as it needs, header repeated), the note,
 * and the provenance in small grey type. Every page has "Page n of m" at the foot.
 *
 * <p>All text, the report's and the charts', is drawn as vector outlines of a font {@link ChartFonts} chose for it:
 * OrsonPDF writes text only in PDF's standard 14 fonts (Latin-1) and turns other families into Courier.
 */
final class PdfReportWriter implements ReportWriter {
    /** The size a chart is laid out at before it is scaled to the text column: 16:10, like a slide. */
    static final double CHART_WIDTH = 640;
    static final double CHART_HEIGHT = 400;
    static final double CHART_SCALE = PdfPages.TEXT_WIDTH / CHART_WIDTH;

    private final ReportWords words;
    private final ChartFonts fonts;

    PdfReportWriter(ReportWords words, ChartFonts fonts) {
        this.words = words;
        this.fonts = fonts;
    }

    @Override
    public void write(Report report, OutputStream out, Progress progress) throws IOException {
        int total = report.items().size();
        progress.worked(0, total);
        PdfPages pages = new PdfPages(fonts, words.locale());
        List<PdfPages.Slot> contents = titlePage(report, pages);
        int[] firstPage = new int[total];
        ReportChart charts = new ReportChart(words.messages());
        for (int i = 0; i < total; i++) {
            progress.checkCancelled();
            ReportItem item = report.items().get(i);
            progress.stage("report.doc.stage.item", item.title(), i + 1, total);
            pages.newPage();
            firstPage[i] = pages.page();
            pages.paragraph(heading(i, item), Font.BOLD, 14, PdfPages.INK);
            pages.advance(6);
            if (item instanceof ReportItem.Chart chart) {
                drawChart(pages, charts, chart);
            } else if (item instanceof ReportItem.Table table) {
                new PdfTable(pages, words).draw(table.table(), progress);
                if (table.table().rows().isEmpty()) {
                    pages.paragraph(words.get("report.doc.noRows"), Font.ITALIC, 9, PdfPages.GREY);
                }
            }
            pages.advance(10);
            pages.paragraph(item.note(), Font.PLAIN, 10, PdfPages.INK);
            provenance(pages, item.provenance());
            progress.worked(i + 1, total);
        }
        progress.checkCancelled();
        fillContents(report, pages, contents, firstPage);
        int count = pages.pageCount();
        pages.footers(p -> words.get("report.doc.page", p + 1, count));
        out.write(pages.bytes());
    }

    private static String heading(int i, ReportItem item) {
        return (i + 1) + ". " + item.title();
    }

    private List<PdfPages.Slot> titlePage(Report report, PdfPages pages) {
        pages.paragraph(report.title(), Font.BOLD, 22, PdfPages.INK);
        pages.advance(8);
        pages.paragraph(report.notes(), Font.PLAIN, 10.5, PdfPages.INK);
        pages.advance(10);
        pages.paragraph(words.built(report), Font.PLAIN, 9, PdfPages.GREY);
        String dataSet = words.fact(words.get("report.doc.dataSet"), orUnknown(report.dataSet()));
        pages.paragraph(dataSet, Font.PLAIN, 9, PdfPages.GREY);
        pages.advance(16);
        if (report.items().isEmpty()) {
            return List.of();
        }
        pages.paragraph(words.get("report.doc.contents"), Font.BOLD, 13, PdfPages.INK);
        pages.advance(4);
        List<PdfPages.Slot> slots = new ArrayList<>();
        for (int i = 0; i < report.items().size(); i++) {
            slots.add(pages.reserve(16));
        }
        return slots;
    }

    private String orUnknown(String text) {
        return text.isBlank() ? words.get("report.doc.unknown") : text;
    }

    /** Writes the contents lines into the places kept for them, now that every item's page is known. */
    private void fillContents(Report report, PdfPages pages, List<PdfPages.Slot> slots, int[] firstPage) {
        for (int i = 0; i < slots.size(); i++) {
            PdfPages.Slot slot = slots.get(i);
            PDFGraphics2D g2 = pages.g2(slot.page());
            String number = Integer.toString(firstPage[i] + 1);
            Font numberFont = pages.font(number, Font.PLAIN, 10.5);
            double numberWidth = TextBlock.width(number, numberFont);
            String title = heading(i, report.items().get(i));
            Font font = pages.font(title + "\u2026", Font.PLAIN, 10.5);
            String shown = TextBlock.clip(title, font, PdfPages.TEXT_WIDTH - numberWidth - 24);
            double baseline = slot.y() + 11;
            pages.draw(g2, shown, font, PdfPages.INK, PdfPages.MARGIN, baseline);
            pages.draw(g2, number, numberFont, PdfPages.INK, PdfPages.MARGIN + PdfPages.TEXT_WIDTH - numberWidth,
                    baseline);
        }
    }

    private void drawChart(PdfPages pages, ReportChart charts, ReportItem.Chart item) {
        double height = CHART_HEIGHT * CHART_SCALE;
        pages.ensure(height);
        try {
            JFreeChart chart = charts.forPage(item);
            PDFGraphics2D g2 = pages.g2();
            AffineTransform transform = g2.getTransform();
            Shape clip = g2.getClip();
            try {
                g2.translate(PdfPages.MARGIN, pages.y());
                g2.scale(CHART_SCALE, CHART_SCALE);
                g2.clip(new Rectangle2D.Double(0, 0, CHART_WIDTH, CHART_HEIGHT));
                chart.draw(g2, new Rectangle2D.Double(0, 0, CHART_WIDTH, CHART_HEIGHT));
            } finally {
                g2.setTransform(transform);
                g2.setClip(clip);
            }
        } finally {
            charts.restore(item);
        }
        pages.advance(height);
    }

    private void provenance(PdfPages pages, Provenance provenance) {
        pages.advance(8);
        List<ReportWords.Fact> facts = words.provenance(provenance);
        pages.ensure(14 + 11 * Math.min(3, facts.size()));
        pages.rule(pages.y(), new Color(0xCC, 0xCC, 0xCC));
        pages.advance(4);
        pages.paragraph(words.get("report.doc.provenance"), Font.BOLD, 8, PdfPages.GREY);
        for (ReportWords.Fact fact : facts) {
            pages.paragraph(words.fact(fact.label(), fact.value()), Font.PLAIN, 8, PdfPages.GREY);
        }
    }
}
