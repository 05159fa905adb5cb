package org.crmworkbench.present.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmworkbench.work.Progress;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A report as a workbook (fastexcel): a first sheet with the title, notes, when and with which version it was
 * built, the data set, and one row per item with its provenance; then one sheet per table, numbers as numbers and
 * dates as dates. Charts are listed on the first sheet by title (a workbook gets no pictures of them).
 */
final class XlsxReportWriter implements ReportWriter {
    private static final Pattern VERSION = Pattern.compile("^(\\d{1,2})\\.(\\d{1,4})");
    private static final String DATE = "yyyy-mm-dd";
    private static final String HEADER_FILL = "E8EBEF";

    private final ReportWords words;

    XlsxReportWriter(ReportWords words) {
        this.words = words;
    }

    @Override
    public void write(Report report, OutputStream out, Progress progress) throws IOException {
        int total = report.items().size();
        progress.worked(0, total);
        SheetNames names = new SheetNames();
        Workbook workbook = new Workbook(new KeptOpenStream(out), "CRM Workbench", version(report.appVersion()));
        Worksheet front = workbook.newWorksheet(names.next(words.get("report.doc.sheet.report")));
        String[] sheetOf = new String[total];
        for (int i = 0; i < total; i++) {
            if (report.items().get(i) instanceof ReportItem.Table table) {
                sheetOf[i] = names.next((i + 1) + " " + table.title());
            }
        }
        frontSheet(front, report, sheetOf);
        front.finish();
        for (int i = 0; i < total; i++) {
            progress.checkCancelled();
            ReportItem item = report.items().get(i);
            progress.stage("report.doc.stage.item", item.title(), i + 1, total);
            if (item instanceof ReportItem.Table table) {
                Worksheet sheet = workbook.newWorksheet(sheetOf[i]);
                tableSheet(sheet, table, progress);
                sheet.finish();
            }
            progress.worked(i + 1, total);
        }
        progress.checkCancelled();
        workbook.finish();
        out.flush();
    }

    /** fastexcel wants the version as {@code XX.YYYY}: the major and minor of ours, else 1.0. */
    static String version(String appVersion) {
        Matcher m = VERSION.matcher(appVersion == null ? "" : appVersion);
        return m.find() ? m.group(1) + "." + m.group(2) : "1.0";
    }

    private void frontSheet(Worksheet ws, Report report, String[] sheetOf) {
        ws.value(0, 0, report.title());
        ws.style(0, 0).bold().fontSize(14).set();
        int r = 1;
        if (!report.notes().isBlank()) {
            ws.value(r, 0, words.get("report.doc.notes"));
            ws.style(r, 0).bold().set();
            ws.value(r, 1, report.notes().strip());
            ws.style(r, 1).wrapText(true).verticalAlignment("top").set();
            r++;
        }
        for (ReportWords.Fact fact : words.header(report)) {
            ws.value(r, 0, fact.label());
            ws.style(r, 0).bold().set();
            ws.value(r, 1, fact.value());
            r++;
        }
        r++;
        String[] heads = {words.get("report.doc.col.number"), words.get("report.doc.col.title"),
            words.get("report.doc.col.type"), words.get("report.doc.col.sheet"), words.get("report.doc.col.run"),
            words.get("report.doc.col.kind"), words.get("report.doc.dataSet"), words.get("report.doc.dataAsOf"),
            words.get("report.doc.runAt"), words.get("report.doc.parameters"), words.get("report.doc.seed"),
            words.get("report.doc.appVersion"), words.get("report.doc.madeBy")};
        double[] widths = {6, 36, 10, 24, 8, 14, 36, 12, 20, 50, 12, 12, 14};
        for (int c = 0; c < heads.length; c++) {
            ws.value(r, c, heads[c]);
            ws.style(r, c).bold().fillColor(HEADER_FILL).set();
            ws.width(c, widths[c]);
        }
        r++;
        List<ReportItem> items = report.items();
        for (int i = 0; i < items.size(); i++, r++) {
            ReportItem item = items.get(i);
            Provenance p = item.provenance();
            ws.value(r, 0, i + 1);
            ws.value(r, 1, item.title());
            ws.value(r, 2, words.get(item instanceof ReportItem.Chart ? "report.doc.type.chart"
                    : "report.doc.type.table"));
            if (sheetOf[i] != null) {
                ws.value(r, 3, sheetOf[i]);
            }
            ws.value(r, 4, p.runId());
            ws.value(r, 5, p.kind());
            ws.value(r, 6, p.dataSet());
            if (p.dataAsOf() != null) {
                ws.value(r, 7, p.dataAsOf());
                ws.style(r, 7).format(DATE).set();
            }
            ws.value(r, 8, words.time(p.runAt()));
            ws.value(r, 9, p.parameters());
            if (p.seed() != null) {
                ws.value(r, 10, Long.toString(p.seed())); // as text: Excel keeps 15 digits, a seed has up to 19
            }
            ws.value(r, 11, p.appVersion());
            if (p.madeBy() != null) {
                ws.value(r, 12, p.madeBy());
            }
        }
    }

    private void tableSheet(Worksheet ws, ReportItem.Table item, Progress progress) {
        ReportTable table = item.table();
        ws.value(0, 0, item.title());
        ws.style(0, 0).bold().fontSize(13).set();
        int columns = table.columns().size();
        double[] widths = new double[columns];
        for (int c = 0; c < columns; c++) {
            ws.value(1, c, table.columns().get(c));
            ws.style(1, c).bold().fillColor(HEADER_FILL).set();
            widths[c] = Math.max(8, table.columns().get(c).length() + 2);
        }
        int r = 2;
        for (List<Object> row : table.rows()) {
            if (r % 1000 == 0) {
                progress.checkCancelled();
            }
            for (int c = 0; c < columns; c++) {
                Object cell = row.get(c);
                if (cell instanceof Number n) {
                    double x = n.doubleValue();
                    if (!Double.isNaN(x) && !Double.isInfinite(x)) {
                        ws.value(r, c, n);
                    }
                } else if (cell instanceof LocalDate date) {
                    ws.value(r, c, date);
                    ws.style(r, c).format(DATE).set();
                    widths[c] = Math.max(widths[c], 12);
                } else if (cell != null) {
                    String text = cell instanceof JsonList ? words.cell(cell) : cell.toString();
                    ws.value(r, c, text);
                    widths[c] = Math.max(widths[c], Math.min(60, text.length() + 2));
                }
            }
            r++;
        }
        for (int c = 0; c < columns; c++) {
            ws.width(c, widths[c]);
        }
        ws.freezePane(0, 2);
        if (!item.note().isBlank()) {
            ws.value(r + 1, 0, item.note().strip());
        }
    }
}
