package org.crmworkbench.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crmworkbench.analysis.assistant.Answer;
import org.crmworkbench.analysis.assistant.AssistantEvaluation;
import org.crmworkbench.analysis.assistant.AssistantSettings;
import org.crmworkbench.analysis.assistant.AssistantTraining;
import org.crmworkbench.analysis.assistant.EvaluationResult;
import org.crmworkbench.analysis.assistant.TrainedAssistant;
import org.crmworkbench.analysis.text.LanguageChoice;
import org.crmworkbench.analysis.text.TextAnalyzer;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.imports.ImportFailedException;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.ImportReport;
import org.crmworkbench.data.imports.Importer;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.data.assistant.AskedQuestionLog;
import org.crmworkbench.data.assistant.KnowledgeBaseStore;
import org.crmworkbench.data.assistant.KnowledgeFileReader;
import org.crmworkbench.data.runs.AssistantRunStore;
import org.crmworkbench.model.AskedQuestion;
import org.crmworkbench.model.AssistantRunRecord;
import org.crmworkbench.model.KnowledgeEntry;
import org.crmworkbench.present.assistant.AssistantFiles;
import org.crmworkbench.work.AppVersion;
import org.crmworkbench.work.Progress;

/**
 * The service assistant, for {@code workbench assistant} and the Assistant workspace: the knowledge base is read from
 * the database or a file, learnt ({@link AssistantTraining}), asked, evaluated on a test file or by cross-validation,
 * and the evaluation saved as an {@code assistant} run. The chat pane's handed-over and low-confidence questions are
 * logged.
 */
public final class AssistantWorkflow {
    /** Answers below this confidence are logged even when given. */
    public static final double LOW_CONFIDENCE = 0.5;

    private final Database database;
    private final TextAnalyzer analyzer;

    /** A workflow over {@code database}; null when only files are read and nothing is saved. */
    public AssistantWorkflow(Database database) {
        this(database, new TextAnalyzer(LanguageChoice.AUTO));
    }

    /** A workflow sharing {@code analyzer}'s models (they take a second to load). */
    public AssistantWorkflow(Database database, TextAnalyzer analyzer) {
        this.database = database;
        this.analyzer = analyzer;
    }

    /** The knowledge base stored in the database, in id order. */
    public List<KnowledgeEntry> readStored() {
        return new KnowledgeBaseStore(database()).list();
    }

    /** The rows of a knowledge-base or test file (see {@link KnowledgeFileReader}). */
    public List<KnowledgeEntry> readFile(Path file, Progress progress) throws IOException {
        return new KnowledgeFileReader().read(file, progress);
    }

    public TrainedAssistant train(List<KnowledgeEntry> entries, AssistantSettings settings, Progress progress) {
        return new AssistantTraining(analyzer).train(entries, settings, progress);
    }

    public Answer ask(TrainedAssistant assistant, String question) {
        return assistant.ask(question);
    }

    /**
     * Asks and, when the answer is handed over or below {@link #LOW_CONFIDENCE}, logs the question in the database.
     */
    public Answer askAndLog(TrainedAssistant assistant, String question) {
        Answer answer = assistant.ask(question);
        if (answer.handedOver() || answer.confidence() < LOW_CONFIDENCE) {
            String top = answer.ranked().isEmpty() ? null : answer.ranked().get(0).intent();
            new AskedQuestionLog(database()).log(new AskedQuestion(0, Instant.now(), question, answer.language(), top,
                    answer.confidence(), answer.handedOver(),
                    answer.handOver() == null ? null : answer.handOver().code()));
        }
        return answer;
    }

    /** The figures on a labelled test set. */
    public EvaluationResult evaluate(TrainedAssistant assistant, List<KnowledgeEntry> test, Progress progress) {
        return new AssistantEvaluation().evaluate(assistant, test, progress);
    }

    /** The cross-validated figures on the knowledge base itself. */
    public EvaluationResult crossValidated(TrainedAssistant assistant) {
        return new AssistantEvaluation().crossValidated(assistant);
    }

    /** The run record of an evaluation (id 0); {@code testSource} null for a cross-validated one. */
    public AssistantRunRecord record(EvaluationResult result, TrainedAssistant assistant, String knowledgeSource,
                                     String testSource, Instant startedAt) {
        return new AssistantFiles().record(result, assistant, knowledgeSource, testSource, startedAt,
                AppVersion.current());
    }

    public AssistantRunRecord save(AssistantRunRecord run) {
        return new AssistantRunStore(database()).save(run);
    }

    public Optional<AssistantRunRecord> latestRun() {
        return new AssistantRunStore(database()).latest();
    }

    public List<AssistantRunRecord> savedRuns() {
        return new AssistantRunStore(database()).list();
    }

    public Optional<AssistantRunRecord> findRun(long runId) {
        return new AssistantRunStore(database()).find(runId);
    }

    /**
     * Imports a knowledge-base file into the database: checked like every import (file, line and column named), and
     * replacing the stored knowledge base in one transaction, so a refused file leaves it as it was.
     */
    public ImportReport importFile(Path file, Messages messages, Progress progress)
            throws ImportFailedException, IOException {
        return new Importer(database(), messages).importFile(CrmTable.KNOWLEDGE_BASE, file, ImportOptions.defaults(),
                progress);
    }

    /** Adds a row to the stored knowledge base. */
    public KnowledgeEntry addEntry(KnowledgeEntry entry) {
        return new KnowledgeBaseStore(database()).add(entry);
    }

    public boolean updateEntry(KnowledgeEntry entry) {
        return new KnowledgeBaseStore(database()).update(entry);
    }

    public boolean removeEntry(long id) {
        return new KnowledgeBaseStore(database()).remove(id);
    }

    /** The logged questions, newest first. */
    public List<AskedQuestion> askedQuestions() {
        return new AskedQuestionLog(database()).list();
    }

    public boolean forgetQuestion(long id) {
        return new AskedQuestionLog(database()).remove(id);
    }

    private Database database() {
        if (database == null) {
            throw new IllegalStateException("no database is open");
        }
        return database;
    }
}
