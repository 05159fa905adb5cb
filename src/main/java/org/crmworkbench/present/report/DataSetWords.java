package org.crmworkbench.present.report;

import java.nio.file.Path;
import java.util.Objects;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.DataSetSummary;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.runs.RunReferences;
import org.crmworkbench.i18n.Messages;

/**
 * The data set in words, for provenance: {@code crm: 2,000 customers, 23,456 orders 2023-01-01..2026-09-30, last
 * import 2026-10-01 09:15}. Read once and kept.
 */
final class DataSetWords {
    private final Database database;
    private final Messages messages;
    private String words;
    private java.time.LocalDateTime lastImport;

    DataSetWords(Database database, Messages messages) {
        this.database = Objects.requireNonNull(database, "database");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The database's name: its file name, or its description when it has no file. */
    String name() {
        String description = database.description();
        try {
            Path file = Path.of(description).getFileName();
            return file == null ? description : file.toString();
        } catch (RuntimeException e) {
            return description;
        }
    }

    synchronized String words() {
        if (words == null) {
            DataSetSummary summary = DataSetSummary.read(database);
            lastImport = summary.lastImport().orElse(null);
            long customers = summary.rowCount(CrmTable.CUSTOMERS);
            long orders = summary.rowCount(CrmTable.ORDERS);
            String text = new RunReferences(database).orderSpan()
                    .map(span -> messages.get("report.dataSet.orders", name(), customers, orders,
                            span.first().toString(), span.last().toString()))
                    .orElseGet(() -> messages.get("report.dataSet.noOrders", name(), customers));
            words = summary.lastImport()
                    .map(t -> messages.get("report.dataSet.lastImport", text,
                            t.withNano(0).toString().replace('T', ' ')))
                    .orElse(text);
        }
        return words;
    }

    /**
     * What a run read: the database in words when it read this database, otherwise its own source (a file). The
     * words describe the database as it is now; when data was imported after the run, they say so, since the run
     * then saw less than the counts tell.
     */
    String of(String runSource, java.time.Instant runAt) {
        if (runSource == null || runSource.isBlank() || runSource.equals(database.description())) {
            String now = words();
            if (runAt != null && lastImport != null
                    && lastImport.atZone(java.time.ZoneId.systemDefault()).toInstant().isAfter(runAt)) {
                return messages.get("report.dataSet.importedSince", now);
            }
            return now;
        }
        return runSource;
    }

    /** The database's name for a title when {@code source} is this database's words, else the source itself. */
    String shortName(String source) {
        return source.startsWith(words()) ? name() : source;
    }
}
