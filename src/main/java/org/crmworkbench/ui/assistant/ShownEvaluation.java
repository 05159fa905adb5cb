package org.crmworkbench.ui.assistant;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.analysis.assistant.EvaluationResult;
import org.crmworkbench.analysis.assistant.FallbackPolicy;
import org.crmworkbench.analysis.assistant.TrainedAssistant;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.AssistantRunRecord;
import org.crmworkbench.model.KnowledgeEntry;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.common.ProblemText;
import org.crmworkbench.ui.jobs.JobRunner;

/**
 * The Evaluation tab's state: what is scored (cross-validated, or a labelled test file, read once), the result as
 * evaluated (what the slider re-scores), the result under the slider's threshold as a run would store it, its
 * per-intent rows and confusion pairs, what is drawn, and saving it as a run. FX thread only.
 */
public final class ShownEvaluation {
    static final String EVALUATE_KEY = "assistant.evaluate";
    static final String KNOWLEDGE_SOURCE = "database";

    private record Evaluated(EvaluationResult result, Path file, List<KnowledgeEntry> test, AssistantRunRecord run) {
    }

    private final JobRunner jobs;
    private final AssistantSteps steps;
    private final Supplier<Messages> messages;
    private final Consumer<Notice> notices;
    private final Runnable changed;
    private final ObjectProperty<EvaluationSource> source = new SimpleObjectProperty<>(this, "source",
            EvaluationSource.CROSS_VALIDATED);
    private final ObjectProperty<Path> testFile = new SimpleObjectProperty<>(this, "testFile");
    private final ReadOnlyBooleanWrapper evaluating = new ReadOnlyBooleanWrapper(this, "evaluating");
    private final ReadOnlyObjectWrapper<EvaluationResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<AssistantDrawing> drawing = new ReadOnlyObjectWrapper<>(this, "drawing");
    private final ObservableList<AssistantRunRecord.IntentRow> intents = FXCollections.observableArrayList();
    private final ObservableList<AssistantRunRecord.ConfusionRow> confusions = FXCollections.observableArrayList();
    private TrainedAssistant assistant;
    private EvaluationResult evaluated;
    private String testSource;
    private Path readFile;
    private List<KnowledgeEntry> readTest;

    /**
     * @param changed called whenever the shown result changed (the view model writes its lines again)
     */
    ShownEvaluation(JobRunner jobs, AssistantSteps steps, Supplier<Messages> messages, Consumer<Notice> notices,
                    Runnable changed) {
        this.jobs = jobs;
        this.steps = steps;
        this.messages = messages;
        this.notices = notices;
        this.changed = changed;
        source.addListener(o -> evaluate(assistant));
        testFile.addListener((o, a, b) -> {
            if (b != null && source.get() != EvaluationSource.TEST_FILE) {
                source.set(EvaluationSource.TEST_FILE); // evaluates
            } else {
                evaluate(assistant);
            }
        });
    }

    /** Evaluates {@code trained} (cross-validated, or on the chosen test file) in the background; null clears. */
    void evaluate(TrainedAssistant trained) {
        assistant = trained;
        EvaluationSource chosen = source.get();
        Path file = testFile.get();
        if (trained == null || (chosen == EvaluationSource.TEST_FILE && file == null)) {
            evaluated = null;
            show(null, null);
            return;
        }
        Path cachedFile = readFile;
        List<KnowledgeEntry> cached = readTest;
        Instant started = Instant.now();
        String testName = chosen == EvaluationSource.TEST_FILE ? file.getFileName().toString() : null;
        evaluating.set(true);
        jobs.job("assistant.ws.job.evaluate", progress -> {
                    if (chosen == EvaluationSource.CROSS_VALIDATED) {
                        EvaluationResult r = steps.crossValidated(trained);
                        return new Evaluated(r, null, null, steps.record(r, trained, KNOWLEDGE_SOURCE, null,
                                started));
                    }
                    List<KnowledgeEntry> test = file.equals(cachedFile) ? cached : steps.readFile(file, progress);
                    progress.checkCancelled();
                    EvaluationResult r = steps.evaluate(trained, test, progress);
                    return new Evaluated(r, file, test, steps.record(r, trained, KNOWLEDGE_SOURCE, testName,
                            started));
                })
                .replacing(EVALUATE_KEY)
                .onSuccess(e -> {
                    evaluating.set(false);
                    if (e.file() != null) {
                        readFile = e.file();
                        readTest = e.test();
                    }
                    evaluated = e.result();
                    testSource = testName;
                    show(e.result(), e.run());
                })
                .onFailure(error -> {
                    evaluating.set(false);
                    evaluated = null;
                    show(null, null);
                    notices.accept(Notice.error("assistant.ws.notice.evalFailed", ProblemText.of(error,
                            messages.get())));
                })
                .onCancelled(() -> evaluating.set(false))
                .start();
    }

    /** The slider moved: the evaluated questions re-scored under {@code policy} at once (nothing is refitted). */
    void rescore(TrainedAssistant trained, FallbackPolicy policy) {
        assistant = trained;
        if (evaluated == null) {
            return;
        }
        try {
            EvaluationResult r = steps.rescore(evaluated, policy);
            show(r, steps.record(r, trained, KNOWLEDGE_SOURCE, testSource, Instant.now()));
        } catch (RuntimeException e) {
            notices.accept(Notice.error("assistant.ws.notice.evalFailed", ProblemText.of(e, messages.get())));
        }
    }

    private void show(EvaluationResult r, AssistantRunRecord run) {
        result.set(r);
        drawing.set(run == null ? null : new AssistantDrawing(run, messages.get(), steps::charts));
        intents.setAll(run == null ? List.of() : run.intentScores());
        confusions.setAll(run == null ? List.of() : run.confusions());
        changed.run();
    }

    /** Stores the shown evaluation as an {@code assistant} run; the notice says under which id. */
    void save(Database db) {
        AssistantDrawing shown = drawing.get();
        if (shown == null || db == null) {
            return;
        }
        AssistantRunRecord run = shown.run();
        jobs.job("assistant.ws.job.save", progress -> steps.save(db, run))
                .onSuccess(stored -> notices.accept(Notice.info("assistant.ws.notice.saved", stored.id())))
                .onFailure(error -> notices.accept(Notice.error("assistant.ws.notice.saveFailed",
                        ProblemText.of(error, messages.get()))))
                .start();
    }

    void relabel(Messages m) {
        AssistantDrawing d = drawing.get();
        if (d != null) {
            drawing.set(d.in(m));
        }
    }

    public ObjectProperty<EvaluationSource> sourceProperty() {
        return source;
    }

    public ObjectProperty<Path> testFileProperty() {
        return testFile;
    }

    public ReadOnlyBooleanProperty evaluatingProperty() {
        return evaluating.getReadOnlyProperty();
    }

    /** The result under the slider's threshold (null when there is none). */
    public ReadOnlyObjectProperty<EvaluationResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AssistantDrawing> drawingProperty() {
        return drawing.getReadOnlyProperty();
    }

    public ObservableList<AssistantRunRecord.IntentRow> intents() {
        return intents;
    }

    public ObservableList<AssistantRunRecord.ConfusionRow> confusions() {
        return confusions;
    }
}
