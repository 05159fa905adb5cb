package org.crmworkbench.present.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.util.List;
import org.crmworkbench.present.chart.ChartExporter;
import org.crmworkbench.present.chart.ChartFormat;
import org.crmworkbench.work.Progress;
import org.jfree.chart.JFreeChart;

/**
 * A report as one self-contained HTML5 page: styles inline, every chart an inline SVG, no link to anything outside
 * the file, so it can be mailed or archived as it is. Written as polyglot XHTML (well-formed XML that browsers read
 * as HTML). Printed, every item starts a new page.
 */
final class HtmlReportWriter implements ReportWriter {
    /** The size charts are drawn at, in points (16:10); the page scales them to its width. */
    static final double CHART_WIDTH = 720;
    static final double CHART_HEIGHT = 450;

    private static final String STYLE = """
            body{font-family:"Noto Sans","Segoe UI","Helvetica Neue",Arial,"Noto Sans CJK SC","Source Han Sans SC",\
            "Microsoft YaHei","PingFang SC",sans-serif;color:#222;max-width:60em;margin:2em auto;padding:0 1em;\
            line-height:1.45}
            h1{font-size:1.8em;margin-bottom:.3em}
            h2{font-size:1.3em;margin-top:2.2em;border-bottom:1px solid #ddd;padding-bottom:.2em}
            .notes{white-space:pre-wrap}
            .built,.provenance{color:#666;font-size:.85em}
            .chart svg{width:100%;max-width:720pt;height:auto;display:block}
            table.data{border-collapse:collapse;font-size:.9em;margin:.5em 0}
            table.data th{background:#e8ebef;text-align:left}
            table.data th,table.data td{border-bottom:1px solid #ddd;padding:.2em .6em;vertical-align:top}
            table.data .num{text-align:right;font-variant-numeric:tabular-nums}
            h3.provenance{margin:1.2em 0 .3em;border-top:1px solid #ddd;padding-top:.5em}
            dl.provenance{display:grid;grid-template-columns:max-content auto;gap:0 1em;margin:0}
            dl.provenance dt{font-weight:bold}
            dl.provenance dd{margin:0;white-space:pre-wrap}
            @media print{body{max-width:none;margin:0}section.item{break-before:page;page-break-before:always}\
            table.data thead{display:table-header-group}tr{break-inside:avoid}a{color:inherit;text-decoration:none}}
            """;

    private final ReportWords words;
    private final ChartExporter exporter = new ChartExporter();

    HtmlReportWriter(ReportWords words) {
        this.words = words;
    }

    @Override
    public void write(Report report, OutputStream out, Progress progress) throws IOException {
        int total = report.items().size();
        progress.worked(0, total);
        Writer w = new OutputStreamWriter(new KeptOpenStream(out), StandardCharsets.UTF_8);
        String lang = words.locale().toLanguageTag();
        w.write("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + esc(lang)
                + "\" xml:lang=\"" + esc(lang) + "\">\n<head>\n<meta charset=\"UTF-8\"/>\n");
        w.write("<meta name=\"generator\" content=\"" + esc("CRM Workbench " + report.appVersion()) + "\"/>\n");
        w.write("<title>" + esc(report.title()) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        w.write("<header>\n<h1>" + esc(report.title()) + "</h1>\n");
        if (!report.notes().isBlank()) {
            w.write("<p class=\"notes\">" + esc(report.notes().strip()) + "</p>\n");
        }
        w.write("<p class=\"built\">" + esc(words.built(report)) + "<br/>"
                + esc(words.fact(words.get("report.doc.dataSet"),
                        report.dataSet().isBlank() ? words.get("report.doc.unknown") : report.dataSet()))
                + "</p>\n");
        if (total > 0) {
            w.write("<nav>\n<h2>" + esc(words.get("report.doc.contents")) + "</h2>\n<ol>\n");
            for (int i = 0; i < total; i++) {
                w.write("<li><a href=\"#item-" + (i + 1) + "\">" + esc(report.items().get(i).title())
                        + "</a></li>\n");
            }
            w.write("</ol>\n</nav>\n");
        }
        w.write("</header>\n");
        ReportChart charts = new ReportChart(words.messages());
        for (int i = 0; i < total; i++) {
            progress.checkCancelled();
            ReportItem item = report.items().get(i);
            progress.stage("report.doc.stage.item", item.title(), i + 1, total);
            w.write("<section class=\"item\" id=\"item-" + (i + 1) + "\">\n<h2>" + (i + 1) + ". "
                    + esc(item.title()) + "</h2>\n");
            if (item instanceof ReportItem.Chart chart) {
                w.write("<div class=\"chart\">\n" + svg(charts, chart) + "\n</div>\n");
            } else if (item instanceof ReportItem.Table table) {
                table(w, table.table());
            }
            if (!item.note().isBlank()) {
                w.write("<p class=\"notes\">" + esc(item.note().strip()) + "</p>\n");
            }
            provenance(w, item.provenance());
            w.write("</section>\n");
            progress.worked(i + 1, total);
        }
        w.write("</body>\n</html>\n");
        w.flush();
    }

    /** The chart as an inline {@code <svg>} element: JFreeSVG's document without its XML prolog, with a view box. */
    private String svg(ReportChart charts, ReportItem.Chart item) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            JFreeChart chart = charts.forPage(item);
            exporter.write(chart, ChartFormat.SVG, buffer, CHART_WIDTH, CHART_HEIGHT, 0);
        } finally {
            charts.restore(item);
        }
        String svg = buffer.toString(StandardCharsets.UTF_8);
        int start = svg.indexOf("<svg");
        if (start < 0) {
            throw new IOException("the chart's SVG has no <svg> element");
        }
        // the exporter's view box lets the page scale the chart to its width, keeping the proportions
        return svg.substring(start).strip();
    }

    private void table(Writer w, ReportTable table) throws IOException {
        boolean[] numeric = new boolean[table.columns().size()];
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < numeric.length; c++) {
                numeric[c] |= ReportWords.isNumber(row.get(c));
            }
        }
        StringBuilder b = new StringBuilder("<table class=\"data\">\n<thead><tr>");
        for (int c = 0; c < numeric.length; c++) {
            b.append(numeric[c] ? "<th class=\"num\">" : "<th>").append(esc(table.columns().get(c))).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        w.write(b.toString());
        DecimalFormat[] formats = words.columnFormats(table);
        for (List<Object> row : table.rows()) {
            b.setLength(0);
            b.append("<tr>");
            for (int c = 0; c < numeric.length; c++) {
                Object cell = row.get(c);
                b.append(ReportWords.isNumber(cell) ? "<td class=\"num\">" : "<td>")
                        .append(esc(words.cell(cell, formats[c]))).append("</td>");
            }
            w.write(b.append("</tr>\n").toString());
        }
        w.write("</tbody>\n</table>\n");
    }

    private void provenance(Writer w, Provenance provenance) throws IOException {
        w.write("<h3 class=\"provenance\">" + esc(words.get("report.doc.provenance")) + "</h3>\n"
                + "<dl class=\"provenance\">\n");
        for (ReportWords.Fact fact : words.provenance(provenance)) {
            w.write("<dt>" + esc(fact.label()) + "</dt><dd>" + esc(fact.value()) + "</dd>\n");
        }
        w.write("</dl>\n");
    }

    /** Text safe in XML content and attributes; characters XML 1.0 cannot hold are dropped. */
    static String esc(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF
                            && !(c >= 0xD800 && c <= 0xDFFF))) {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }
}
