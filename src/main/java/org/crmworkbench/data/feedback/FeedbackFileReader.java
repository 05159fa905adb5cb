package org.crmworkbench.data.feedback;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.crmworkbench.data.imports.DateReader;
import org.crmworkbench.data.imports.HeaderColumns;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.ImportProblem;
import org.crmworkbench.data.imports.RecordSource;
import org.crmworkbench.data.imports.RecordSources;
import org.crmworkbench.data.imports.SourceRecord;
import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.model.FeedbackText;
import org.crmworkbench.work.Progress;

/**
 * Texts from a CSV or XLSX file: a text column, optionally id, language, date/time, channel, product and customer
 * columns by header name. Problems are named by file, line and column; the whole file is refused on one.
 *
 * <p>Files are opened as the import opens them (separator and encoding detected, dates read as the import reads
 * them). The text, id and date columns are the ones named; a column headed {@code language}/{@code lang},
 * {@code channel}, {@code product} or {@code customer_id}/{@code customer} (any case) is read as context when
 * present. A row with an empty text is skipped (a survey export leaves many); a file with no text at all, an id given
 * twice, an empty id, and a date that cannot be read are refused with their line and column.
 */
public final class FeedbackFileReader {
    private final ImportOptions options;

    public FeedbackFileReader(ImportOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public FeedbackFileReader() {
        this(ImportOptions.defaults());
    }

    /**
     * @param textColumn the header of the text column (required)
     * @param idColumn   the header of the id column, or null to number the texts by line
     * @param dateColumn the header of a date or date-time column, or null
     * @throws UnreadableFileException naming file, line and column of a missing column or a bad cell; or the file
     *         when it holds no text
     */
    public List<FeedbackText> read(Path file, String textColumn, String idColumn, String dateColumn,
                                   Progress progress) throws IOException {
        DateReader dates = new DateReader(options.slashedDates());
        progress.stage("feedback.stage.file", file.getFileName().toString());
        try (RecordSource source = RecordSources.open(file, options)) {
            String name = source.name();
            List<String> header = source.header();
            int textCol = HeaderColumns.find(name, header, textColumn);
            int idCol = blank(idColumn) ? -1 : HeaderColumns.find(name, header, idColumn.trim());
            int dateCol = blank(dateColumn) ? -1 : HeaderColumns.find(name, header, dateColumn.trim());
            int languageCol = optional(header, "language", "lang");
            int channelCol = optional(header, "channel");
            int productCol = optional(header, "product", "product_name", "product_id");
            int customerCol = optional(header, "customer_id", "customer");
            List<FeedbackText> texts = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            SourceRecord record;
            while ((record = source.next()) != null) {
                long line = record.line();
                String text = record.field(textCol).strip();
                if (text.isEmpty()) {
                    continue;
                }
                String id = idCol < 0 ? Long.toString(line) : record.field(idCol).trim();
                if (id.isEmpty()) {
                    throw problem(name, line, idCol, header, null, "feedback.problem.emptyId");
                }
                if (!ids.add(id)) {
                    throw problem(name, line, idCol, header, id, "feedback.problem.duplicateId");
                }
                LocalDateTime at = null;
                if (dateCol >= 0 && !record.field(dateCol).isBlank()) {
                    String dateText = record.field(dateCol).trim();
                    at = dates.dateTime(dateText);
                    if (at == null) {
                        throw problem(name, line, dateCol, header, dateText, "series.problem.notDate");
                    }
                }
                texts.add(new FeedbackText(id, cell(record, customerCol), at, cell(record, channelCol),
                        cell(record, languageCol), text, cell(record, productCol), null, null, null, null,
                        Double.NaN, -1));
                if ((texts.size() & 0xFFF) == 0) {
                    double read = source.fractionRead();
                    if (read >= 0) {
                        progress.worked((long) (read * 1000), 1000);
                    }
                    progress.checkCancelled();
                }
            }
            if (texts.isEmpty()) {
                throw new UnreadableFileException(new ImportProblem(name, 0, 0, null, null,
                        "feedback.problem.noTexts"), null);
            }
            progress.worked(1000, 1000);
            return texts;
        }
    }

    private static boolean blank(String column) {
        return column == null || column.isBlank();
    }

    private static int optional(List<String> header, String... names) {
        for (String wanted : names) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).trim().toLowerCase(Locale.ROOT).equals(wanted)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String cell(SourceRecord record, int column) {
        if (column < 0) {
            return null;
        }
        String value = record.field(column).trim();
        return value.isEmpty() ? null : value;
    }

    private static UnreadableFileException problem(String file, long line, int column, List<String> header,
                                                   String value, String key) {
        return new UnreadableFileException(new ImportProblem(file, line, column + 1, header.get(column), value, key),
                null);
    }
}
