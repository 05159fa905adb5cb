package org.crmworkbench.data.feedback;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.crmworkbench.model.FeedbackText;
import org.crmworkbench.work.Progress;

/**
 * Texts from a CSV or XLSX file: a text column, optionally id, language, date/time, channel, product and customer
 * columns by header name. Problems are named by file, line and column; the whole file is refused on one.
 */
public final class FeedbackFileReader {
    /**
     * @param textColumn the header of the text column (required)
     * @param idColumn   the header of the id column, or null to number the texts by line
     * @param dateColumn the header of a date or date-time column, or null
     */
    public List<FeedbackText> read(Path file, String textColumn, String idColumn, String dateColumn,
                                   Progress progress) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }
}
