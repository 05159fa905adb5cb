package org.crmworkbench.data.feedback;

import java.util.List;
import java.util.Objects;
import org.crmworkbench.data.Database;
import org.crmworkbench.model.FeedbackText;
import org.crmworkbench.work.Progress;

/**
 * The stored feedback with its context: the customer's region, total-spend percentile and days since the last order,
 * the product and its category, the customer's segment in the newest saved segment run and the rep of their latest
 * order with a rep.
 */
public final class FeedbackTextReader {
    private final Database database;

    public FeedbackTextReader(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Every stored feedback, oldest first (texts without a time last, by id). */
    public List<FeedbackText> read(Progress progress) {
        throw new UnsupportedOperationException("not yet");
    }
}
