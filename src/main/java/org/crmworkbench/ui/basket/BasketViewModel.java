package org.crmworkbench.ui.basket;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.crmworkbench.analysis.basket.BasketResult;
import org.crmworkbench.analysis.basket.BasketSettings;
import org.crmworkbench.analysis.basket.MiningEstimate;
import org.crmworkbench.analysis.basket.Transactions;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.basket.BasketRecords;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.common.Debounce;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.engine.EngineOption;
import org.crmworkbench.ui.common.ProblemText;
import org.crmworkbench.ui.jobs.Job;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.work.AppVersion;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.workflow.BasketWorkflow;

/**
 * The Baskets workspace's state. Baskets read by the {@link BasketSource} are mined at once; every change of a
 * setting mines again in the background once the settings rest (debounced), the newest mining replacing and
 * cancelling the one before, and the last few analyses are kept by their settings, so going back to a support
 * already seen is immediate. Before mining, a {@link MiningEstimate} is asked: a risky one is not mined until the
 * analyst says "Mine anyway". Rules are filtered by the {@link RuleList}; a chosen rule's orders and customers come
 * from the {@link RuleCoverage}. FX thread only.
 */
public final class BasketViewModel {
    static final String MINE_KEY = "basket.mine";
    static final String DRAW_KEY = "basket.draw";

    /** What a mining job brings back: the estimate, and the analysis unless the estimate stopped it. */
    private record Mined(MiningEstimate estimate, BasketResult result) { }

    /** A support the estimate advised against mining, with that estimate. */
    public record Risk(BasketSettings settings, MiningEstimate estimate) { }

    private final DataSession session;
    private final JobRunner jobs;
    private final Debounce debounce;
    private final Supplier<Messages> messages;
    private final BasketSettingsForm form;
    private final BasketSource source;
    private final RuleList rules;
    private final RuleCoverage coverage;
    private final MinedResults cache = new MinedResults();

