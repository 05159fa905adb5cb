package org.crmworkbench.data.features;

import java.util.Objects;
import org.crmworkbench.data.Database;
import org.crmworkbench.model.CustomerHistory;
import org.crmworkbench.work.Progress;

/**
 * Reads the customer features as they stood before the last {@code windowDays} of the data, with what each
 * customer did in those days (see {@link CustomerHistory}), and the features at the end of the data.
 */
public final class CustomerHistoryReader {
    /** The default outcome window: the last half year. */
    public static final int DEFAULT_WINDOW_DAYS = 180;

    private final Database database;

    public CustomerHistoryReader(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * @throws org.crmworkbench.work.BadParameterException naming {@code window-days} when the window is below 7 days
     *         or leaves less history before it than the window itself (the message gives the data's span)
     */
    public CustomerHistory read(int windowDays, Progress progress) {
        throw new UnsupportedOperationException("not yet built");
    }
}
