package org.crmworkbench.data.sample;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@link SampleDataGenerator#writeTo} wrote: the directory and the number of data rows (without the
 * header) of each file.
 */
public record GenerationSummary(Path directory, long customers, long products, long salesReps, long orders,
                                long orderLines, long ratings, long feedback, boolean truthWritten) {

    /** Data rows per file name, in the order the files are listed in {@link SampleFiles#DATA_FILES}. */
    public Map<String, Long> rowsByFile() {
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put(SampleFiles.PRODUCTS, products);
        rows.put(SampleFiles.SALES_REPS, salesReps);
        rows.put(SampleFiles.CUSTOMERS, customers);
        rows.put(SampleFiles.ORDERS, orders);
        rows.put(SampleFiles.ORDER_LINES, orderLines);
        rows.put(SampleFiles.RATINGS, ratings);
        rows.put(SampleFiles.FEEDBACK, feedback);
        return rows;
    }

    /** Data rows over all seven data files. */
    public long totalRows() {
        return customers + products + salesReps + orders + orderLines + ratings + feedback;
    }
}
