package org.crmworkbench.ui.assistant;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.analysis.assistant.Answer;
import org.crmworkbench.analysis.assistant.AssistantSettings;
import org.crmworkbench.analysis.assistant.EvaluationResult;
import org.crmworkbench.analysis.assistant.FallbackPolicy;
import org.crmworkbench.analysis.assistant.TrainedAssistant;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.AskedQuestion;
import org.crmworkbench.model.KnowledgeEntry;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.common.Debounce;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.common.ProblemText;
import org.crmworkbench.ui.jobs.Job;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.work.BadParameterException;

/**
 * The Assistant workspace's state. The stored knowledge base is read when the workspace is first shown (and again
 * when stored data changes) and learnt in the background; every change of it (a row added, edited or removed, a file
 * imported) or of a setting trains again, the newest training replacing the one before. Questions are asked of the
 * trained assistant and logged when handed over or unsure; the evaluation (cross-validated or on a test file)
 * follows each training, and the threshold slider re-scores it and sets the chat's fallback without training again.
 * FX thread only.
 */
public final class AssistantViewModel {
    static final String TRAIN_KEY = "assistant.train";

    /** What a read of the stored data brings back. */
    private record Stored(List<KnowledgeEntry> entries, List<AskedQuestion> asked) {
    }

    /** An answer and the logged questions after it. */
    private record Asked(Answer answer, List<AskedQuestion> logged) {
    }

    private final DataSession session;
    private final JobRunner jobs;
    private final Supplier<Messages> messages;
    private final AssistantSteps steps;
    private final AssistantSettingsForm form = new AssistantSettingsForm();
    private final EntryForm entryForm = new EntryForm();
    private final KnowledgeBaseList knowledge = new KnowledgeBaseList();
    private final ShownEvaluation evaluation;
    private final ObservableList<AskedQuestion> asked = FXCollections.observableArrayList();
    private final ObservableList<ChatLine> transcript = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TrainedAssistant> trained = new ReadOnlyObjectWrapper<>(this, "trained");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyObjectWrapper<Notice> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");
    private final ReadOnlyStringWrapper countsText = new ReadOnlyStringWrapper(this, "countsText", "");
    private final ReadOnlyStringWrapper figuresText = new ReadOnlyStringWrapper(this, "figuresText", "");
    private final ReadOnlyBooleanWrapper training = new ReadOnlyBooleanWrapper(this, "training");
    private final ReadOnlyBooleanWrapper asking = new ReadOnlyBooleanWrapper(this, "asking");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final DoubleProperty threshold = new SimpleDoubleProperty(this, "threshold", 0.5);
    private final BooleanBinding canAsk = trained.isNotNull().and(training.not()).and(asking.not());
    private final BooleanBinding canSave;
    private final BooleanBinding hasDatabase;
    private final KnowledgeChanges changes;
    private boolean shown;
    private boolean followingTraining;
    private Job trainingJob;

    public AssistantViewModel(DataSession session, JobRunner jobs, Debounce debounce, Supplier<Messages> messages) {
        this(session, jobs, debounce, messages, AssistantSteps.workflow());
    }

    AssistantViewModel(DataSession session, JobRunner jobs, Debounce debounce, Supplier<Messages> messages,
                       AssistantSteps steps) {
        this.session = Objects.requireNonNull(session, "session");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.steps = Objects.requireNonNull(steps, "steps");
        Objects.requireNonNull(debounce, "debounce");
        this.evaluation = new ShownEvaluation(jobs, steps, messages, notice::set, this::describe);
        this.changes = new KnowledgeChanges(session, jobs, steps, messages, entryForm, notice::set, this::stored,
                asked::setAll);
        this.hasDatabase = session.databaseProperty().isNotNull();
        this.canSave = evaluation.drawingProperty().isNotNull().and(hasDatabase);
        session.dataVersionProperty().addListener(o -> {
            if (shown) {
                reload();
            }
        });
        form.all().forEach(v -> v.addListener(o -> {
            if (!knowledge.entries().isEmpty()) {
                debounce.restart(this::train);
            }
        }));
        threshold.addListener((o, a, b) -> {
            if (!followingTraining) {
                applyThreshold(b.doubleValue());
            }
        });
        status.set(Notice.info("assistant.ws.status.waiting"));
        relabel();
    }

