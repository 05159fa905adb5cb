package org.crmworkbench.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmworkbench.analysis.text.CustomerSentiment;
import org.crmworkbench.analysis.text.FeedbackAnalysis;
import org.crmworkbench.analysis.text.FeedbackFilter;
import org.crmworkbench.analysis.text.FeedbackResult;
import org.crmworkbench.analysis.text.FeedbackSettings;
import org.crmworkbench.analysis.text.LanguageChoice;
import org.crmworkbench.analysis.text.ScoredFeedback;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.feedback.FeedbackFileReader;
import org.crmworkbench.data.feedback.FeedbackTextReader;
import org.crmworkbench.data.runs.FeedbackRunStore;
import org.crmworkbench.model.FeedbackRunRecord;
import org.crmworkbench.model.FeedbackText;
import org.crmworkbench.present.feedback.FeedbackFiles;
import org.crmworkbench.work.AppVersion;
import org.crmworkbench.work.Progress;

/**
 * Reading customer feedback, for {@code workbench sentiment} and the Feedback workspace: texts are read from the
 * database or a file, scored once ({@link FeedbackAnalysis#score}), summarised under the window's filters, and saved
 * as a {@code feedback} run. Also gives the churn model its per-customer sentiment.
 */
public final class FeedbackWorkflow {
    private final Database database;
    private final FeedbackAnalysis analysis = new FeedbackAnalysis();

    /** A workflow over {@code database}; null when only files are read and nothing is saved. */
    public FeedbackWorkflow(Database database) {
        this.database = database;
    }

    /** The stored feedback with its context. */
    public List<FeedbackText> readStored(Progress progress) {
        return new FeedbackTextReader(database()).read(progress);
    }

    /** The texts of a CSV/XLSX file (see {@link FeedbackFileReader}). */
    public List<FeedbackText> readFile(Path file, String textColumn, String idColumn, String dateColumn,
                                       Progress progress) throws IOException {
        return new FeedbackFileReader().read(file, textColumn, idColumn, dateColumn, progress);
    }

    public List<ScoredFeedback> score(List<FeedbackText> texts, LanguageChoice choice, Progress progress) {
        return analysis.score(texts, choice, progress);
    }

    public FeedbackResult summarise(List<ScoredFeedback> scored, FeedbackFilter filter, FeedbackSettings settings,
                                    Progress progress) {
        return analysis.summarise(scored, filter, settings, progress);
    }

    /** The run record of {@code result} (id 0), as the charts, the files and the store take it. */
    public FeedbackRunRecord record(FeedbackResult result, String dataSource, Instant startedAt) {
        return new FeedbackFiles().record(result, dataSource, startedAt, AppVersion.current());
    }

    public FeedbackRunRecord save(FeedbackRunRecord run) {
        return new FeedbackRunStore(database()).save(run);
    }

    public Optional<FeedbackRunRecord> latestRun() {
        return new FeedbackRunStore(database()).latest();
    }

    public List<FeedbackRunRecord> savedRuns() {
        return new FeedbackRunStore(database()).list();
    }

    public Optional<FeedbackRunRecord> findRun(long runId) {
        return new FeedbackRunStore(database()).find(runId);
    }

    /**
     * Each customer's sentiment over the stored feedback written before {@code before} (all when null), by customer
     * id: the churn model's feedback features.
     */
    public Map<String, CustomerSentiment> customerSentiment(LocalDateTime before, Progress progress) {
        return customerSentiment(score(readStored(progress), LanguageChoice.AUTO, progress), before);
    }

    /** Each customer's sentiment over the scored texts written before {@code before} (all when null). */
    public Map<String, CustomerSentiment> customerSentiment(List<ScoredFeedback> scored, LocalDateTime before) {
        List<ScoredFeedback> kept = before == null ? scored : scored.stream()
                .filter(f -> f.text().writtenAt() != null && f.text().writtenAt().isBefore(before)).toList();
        Map<String, CustomerSentiment> byId = new LinkedHashMap<>();
        for (CustomerSentiment customer : analysis.byCustomer(kept)) {
            byId.put(customer.customerId(), customer);
        }
        return byId;
    }

    private Database database() {
        if (database == null) {
            throw new IllegalStateException("no database is open");
        }
        return database;
    }
}
