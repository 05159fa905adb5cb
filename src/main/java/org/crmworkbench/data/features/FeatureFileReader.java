package org.crmworkbench.data.features;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.ImportProblem;
import org.crmworkbench.data.imports.RecordSource;
import org.crmworkbench.data.imports.RecordSources;
import org.crmworkbench.data.imports.SourceRecord;
import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.model.FeatureTable;
import org.crmworkbench.model.FeatureTable.CategoryColumn;
import org.crmworkbench.model.FeatureTable.NumericColumn;
import org.crmworkbench.work.Progress;

/**
 * Reads any CSV (separator and encoding as the import detects them) or XLSX sheet with a header row into a
 * {@link FeatureFile}. Empty cells and {@code NA}, {@code NaN}, {@code null} count as missing. The row ids come from a
 * column named {@code id}, {@code customer_id}, {@code external_id} or {@code customer} (any case), or the rows are
 * numbered from 1. A column of text with at most {@value #MAX_LEVELS} distinct values is also kept as a
 * categorical column (a region, a channel); longer texts (names, comments) are not.
 */
public final class FeatureFileReader {
    private static final Set<String> ID_NAMES = Set.of("id", "customer_id", "external_id", "customer");
    /** The most distinct values a text column may have to be kept as a category. */
    public static final int MAX_LEVELS = 50;
    private static final Set<String> MISSING = Set.of("", "na", "nan", "null", "n/a");

    private final ImportOptions options;

    public FeatureFileReader(ImportOptions options) {
        this.options = options;
    }

    public FeatureFileReader() {
        this(ImportOptions.defaults());
    }

    /**
     * Reads {@code file}.
     *
     * @throws UnreadableFileException naming the file, line and column when the file is empty, has a repeated
     *                                 header, a row with the wrong number of fields, or no data rows
     */
    public FeatureFile read(Path file, Progress progress) throws IOException {
        try (RecordSource source = RecordSources.open(file, options)) {
            String name = source.name();
            List<String> header = source.header();
            Set<String> seen = new HashSet<>();
            for (int c = 0; c < header.size(); c++) {
                if (!seen.add(header.get(c))) {
                    throw new UnreadableFileException(new ImportProblem(name, 1, c + 1, header.get(c), header.get(c),
                            "features.problem.repeatedHeader"), null);
                }
            }
            int idCol = -1;
            for (int c = 0; c < header.size(); c++) {
                if (ID_NAMES.contains(header.get(c).toLowerCase(Locale.ROOT))) {
                    idCol = c;
                    break;
                }
            }
            int cols = header.size();
            String[][] texts = new String[cols][1024];
            long[] lines = new long[1024];
            List<String> ids = new ArrayList<>();
            int rows = 0;
            SourceRecord record;
            while ((record = source.next()) != null) {
                String[] fields = record.fields();
                if (fields.length != cols) {
                    String key = fields.length < cols ? "import.problem.missingFields" : "import.problem.extraFields";
                    throw new UnreadableFileException(new ImportProblem(name, record.line(), 0, null, null, key,
                            cols, fields.length), null);
                }
                if (rows == lines.length) {
                    lines = Arrays.copyOf(lines, rows * 2);
                    for (int c = 0; c < cols; c++) {
                        texts[c] = Arrays.copyOf(texts[c], rows * 2);
                    }
                }
                for (int c = 0; c < cols; c++) {
                    if (c != idCol) {
                        // the ids are kept as text below and never become a feature
                        String text = fields[c].trim();
                        texts[c][rows] = isMissing(text) ? null : text;
                    }
                }
                lines[rows] = record.line();
                ids.add(idCol >= 0 ? fields[idCol].trim() : Integer.toString(rows + 1));
                rows++;
                if ((rows & 0x3FFF) == 0) {
                    progress.worked((long) (source.fractionRead() * 1000), 1000);
                    progress.checkCancelled();
                }
            }
            // the numbers are read column by column, the columns on every core at once
            double[][] values = new double[cols][];
            ImportProblem[] firstText = new ImportProblem[cols];
            int n = rows;
            long[] lineOf = lines;
            int skip = idCol;
            IntStream.range(0, cols).parallel().filter(c -> c != skip).forEach(c -> {
                values[c] = new double[n];
                firstText[c] = readNumbers(texts[c], n, values[c], lineOf, name, c, header.get(c));
            });
            if (rows == 0) {
                throw new UnreadableFileException(new ImportProblem(name, 0, 0, null, null,
                        "features.problem.noRows"), null);
            }
            List<NumericColumn> numeric = new ArrayList<>();
            List<CategoryColumn> categories = new ArrayList<>();
            Map<String, ImportProblem> notNumeric = new LinkedHashMap<>();
            for (int c = 0; c < cols; c++) {
                if (c == idCol) {
                    continue;
                }
                if (firstText[c] != null) {
                    notNumeric.put(header.get(c), firstText[c]);
                    String[] column = Arrays.copyOf(texts[c], rows);
                    if (Arrays.stream(column).filter(java.util.Objects::nonNull).distinct().count() <= MAX_LEVELS) {
                        categories.add(new CategoryColumn(header.get(c), column));
                    }
                } else {
                    numeric.add(new NumericColumn(header.get(c), values[c]));
                }
            }
            progress.worked(1000, 1000);
            FeatureTable table = new FeatureTable(file.toString(), ids, numeric, categories);
            return new FeatureFile(table, idCol >= 0 ? header.get(idCol) : null, notNumeric);
        }
    }

    /** True for an empty cell or one of the words for a missing value (none is longer than 4 characters). */
    private static boolean isMissing(String text) {
        return text.length() <= 4 && MISSING.contains(text.toLowerCase(Locale.ROOT));
    }

    /**
     * Reads the first {@code n} texts of a column (null: missing) as numbers into {@code values} (NaN where missing or
     * not a number); returns the problem of the first text that is not a number, or null.
     */
    private static ImportProblem readNumbers(String[] texts, int n, double[] values, long[] lines, String name, int c,
                                             String header) {
        ImportProblem first = null;
        for (int r = 0; r < n; r++) {
            String text = texts[r];
            double v = Double.NaN;
            if (text != null) {
                try {
                    v = DecimalText.toDouble(text);
                    if (Double.isInfinite(v)) {
                        throw new NumberFormatException(text);
                    }
                } catch (NumberFormatException e) {
                    v = Double.NaN;
                    if (first == null) {
                        first = new ImportProblem(name, lines[r], c + 1, header, text, "features.problem.notNumber");
                    }
                }
            }
            values[r] = v;
        }
        return first;
    }
}
