package org.crmworkbench.data.value;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.crmworkbench.analysis.value.Purchase;
import org.crmworkbench.work.Progress;

/** Reads purchases from a CSV/XLSX transaction file with customer, date and amount columns. */
public final class PurchaseFileReader {

    /**
     * @throws org.crmworkbench.data.imports.UnreadableFileException naming file, line and column of a missing column,
     *         an unreadable date or amount, or a negative amount
     */
    public List<Purchase> read(Path file, String customerColumn, String dateColumn, String amountColumn,
                               Progress progress) throws IOException {
        throw new UnsupportedOperationException("to be written");
    }
}