    /** The workspace is on screen: the first time, the stored knowledge base is read and learnt. */
    void shown() {
        if (!shown) {
            shown = true;
            reload();
        }
    }

    /** Reads the stored knowledge base and the logged questions again, then trains. */
    public void reload() {
        Database db = session.database();
        if (db == null) {
            setStatus(Notice.info("assistant.ws.status.noDatabase"));
            return;
        }
        busy.set(true);
        if (trained.get() == null) {
            setStatus(Notice.info("assistant.ws.status.reading"));
        }
        jobs.job("assistant.ws.job.read", progress -> new Stored(steps.readStored(db), steps.askedQuestions(db)))
                .onSuccess(s -> {
                    busy.set(false);
                    asked.setAll(s.asked());
                    stored(s.entries());
                })
                .onFailure(error -> {
                    busy.set(false);
                    setStatus(Notice.error("assistant.ws.status.readFailed", ProblemText.of(error, messages.get())));
                })
                .start();
    }

    /** The stored knowledge base as read after a change: shown, and learnt again. */
    private void stored(List<KnowledgeEntry> entries) {
        knowledge.setAll(entries);
        describe();
        train();
    }

    /** The settings as they stand, or null (with a notice) when one of them is not acceptable. */
    public AssistantSettings currentSettings() {
        try {
            return form.settings();
        } catch (BadParameterException e) {
            notice.set(Notice.error("assistant.ws.notice.badSetting", ProblemText.of(e, messages.get())));
            return null;
        }
    }

    /** Trains on the stored knowledge base in the background; the newest training wins. */
    public void train() {
        List<KnowledgeEntry> entries = knowledge.entries();
        if (entries.isEmpty()) {
            cancel();
            trained.set(null);
            evaluation.evaluate(null);
            setStatus(Notice.info(session.database() == null ? "assistant.ws.status.noDatabase"
                    : "assistant.ws.status.empty"));
            return;
        }
        AssistantSettings settings = currentSettings();
        if (settings == null) {
            return;
        }
        Notice shown = notice.get();
        if (shown != null && shown.key().equals("assistant.ws.notice.badSetting")) {
            notice.set(null); // the settings are acceptable again
        }
        training.set(true);
        setStatus(Notice.info("assistant.ws.status.training", entries.size()));
        trainingJob = jobs.job("assistant.ws.job.train", progress -> steps.train(entries, settings, progress))
                .nameArgs(entries.size())
                .replacing(TRAIN_KEY)
                .onSuccess(a -> {
                    training.set(false);
                    following(a);
                    evaluation.evaluate(a);
                })
                .onFailure(error -> {
                    training.set(false);
                    trained.set(null);
                    evaluation.evaluate(null);
                    setStatus(Notice.error("assistant.ws.status.trainFailed", ProblemText.of(error,
                            messages.get())));
                })
                .onCancelled(() -> {
                    training.set(false);
                    setStatus(trained.get() == null ? Notice.info("assistant.ws.status.cancelled") : null);
                })
                .start();
    }

    /** Shows a newly trained assistant; the slider goes to its threshold without re-scoring anything. */
    private void following(TrainedAssistant a) {
        trained.set(a);
        followingTraining = true;
        try {
            threshold.set(a.policy().threshold());
        } finally {
            followingTraining = false;
        }
        setStatus(null);
    }

    /** Empties the chat transcript (the logged questions stay). */
    public void clearTranscript() {
        transcript.clear();
    }

    /** Stops the training under way, if any. */
    public void cancel() {
        if (trainingJob != null && training.get()) {
            trainingJob.cancel();
        }
    }

