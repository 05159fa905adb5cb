package org.crmworkbench.ui.predict;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.features.CustomerHistoryReader;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.CustomerHistory;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.work.IntRange;
import org.crmworkbench.workflow.PredictionWorkflow;

/**
 * The Predict workspace's state: the customer history read in the background (again when the data or the outcome
 * window changes) and the two tabs, Spend ({@link RegressionViewModel}) and Churn ({@link ChurnViewModel}),
 * which refit when a new history arrives. FX thread only.
 */
public final class PredictViewModel {
    /** Where the data stands. */
    public enum Phase { WAITING_FOR_DATA, LOADING, READY, FAILED }

    static final String LOAD_KEY = "predict.history";

    private final DataSession session;
    private final JobRunner jobs;
    private final Supplier<Messages> messages;
    private final IntegerProperty windowDays = new SimpleIntegerProperty(this, "windowDays",
            CustomerHistoryReader.DEFAULT_WINDOW_DAYS);
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase",
            Phase.WAITING_FOR_DATA);
    private final ReadOnlyObjectWrapper<CustomerHistory> history = new ReadOnlyObjectWrapper<>(this, "history");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final RegressionViewModel regression;
    private final ChurnViewModel churn;

    public PredictViewModel(DataSession session, JobRunner jobs, Supplier<Messages> messages) {
        this.session = Objects.requireNonNull(session, "session");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.regression = new RegressionViewModel(session, jobs, messages);
        this.churn = new ChurnViewModel(session, jobs, messages);
        session.dataVersionProperty().addListener((o, a, b) -> reload());
        windowDays.addListener((o, a, b) -> reload());
        reload();
    }

    /** Reads the customer history again with the current outcome window. */
    public void reload() {
        Database db = session.database();
        if (db == null) {
            phase.set(Phase.WAITING_FOR_DATA);
            return;
        }
        phase.set(Phase.LOADING);
        int days = windowDays.get();
        jobs.job("job.predict.history", progress -> PredictionWorkflow.readHistoryIfAny(db, days, progress))
                .nameArgs(days).replacing(LOAD_KEY)
                .onSuccess(this::loaded)
                .onFailure(error -> {
                    phase.set(Phase.FAILED);
                    notice.set(Notice.error("predict.notice.loadFailed", PredictErrors.text(error, messages.get())));
                })
                .start();
    }

    private void loaded(Optional<CustomerHistory> read) {
        notice.set(null);
        if (read.isEmpty()) {
            // no orders yet (a new database, the sample still loading): wait for the data to change
            phase.set(Phase.WAITING_FOR_DATA);
            return;
        }
        CustomerHistory loaded = read.get();
        history.set(loaded);
        phase.set(loaded.atCutoff().table().rowCount() < 2 ? Phase.WAITING_FOR_DATA : Phase.READY);
        regression.use(loaded);
        churn.use(loaded);
    }

    /** The outcome window in days. */
    public IntegerProperty windowDaysProperty() {
        return windowDays;
    }

    /** The outcome windows the spinner offers. */
    public IntRange windowDaysRange() {
        return PredictionWorkflow.WINDOW_DAYS;
    }

    /** What the data row says: waiting, loading, failed, or the cutoff, window and customers of the history. */
    public String definitionText(Messages m) {
        CustomerHistory h = history.get();
        return switch (phase.get()) {
            case WAITING_FOR_DATA -> m.get("predict.data.waiting");
            case LOADING -> m.get("predict.data.loading");
            case FAILED -> m.get("predict.data.failed");
            case READY -> h == null ? "" : m.get("predict.data.definition", h.cutoff().toString(),
                    h.windowDays(), h.cutoff().plusDays(h.windowDays() - 1L).toString(),
                    h.atCutoff().table().rowCount());
        };
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CustomerHistory> historyProperty() {
        return history.getReadOnlyProperty();
    }

    /** What went wrong reading the data. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public RegressionViewModel regression() {
        return regression;
    }

    public ChurnViewModel churn() {
        return churn;
    }
}
