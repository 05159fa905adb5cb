package org.crmworkbench.data.sales;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmworkbench.data.imports.DateReader;
import org.crmworkbench.data.imports.HeaderColumns;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.ImportProblem;
import org.crmworkbench.data.imports.RecordSource;
import org.crmworkbench.data.imports.RecordSources;
import org.crmworkbench.data.imports.SourceRecord;
import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.model.RepOrder;
import org.crmworkbench.model.RepOrders;
import org.crmworkbench.work.Progress;

/**
 * A sales team's orders from a CSV or XLSX file, one order per row: rep, amount and date columns, optionally a
 * customer column, and any further columns to use as factors (their header names become the factors' names).
 *
 * <p>Files are opened as the import opens them (separator and encoding detected, dates read as the import reads them,
 * a time of day dropped); columns are found by their header exactly or else ignoring case. Each order is named by its
 * line ({@code line 12}); the orders come oldest first (rows of one day in file order). An empty rep, date or amount,
 * an unreadable date or amount and a negative amount are refused with their line and column; an empty customer or
 * factor cell reads as "" (unknown).
 */
public final class RepFileReader {
    private final ImportOptions options;

    public RepFileReader(ImportOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public RepFileReader() {
        this(ImportOptions.defaults());
    }

    /**
     * @param customerColumn the customer column, or null / blank when the file has none
     * @param factorColumns  further columns read as factors (may be empty)
     * @throws UnreadableFileException naming file, line and column of a missing column or a bad cell; or the file
     *         when it has no rows
     */
    public RepOrders read(Path file, String repColumn, String amountColumn, String dateColumn, String customerColumn,
                          List<String> factorColumns, Progress progress) throws IOException {
        DateReader dates = new DateReader(options.slashedDates());
        progress.stage("sales.progress.file", file.getFileName().toString());
        try (RecordSource source = RecordSources.open(file, options)) {
            String name = source.name();
            List<String> header = source.header();
            int repCol = HeaderColumns.find(name, header, repColumn);
            int amountCol = HeaderColumns.find(name, header, amountColumn);
            int dateCol = HeaderColumns.find(name, header, dateColumn);
            int customerCol = customerColumn == null || customerColumn.isBlank() ? -1
                    : HeaderColumns.find(name, header, customerColumn.trim());
            List<String> factorNames = new ArrayList<>();
            int[] factorCols = new int[factorColumns.size()];
            for (int f = 0; f < factorCols.length; f++) {
                factorCols[f] = HeaderColumns.find(name, header, factorColumns.get(f).trim());
                factorNames.add(factorColumns.get(f).trim());
            }
            List<RepOrder> orders = new ArrayList<>();
            SourceRecord record;
            while ((record = source.next()) != null) {
                long line = record.line();
                String rep = record.field(repCol).trim();
                if (rep.isEmpty()) {
                    throw problem(name, line, repCol, header, null, "sales.problem.emptyRep");
                }
                String dateText = record.field(dateCol).trim();
                if (dateText.isEmpty()) {
                    throw problem(name, line, dateCol, header, null, "series.problem.emptyDate");
                }
                LocalDateTime when = dates.dateTime(dateText);
                if (when == null) {
                    throw problem(name, line, dateCol, header, dateText, "series.problem.notDate");
                }
                String amountText = record.field(amountCol).trim();
                if (amountText.isEmpty()) {
                    throw problem(name, line, amountCol, header, null, "value.problem.emptyAmount");
                }
                double amount = number(amountText);
                if (!Double.isFinite(amount)) {
                    throw problem(name, line, amountCol, header, amountText, "series.problem.notNumber");
                }
                if (amount < 0) {
                    throw problem(name, line, amountCol, header, amountText, "sales.problem.negativeAmount");
                }
                List<String> levels = new ArrayList<>(factorCols.length);
                for (int col : factorCols) {
                    levels.add(record.field(col).trim());
                }
                String customer = customerCol < 0 ? "" : record.field(customerCol).trim();
                orders.add(new RepOrder("line " + line, rep, customer, when.toLocalDate(), amount, levels));
                if ((orders.size() & 0xFFF) == 0) {
                    double read = source.fractionRead();
                    if (read >= 0) {
                        progress.worked((long) (read * 1000), 1000);
                    }
                    progress.checkCancelled();
                }
            }
            if (orders.isEmpty()) {
                throw new UnreadableFileException(new ImportProblem(name, 0, 0, null, null, "sales.problem.noRows"),
                        null);
            }
            orders.sort(Comparator.comparing(RepOrder::date));
            progress.worked(1000, 1000);
            return new RepOrders(name, factorNames, orders, Map.of(), Map.of());
        }
    }

    static double number(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static UnreadableFileException problem(String file, long line, int column, List<String> header, String value,
                                           String key, Object... args) {
        return new UnreadableFileException(new ImportProblem(file, line, column + 1, header.get(column), value, key,
                args), null);
    }
}