    /** Asks the trained assistant; the question and its answer join the transcript. */
    public void ask(String question) {
        TrainedAssistant a = trained.get();
        if (question == null || question.isBlank() || a == null || !canAsk.get()) {
            return;
        }
        String q = question.strip();
        Database db = session.database();
        transcript.add(ChatLine.asked(q));
        asking.set(true);
        jobs.job("assistant.ws.job.ask", progress -> {
                    Answer answer = steps.askAndLog(db, a, q);
                    return new Asked(answer, db == null ? null : steps.askedQuestions(db));
                })
                .onSuccess(r -> {
                    asking.set(false);
                    transcript.add(ChatLine.answered(r.answer(), a.knowledge().oosLabel(),
                            a.policy().threshold()));
                    if (r.logged() != null) {
                        asked.setAll(r.logged());
                    }
                })
                .onFailure(error -> {
                    asking.set(false);
                    notice.set(Notice.error("assistant.ws.notice.askFailed", ProblemText.of(error, messages.get())));
                })
                .start();
    }

    /** The slider moved: the chat answers under the new threshold and the evaluation is re-scored at once. */
    private void applyThreshold(double t) {
        TrainedAssistant a = trained.get();
        if (a == null) {
            return;
        }
        TrainedAssistant moved = a.withPolicy(new FallbackPolicy(Math.max(0, Math.min(1, t)), a.policy().margin()));
        trained.set(moved);
        setStatus(null);
        evaluation.rescore(moved, moved.policy());
    }

    /** Stores the shown evaluation as an {@code assistant} run; the notice says under which id. */
    public void save() {
        evaluation.save(session.database());
    }

    /** Writes a file (a chart export) in the background. */
    @FunctionalInterface
    public interface FileWork {
        void write(Path file) throws Exception;
    }

    /** Runs {@code work} (a chart export) as a job and says where the file went. */
    public void export(Path file, FileWork work) {
        jobs.job("assistant.ws.job.export", progress -> {
            work.write(file);
            return file;
        }).nameArgs(file.getFileName()).onSuccess(f -> notice.set(Notice.info("assistant.ws.notice.exported", f)))
                .onFailure(error -> notice.set(Notice.error("assistant.ws.notice.exportFailed",
                        ProblemText.of(error, messages.get()))))
                .start();
    }

    /** Says that a chart could not be drawn (the rest of the view stands). */
    void chartFailed(Throwable error) {
        notice.set(Notice.error("assistant.ws.notice.chartFailed", ProblemText.of(error, messages.get())));
    }

    private void setStatus(Notice n) {
        status.set(n);
        describe();
    }

    /** Writes the lines and charts again in the current language (after the language changed). */
    void relabel() {
        describe();
        evaluation.relabel(messages.get());
    }

    /** Writes the lines of text again (after the state changed). */
    private void describe() {
        Messages m = messages.get();
        AssistantWords words = new AssistantWords(m);
        Notice s = status.get();
        TrainedAssistant a = trained.get();
        statusText.set(s != null ? s.text(m) : a == null ? "" : words.trained(a));
        KnowledgeBaseList.Counts c = knowledge.counts(form.oosLabelProperty().get());
        countsText.set(m.get("assistant.ws.kb.counts", c.examples(), c.intents(), c.languages()));
        EvaluationResult r = evaluation.resultProperty().get();
        figuresText.set(r == null ? m.get(a == null ? "assistant.ws.eval.none" : "assistant.ws.eval.waiting")
                : words.figures(r.metrics()) + "\n" + words.counts(r.metrics()));
    }

    /** How the changes of the knowledge base and of the logged questions are made. */
    public KnowledgeChanges changes() {
        return changes;
    }

    public AssistantSettingsForm form() {
        return form;
    }

    public EntryForm entryForm() {
        return entryForm;
    }

    public KnowledgeBaseList knowledge() {
        return knowledge;
    }

    public ShownEvaluation evaluation() {
        return evaluation;
    }

    public ObservableList<AskedQuestion> asked() {
        return asked;
    }

    public ObservableList<ChatLine> transcript() {
        return transcript;
    }

    public ReadOnlyObjectProperty<TrainedAssistant> trainedProperty() {
        return trained.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsTextProperty() {
        return countsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty figuresTextProperty() {
        return figuresText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty trainingProperty() {
        return training.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canAskProperty() {
        return canAsk;
    }

    public BooleanBinding hasDatabaseProperty() {
        return hasDatabase;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public DoubleProperty thresholdProperty() {
        return threshold;
    }
}
