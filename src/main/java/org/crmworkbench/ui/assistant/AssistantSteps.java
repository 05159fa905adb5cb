package org.crmworkbench.ui.assistant;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.crmworkbench.analysis.assistant.Answer;
import org.crmworkbench.analysis.assistant.AssistantSettings;
import org.crmworkbench.analysis.assistant.EvaluationResult;
import org.crmworkbench.analysis.assistant.FallbackPolicy;
import org.crmworkbench.analysis.assistant.TrainedAssistant;
import org.crmworkbench.analysis.text.LanguageChoice;
import org.crmworkbench.analysis.text.TextAnalyzer;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.imports.ImportReport;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.AskedQuestion;
import org.crmworkbench.model.AssistantRunRecord;
import org.crmworkbench.model.KnowledgeEntry;
import org.crmworkbench.present.assistant.AssistantCharts;
import org.crmworkbench.work.Progress;
import org.crmworkbench.workflow.AssistantWorkflow;

/**
 * What the Assistant workspace's jobs run: the stored knowledge base and its changes, training, asking, evaluating,
 * recording and saving, and the charts. In the application every step is {@link AssistantWorkflow}'s (and the charts
 * {@link AssistantCharts}'); tests give a hand-built assistant instead.
 */
interface AssistantSteps {
    List<KnowledgeEntry> readStored(Database database);

    ImportReport importFile(Database database, Path file, Messages messages, Progress progress) throws Exception;

    KnowledgeEntry add(Database database, KnowledgeEntry entry);

    boolean update(Database database, KnowledgeEntry entry);

    boolean remove(Database database, long id);

    List<AskedQuestion> askedQuestions(Database database);

    boolean forget(Database database, long id);

    TrainedAssistant train(List<KnowledgeEntry> entries, AssistantSettings settings, Progress progress);

    /** Asks and logs a handed-over or unsure question. */
    Answer askAndLog(Database database, TrainedAssistant assistant, String question);

    List<KnowledgeEntry> readFile(Path file, Progress progress) throws Exception;

    EvaluationResult evaluate(TrainedAssistant assistant, List<KnowledgeEntry> test, Progress progress);

    EvaluationResult crossValidated(TrainedAssistant assistant);

    /** The same questions under another fallback (the threshold slider). */
    EvaluationResult rescore(EvaluationResult result, FallbackPolicy policy);

    AssistantRunRecord record(EvaluationResult result, TrainedAssistant assistant, String knowledgeSource,
                              String testSource, Instant startedAt);

    AssistantRunRecord save(Database database, AssistantRunRecord run);

    /** The charts in the language of {@code messages}. */
    AssistantDrawing.Charts charts(Messages messages);

    /**
     * The steps of the application: {@link AssistantWorkflow} over the given database, every workflow sharing one
     * text analyzer (its models take a second to load: made on the first job that needs it, off the FX thread).
     */
    static AssistantSteps workflow() {
        SharedAnalyzer workflows = new SharedAnalyzer();
        return new AssistantSteps() {
            @Override
            public List<KnowledgeEntry> readStored(Database database) {
                return workflows.over(database).readStored();
            }

            @Override
            public ImportReport importFile(Database database, Path file, Messages messages, Progress progress)
                    throws Exception {
                return workflows.over(database).importFile(file, messages, progress);
            }

            @Override
            public KnowledgeEntry add(Database database, KnowledgeEntry entry) {
                return workflows.over(database).addEntry(entry);
            }

            @Override
            public boolean update(Database database, KnowledgeEntry entry) {
                return workflows.over(database).updateEntry(entry);
            }

            @Override
            public boolean remove(Database database, long id) {
                return workflows.over(database).removeEntry(id);
            }

            @Override
            public List<AskedQuestion> askedQuestions(Database database) {
                return workflows.over(database).askedQuestions();
            }

            @Override
            public boolean forget(Database database, long id) {
                return workflows.over(database).forgetQuestion(id);
            }

            @Override
            public TrainedAssistant train(List<KnowledgeEntry> entries, AssistantSettings settings,
                                          Progress progress) {
                return workflows.over(null).train(entries, settings, progress);
            }

            @Override
            public Answer askAndLog(Database database, TrainedAssistant assistant, String question) {
                return database == null ? workflows.over(null).ask(assistant, question)
                        : workflows.over(database).askAndLog(assistant, question);
            }

            @Override
            public List<KnowledgeEntry> readFile(Path file, Progress progress) throws Exception {
                return workflows.over(null).readFile(file, progress);
            }

            @Override
            public EvaluationResult evaluate(TrainedAssistant assistant, List<KnowledgeEntry> test,
                                             Progress progress) {
                return workflows.over(null).evaluate(assistant, test, progress);
            }

            @Override
            public EvaluationResult crossValidated(TrainedAssistant assistant) {
                return workflows.over(null).crossValidated(assistant);
            }

            @Override
            public EvaluationResult rescore(EvaluationResult result, FallbackPolicy policy) {
                return result.at(policy);
            }

            @Override
            public AssistantRunRecord record(EvaluationResult result, TrainedAssistant assistant,
                                             String knowledgeSource, String testSource, Instant startedAt) {
                return workflows.over(null).record(result, assistant, knowledgeSource, testSource, startedAt);
            }

            @Override
            public AssistantRunRecord save(Database database, AssistantRunRecord run) {
                return workflows.over(database).save(run);
            }

            @Override
            public AssistantDrawing.Charts charts(Messages messages) {
                AssistantCharts charts = new AssistantCharts(messages);
                return new AssistantDrawing.Charts() {
                    @Override
                    public org.jfree.chart.JFreeChart tradeOff(AssistantRunRecord run, double threshold) {
                        return charts.tradeOff(run, threshold);
                    }

                    @Override
                    public org.jfree.chart.JFreeChart intents(AssistantRunRecord run) {
                        return charts.intents(run);
                    }
                };
            }
        };
    }

    /** The workflows of the application over one text analyzer, made when first needed. */
    final class SharedAnalyzer {
        private TextAnalyzer analyzer;

        synchronized AssistantWorkflow over(Database database) {
            if (analyzer == null) {
                analyzer = new TextAnalyzer(LanguageChoice.AUTO);
            }
            return new AssistantWorkflow(database, analyzer);
        }
    }
}