    private final ReadOnlyObjectWrapper<BasketResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<BasketDrawing> drawing = new ReadOnlyObjectWrapper<>(this, "drawing");
    private final ReadOnlyObjectWrapper<Risk> risk = new ReadOnlyObjectWrapper<>(this, "risk");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyStringWrapper dataText = new ReadOnlyStringWrapper(this, "dataText", "");
    private final ReadOnlyStringWrapper summaryText = new ReadOnlyStringWrapper(this, "summaryText", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyLongWrapper savedRun = new ReadOnlyLongWrapper(this, "savedRun");
    private final BooleanBinding hasResult = result.isNotNull();
    private final BooleanBinding risky = risk.isNotNull();
    private final BooleanBinding canSave;
    private BasketSource.Baskets mined;
    private ItemNames names;
    private Instant minedAt;
    private Job runningJob;

    /**
     * @param debounce waits for the settings to rest before mining again ({@code Runnable::run} in tests); the
     *                 engine is where FP-growth runs     */
    public BasketViewModel(DataSession session, JobRunner jobs, Debounce debounce, Supplier<Messages> messages,
                           EngineOption engine) {
        this.form = new BasketSettingsForm(engine);
        this.session = Objects.requireNonNull(session, "session");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.debounce = Objects.requireNonNull(debounce, "debounce");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.source = new BasketSource(session, jobs, messages, notice::set);
        this.rules = new RuleList(jobs, this::failed);
        this.coverage = new RuleCoverage(jobs, this::failed);
        this.canSave = hasResult.and(session.databaseProperty().isNotNull());
        source.basketsProperty().addListener((o, a, b) -> basketsRead(b));
        InvalidationListener describe = o -> describeData();
        source.basketsProperty().addListener(describe);
        source.phaseProperty().addListener(describe);
        source.kindProperty().addListener(describe);
        InvalidationListener settingsChanged = o -> {
            if (source.basketsProperty().get() != null) {
                debounce.restart(this::mine);
            }
        };
        engine.kindProperty().addListener(o -> cache.clear()); // results are kept per settings, not per engine
        for (var value : form.all()) {
            value.addListener(settingsChanged);
        }
        source.read();
        relabel();
    }

    private void basketsRead(BasketSource.Baskets read) {
        cache.clear();
        risk.set(null);
        names = read == null ? null : new ItemNames(read.transactions(), read.rows());
        rules.useItems(names);
        if (read == null) {
            cancel();
            mined = null;
            show(null);
            return;
        }
        mine();
    }

    /** The settings as they stand, or null (with a notice) when one of them is not acceptable. */
    public BasketSettings currentSettings() {
        try {
            return form.settings();
        } catch (BadParameterException e) {
            notice.set(Notice.error("basket.notice.badSetting", ProblemText.of(e, messages.get())));
            return null;
        }
    }

    private BasketSettings settingsOrNull() {
        try {
            return form.settings();
        } catch (BadParameterException e) {
            return null;
        }
    }

    /** Mines the baskets with the current settings: from the cache at once, else in the background. */
    public void mine() {
        mine(false);
    }

    /** Mines the current settings although the estimate advised against it. */
    public void mineAnyway() {
        mine(true);
    }

    private void mine(boolean anyway) {
        BasketSource.Baskets read = source.basketsProperty().get();
        if (read == null) {
            return;
        }
        BasketSettings settings = currentSettings();
        if (settings == null) {
            return;
        }
        BasketResult cached = cache.get(settings);
        if (cached != null) {
            cancel();
            risk.set(null);
            notice.set(null);
            mined = read;
            show(cached);
            return;
        }
        running.set(true);
        Instant started = Instant.now();
        Transactions transactions = read.transactions();
        BasketWorkflow workflow = new BasketWorkflow(session.database(), form.engine().engine());
        runningJob = jobs.job("basket.job.mine", progress -> {
                    MiningEstimate estimate = workflow.estimate(transactions, settings);
                    if (estimate.risky() && !anyway) {
                        return new Mined(estimate, null);
                    }
                    return new Mined(estimate, workflow.mine(transactions, settings, progress));
                })
                .nameArgs(settings.minSupport(), settings.minConfidence())
                .replacing(MINE_KEY)
                .onSuccess(m -> {
                    running.set(false);
                    if (read != source.basketsProperty().get()) {
                        return; // other baskets were read meanwhile
                    }
                    if (m.result() == null) {
                        mined = read;
                        show(null);
                        risk.set(new Risk(settings, m.estimate()));
                        notice.set(Notice.error("basket.notice.risky", m.estimate().estimatedItemsets(),
                                settings.minSupport(), m.estimate().frequentItems()));
                        return;
                    }
                    cache.put(settings, m.result());
                    if (settings.equals(settingsOrNull())) {
                        risk.set(null);
                        notice.set(null);
                        mined = read;
                        minedAt = started;
                        show(m.result());
                    }
                })
                .onFailure(error -> {
                    running.set(false);
                    show(null);
                    failed(error);
                })
                .onCancelled(() -> running.set(false))
                .start();
    }

    /** Stops the mining under way, if any. */
    public void cancel() {
        if (runningJob != null && running.get()) {
            runningJob.cancel();
        }
    }

    private void failed(Throwable error) {
        notice.set(Notice.error("basket.notice.mineFailed", ProblemText.of(error, messages.get())));
    }

    private void show(BasketResult r) {
        result.set(r);
        savedRun.set(0);
        coverage.useTransactions(r == null ? null : r.transactions());
        rules.show(r, r == null ? null : names);
        draw(r, mined);
        redraw();
    }

    /** Builds the words and charts again in the current language (after the language changed). */
    void relabel() {
        describeData();
        redraw();
    }

    private void redraw() {
        BasketResult r = result.get();
        Messages m = messages.get();
        BasketDrawing shown = drawing.get();
        if (shown != null) {
            drawing.set(shown.in(m));
        }
        summaryText.set(r == null ? "" : m.get("basket.ws.summary", r.transactions().size(),
                r.transactions().itemCount(), r.itemsets().size(), r.rules().size(), r.seconds()));
    }

    /** Turns the analysis shown into a run's record in the background and draws it. */
    private void draw(BasketResult r, BasketSource.Baskets read) {
        drawing.set(null);
        if (r == null || read == null) {
            jobs.job("basket.job.draw", progress -> null).replacing(DRAW_KEY).start();
            return;
        }
        Instant at = minedAt == null ? Instant.now() : minedAt;
        jobs.job("basket.job.draw", progress -> new BasketRecords().of(r, read.rows(), at, AppVersion.current()))
                .replacing(DRAW_KEY)
                .onSuccess(run -> {
                    if (r == result.get()) {
                        drawing.set(new BasketDrawing(run, messages.get()));
                    }
                })
                .onFailure(error -> notice.set(Notice.error("basket.notice.drawFailed",
                        ProblemText.of(error, messages.get()))))
                .start();
    }

    /** The data line: waiting, reading, failed, or what the baskets are. */
    private void describeData() {
        Messages m = messages.get();
        BasketSource.Baskets read = source.basketsProperty().get();
        BasketSource.Kind kind = source.kindProperty().get();
        dataText.set(switch (source.phaseProperty().get()) {
            case WAITING_FOR_DATA -> m.get(kind == BasketSource.Kind.FILE ? "basket.ws.data.chooseFile"
                    : "basket.ws.data.waiting");
            case READING -> m.get("basket.ws.data.reading");
            case FAILED -> m.get("basket.ws.data.failed");
            case READY -> read == null ? "" : m.get(read.name().isEmpty()
                            ? (kind == BasketSource.Kind.CUSTOMERS ? "basket.ws.data.customers" : "basket.ws.data.orders")
                            : "basket.ws.data.file", read.transactions().size(), read.transactions().itemCount(),
                    read.name());
        });
    }

    /** Stores the shown analysis as a basket run; the notice says under which id. */
    public void save() {
        BasketResult r = result.get();
        BasketSource.Baskets read = mined;
        Database db = session.database();
        if (r == null || read == null || db == null) {
            return;
        }
        Instant started = minedAt == null ? Instant.now() : minedAt;
        jobs.job("basket.job.save", progress -> new BasketWorkflow(db).save(r, read.rows(), started))
                .onSuccess(stored -> {
                    savedRun.set(stored.id());
                    notice.set(Notice.info("basket.notice.saved", stored.id()));
                    session.rulesSaved();
                })
                .onFailure(error -> notice.set(Notice.error("basket.notice.saveFailed",
                        ProblemText.of(error, messages.get()))))
                .start();
    }

    /** Writes a file (a chart export) in the background. */
    @FunctionalInterface
    public interface FileWork {
        void write(Path file) throws Exception;
    }

    /** Runs {@code work} (a chart export) as a job and says where the file went. */
    public void export(Path file, FileWork work) {
        jobs.job("basket.job.export", progress -> {
            work.write(file);
            return file;
        }).nameArgs(file.getFileName()).onSuccess(f -> notice.set(Notice.info("basket.notice.exported", f)))
                .onFailure(error -> notice.set(Notice.error("basket.notice.exportFailed",
                        ProblemText.of(error, messages.get()))))
                .start();
    }

    public BasketSettingsForm form() {
        return form;
    }

    public BasketSource source() {
        return source;
    }

    public RuleList rules() {
        return rules;
    }

    public RuleCoverage coverage() {
        return coverage;
    }

    /** The analysis shown, or null. */
    public ReadOnlyObjectProperty<BasketResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** True while an analysis is shown. */
    public BooleanBinding hasResultProperty() {
        return hasResult;
    }

    /** True while an analysis is shown and a database is open to save it into. */
    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** True while the estimate holds mining back. */
    public BooleanBinding riskyProperty() {
        return risky;
    }

    /** The charts of the analysis shown, or null. */
    public ReadOnlyObjectProperty<BasketDrawing> drawingProperty() {
        return drawing.getReadOnlyProperty();
    }

    /** The settings the estimate advised against mining, or null. */
    public ReadOnlyObjectProperty<Risk> riskProperty() {
        return risk.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dataTextProperty() {
        return dataText.getReadOnlyProperty();
    }

    /** Transactions, items, frequent itemsets, rules and seconds of the analysis shown. */
    public ReadOnlyStringProperty summaryTextProperty() {
        return summaryText.getReadOnlyProperty();
    }

    /** True while mining runs. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The id the shown analysis was saved under, or 0. */
    public ReadOnlyLongProperty savedRunProperty() {
        return savedRun.getReadOnlyProperty();
    }

    /** How many analyses the cache holds (for tests). */
    int cached() {
        return cache.size();
    }
}
