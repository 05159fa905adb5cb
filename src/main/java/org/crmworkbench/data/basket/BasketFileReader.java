package org.crmworkbench.data.basket;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmworkbench.data.imports.HeaderColumns;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.ImportProblem;
import org.crmworkbench.data.imports.RecordSource;
import org.crmworkbench.data.imports.RecordSources;
import org.crmworkbench.data.imports.SourceRecord;
import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.model.BasketFileFormat;
import org.crmworkbench.model.BasketRows;
import org.crmworkbench.work.Progress;

/**
 * Baskets from a CSV or XLSX file, opened and decoded as the import opens files (a file that is not text is refused
 * whole; bytes that do not decode are named by line and column).
 *
 * <ul>
 *   <li><b>basket</b> format: no header; every non-blank line is one transaction (named {@code line N}) and its
 *       cells, split at the given delimiter (quotes allowed around an item holding the delimiter), are its items.
 *       Items are trimmed; empty cells are skipped. This is what arules' {@code read.transactions(format =
 *       "basket")} reads.</li>
 *   <li><b>long</b> format: a header, then one (transaction, item) pair per row in the named columns (found by
 *       their header exactly, or else ignoring case); rows of one transaction need not be adjacent. An empty
 *       transaction or item cell is refused with its line and column. As {@code format = "single"} in arules.</li>
 * </ul>
 * An item repeated within a transaction counts once (the analysis drops the repeat).
 */
public final class BasketFileReader {
    private final ImportOptions options;

    public BasketFileReader(ImportOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public BasketFileReader() {
        this(ImportOptions.defaults());
    }

    /**
     * @throws UnreadableFileException naming file, line and column of a missing column, an empty cell or undecodable
     *         text; or the whole file when it holds no transaction
     */
    public BasketRows read(Path file, BasketFileFormat format, Progress progress) throws IOException {
        progress.stage("basket.progress.file", file.getFileName().toString());
        return format.layout() == BasketFileFormat.Layout.BASKET
                ? readBaskets(file, format.delimiter(), progress)
                : readLong(file, format, progress);
    }

    private BasketRows readBaskets(Path file, char delimiter, Progress progress) throws IOException {
        List<String> ids = new ArrayList<>();
        List<List<String>> items = new ArrayList<>();
        try (RecordSource source = RecordSources.open(file, options.withDelimiter(delimiter))) {
            String name = source.name();
            // the source takes the first line for a header; in basket format it is the first transaction
            List<String> first = source.header();
            for (int c = 0; c < first.size(); c++) {
                if (first.get(c).indexOf('\uFFFD') >= 0) {
                    throw new UnreadableFileException(new ImportProblem(name, 1, c + 1, null, null,
                            "import.problem.encoding", options.encoding().displayName()), null);
                }
            }
            add(ids, items, 1, first.toArray(String[]::new));
            SourceRecord record;
            while ((record = source.next()) != null) {
                add(ids, items, record.line(), record.fields());
                tick(source, items.size(), progress);
            }
            return done(name, "file", ids, new ArrayList<>(java.util.Collections.nCopies(ids.size(), "")), items,
                    progress);
        }
    }

    private static void add(List<String> ids, List<List<String>> items, long line, String[] cells) {
        List<String> basket = new ArrayList<>(cells.length);
        for (String cell : cells) {
            String item = cell == null ? "" : cell.trim();
            if (!item.isEmpty()) {
                basket.add(item);
            }
        }
        if (!basket.isEmpty()) {
            ids.add("line " + line);
            items.add(basket);
        }
    }

    private BasketRows readLong(Path file, BasketFileFormat format, Progress progress) throws IOException {
        Map<String, List<String>> baskets = new LinkedHashMap<>();
        try (RecordSource source = RecordSources.open(file, format.delimiter() == ','
                ? options : options.withDelimiter(format.delimiter()))) {
            String name = source.name();
            List<String> header = source.header();
            int transactionCol = HeaderColumns.find(name, header, format.transactionColumn());
            int itemCol = HeaderColumns.find(name, header, format.itemColumn());
            SourceRecord record;
            long rows = 0;
            while ((record = source.next()) != null) {
                String transaction = record.field(transactionCol).trim();
                if (transaction.isEmpty()) {
                    throw emptyCell(name, record.line(), transactionCol, header, "basket.problem.emptyTransaction");
                }
                String item = record.field(itemCol).trim();
                if (item.isEmpty()) {
                    throw emptyCell(name, record.line(), itemCol, header, "basket.problem.emptyItem");
                }
                baskets.computeIfAbsent(transaction, t -> new ArrayList<>()).add(item);
                tick(source, ++rows, progress);
            }
            List<String> ids = new ArrayList<>(baskets.keySet());
            return done(name, "file", ids, new ArrayList<>(java.util.Collections.nCopies(ids.size(), "")),
                    new ArrayList<>(baskets.values()), progress);
        }
    }

    private static void tick(RecordSource source, long rows, Progress progress) {
        if ((rows & 0xFFF) == 0) {
            double read = source.fractionRead();
            if (read >= 0) {
                progress.worked((long) (read * 1000), 1000);
            }
            progress.checkCancelled();
        }
    }

    private static BasketRows done(String name, String basis, List<String> ids, List<String> customers,
                                   List<List<String>> items, Progress progress) {
        if (ids.isEmpty()) {
            throw new UnreadableFileException(new ImportProblem(name, 0, 0, null, null, "basket.problem.noRows"),
                    null);
        }
        progress.worked(1000, 1000);
        return new BasketRows(name, basis, ids, customers, items, Map.of());
    }

    private static UnreadableFileException emptyCell(String file, long line, int column, List<String> header,
                                                     String key) {
        return new UnreadableFileException(new ImportProblem(file, line, column + 1, header.get(column), null, key),
                null);
    }
}
