package org.crmworkbench.present.feedback;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.crmworkbench.analysis.text.FeedbackResult;
import org.crmworkbench.model.FeedbackRunRecord;

/**
 * The files of {@code workbench sentiment} (charts aside): {@code sentiment.csv} (id, language, score, label,
 * top_terms and the context columns), {@code keywords.csv}, {@code topics.csv}, {@code aspects.csv},
 * {@code changes.csv} and {@code summary.json}; and the run record made from a result.
 */
public final class FeedbackFiles {
    public static final List<String> SENTIMENT_COLUMNS = List.of("id", "language", "score", "label", "top_terms",
            "topic", "customer_id", "written_at", "channel", "product", "priority");

    /** Writes the tables and {@code summary.json} of {@code run} into {@code dir}. */
    public void write(Path dir, FeedbackRunRecord run) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * {@code summary.json}: texts, counts by label overall and per language, mean score overall and per language, the
     * time span, the settings.
     */
    public String summary(FeedbackResult result) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The record of {@code result}: every table, the summary and {@code dataSource}; id 0. */
    public FeedbackRunRecord record(FeedbackResult result, String dataSource, java.time.Instant startedAt,
                                    String appVersion) {
        throw new UnsupportedOperationException("not yet");
    }
}
