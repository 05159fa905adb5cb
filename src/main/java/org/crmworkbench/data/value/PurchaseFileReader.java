package org.crmworkbench.data.value;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.analysis.value.Purchase;
import org.crmworkbench.data.imports.DateReader;
import org.crmworkbench.data.imports.HeaderColumns;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.ImportProblem;
import org.crmworkbench.data.imports.RecordSource;
import org.crmworkbench.data.imports.RecordSources;
import org.crmworkbench.data.imports.SourceRecord;
import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.work.Progress;

/**
 * Reads purchases from a CSV or XLSX transaction file with a customer, a date and an amount column, one row per
 * transaction (several rows of one customer on one day are one purchase to the value analysis, their amounts added).
 *
 * <p>Separator and encoding are detected as the import does, dates read as the import reads them (a time of day is
 * dropped), columns found by their header exactly or else ignoring case. Amounts are plain numbers with a point for
 * decimals; a negative amount (a return) is refused, since the spend model needs positive spend.
 */
public final class PurchaseFileReader {
    private final ImportOptions options;

    public PurchaseFileReader(ImportOptions options) {
        this.options = options;
    }

    public PurchaseFileReader() {
        this(ImportOptions.defaults());
    }

    /**
     * @throws UnreadableFileException naming file, line and column of a missing column, an empty customer, an
     *         unreadable date or amount, or a negative amount; or the file when it has no rows
     */
    public List<Purchase> read(Path file, String customerColumn, String dateColumn, String amountColumn,
                               Progress progress) throws IOException {
        DateReader dates = new DateReader(options.slashedDates());
        progress.stage("value.progress.file", file.getFileName().toString());
        try (RecordSource source = RecordSources.open(file, options)) {
            String name = source.name();
            List<String> header = source.header();
            int customerCol = HeaderColumns.find(name, header, customerColumn);
            int dateCol = HeaderColumns.find(name, header, dateColumn);
            int amountCol = HeaderColumns.find(name, header, amountColumn);
            List<Purchase> purchases = new ArrayList<>();
            SourceRecord record;
            while ((record = source.next()) != null) {
                String customer = record.field(customerCol).trim();
                if (customer.isEmpty()) {
                    throw problem(name, record.line(), customerCol, header, null, "value.problem.emptyCustomer");
                }
                String dateText = record.field(dateCol).trim();
                if (dateText.isEmpty()) {
                    throw problem(name, record.line(), dateCol, header, null, "series.problem.emptyDate");
                }
                LocalDateTime when = dates.dateTime(dateText);
                if (when == null) {
                    throw problem(name, record.line(), dateCol, header, dateText, "series.problem.notDate");
                }
                String amountText = record.field(amountCol).trim();
                double amount = amount(amountText);
                if (amountText.isEmpty() || !Double.isFinite(amount)) {
                    throw problem(name, record.line(), amountCol, header, amountText.isEmpty() ? null : amountText,
                            amountText.isEmpty() ? "value.problem.emptyAmount" : "series.problem.notNumber");
                }
                if (amount < 0) {
                    throw problem(name, record.line(), amountCol, header, amountText, "value.problem.negativeAmount");
                }
                purchases.add(new Purchase(customer, when.toLocalDate(), amount));
                if ((purchases.size() & 0xFFF) == 0) {
                    double read = source.fractionRead();
                    if (read >= 0) {
                        progress.worked((long) (read * 1000), 1000);
                    }
                    progress.checkCancelled();
                }
            }
            if (purchases.isEmpty()) {
                throw new UnreadableFileException(new ImportProblem(name, 0, 0, null, null,
                        "value.problem.noRows"), null);
            }
            progress.worked(1000, 1000);
            return purchases;
        }
    }

    private static double amount(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static UnreadableFileException problem(String file, long line, int column, List<String> header,
                                                   String value, String key, Object... args) {
        return new UnreadableFileException(new ImportProblem(file, line, column + 1, header.get(column), value, key,
                args), null);
    }
}
