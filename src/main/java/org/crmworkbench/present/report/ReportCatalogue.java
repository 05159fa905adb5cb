package org.crmworkbench.present.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.runs.AssistantRunStore;
import org.crmworkbench.data.runs.EvaluationRunStore;
import org.crmworkbench.data.runs.FeedbackRunStore;
import org.crmworkbench.data.runs.RepsRunStore;
import org.crmworkbench.data.runs.RunCatalogue;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;

/**
 * What a report can be built from: the saved runs of every kind, the charts and tables each can give, and those
 * items built afresh from the stored run (the same way for the window and the command line).
 *
 * <p>Kinds and their items ({@code *} marks the default ones a report takes when none are picked):
 * <ul>
 * <li>{@code segment}: {@code scatter}*, {@code profiles}*, {@code radar}, {@code segments}* (table)</li>
 * <li>{@code forecast}: {@code forecast}* (chart), {@code forecast-table}*, {@code parameters} (table)</li>
 * <li>{@code recommend-eval}: {@code comparison}* (chart), {@code metrics}* (table)</li>
 * <li>{@code recommend}: {@code top-products}* (table), {@code sources} (chart)</li>
 * <li>{@code predict}: {@code scores}* (chart), {@code metrics}* (table), {@code top-customers} (table)</li>
 * <li>{@code value}: {@code rfm-segments}* (table), {@code clv-distribution}*, {@code p-alive-map}*,
 * {@code migration}* (charts), {@code top-customers}, {@code parameters} (tables)</li>
 * <li>{@code basket}: {@code rules}* (table, the 20 of highest lift), {@code item-frequency}*, {@code scatter}*,
 * {@code graph}*, {@code grouped} (charts)</li>
 * <li>{@code reps}: {@code league}* (table, raw and adjusted ranks), {@code caterpillar}*, {@code ranks}* (charts)</li>
 * <li>{@code feedback}: {@code summary}* (table), {@code timeline}*, {@code labels-by-language}*, {@code channel}*,
 * {@code aspects}*, {@code topics}* (charts), {@code changes}*, {@code read-first}* (tables), {@code product},
 * {@code category}, {@code region}, {@code segment}, {@code sales-rep} (charts), {@code topics-table},
 * {@code keywords}, {@code most-negative} (tables)</li>
 * <li>{@code assistant}: {@code summary}* (table), {@code tradeoff}*, {@code intents}*, {@code confusion}* (charts),
 * {@code predictions}* (table, the 50 questions answered wrongly or handed over first), {@code intents-table},
 * {@code confusions-table} (tables)</li>
 * </ul>
 */
public final class ReportCatalogue {
    /**
     * Command-line names of the kinds, for {@code report --latest}: segment, forecast, evaluation, recommend, predict,
     * value, basket, reps, feedback, assistant.
     */
    public static final List<String> CLI_KINDS = List.of("segment", "forecast", "evaluation", "recommend", "predict",
            "value", "basket", "reps", "feedback", "assistant");

    private final Database database;
    private final Messages messages;
    private final RunCatalogue catalogue;
    private final DataSetWords dataSetWords;
    private final Map<String, RunItems> kinds = new LinkedHashMap<>();

    /** The catalogue of {@code database}'s runs, its items showing people masked (the default). */
    public ReportCatalogue(Database database, Messages messages) {
        this(database, messages, PersonalDataPolicy.masked());
    }

    /**
     * The catalogue of {@code database}'s runs, its items showing people (customers, reps) as {@code people} says:
     * masked, with names, or pseudonymized.
     */
    public ReportCatalogue(Database database, Messages messages, PersonalDataPolicy people) {
        this.database = database;
        this.messages = messages;
        this.catalogue = new RunCatalogue(database);
        this.dataSetWords = new DataSetWords(database, messages);
        for (RunItems items : List.of(new SegmentRunItems(database, messages, dataSetWords),
                new ForecastRunItems(database, messages, dataSetWords),
                new EvaluationRunItems(database, messages, dataSetWords),
                new RecommendationRunItems(database, messages, dataSetWords),
                new PredictionRunItems(database, messages, dataSetWords, people),
                new ValueRunItems(database, messages, dataSetWords, people),
                new BasketRunItems(database, messages, dataSetWords),
                new RepsRunItems(id -> new RepsRunStore(database).find(id), messages, dataSetWords, people),
                new FeedbackRunItems(id -> new FeedbackRunStore(database).find(id), messages, dataSetWords,
                        people),
                new AssistantRunItems(id -> new AssistantRunStore(database).find(id), messages, dataSetWords))) {
            kinds.put(items.kind(), items);
        }
    }

    /** Every saved run, newest first. */
    public List<SavedRun> runs() {
        return catalogue.runs();
    }

    /** The newest run of a kind, by its command-line name ({@link #CLI_KINDS}) or stored kind. */
    public Optional<SavedRun> latest(String kind) {
        return catalogue.latest(storedKind(kind));
    }

    /** The stored kind of a command-line kind name ({@code evaluation} is stored as {@code recommend-eval}). */
    public static String storedKind(String kind) {
        String k = kind == null ? "" : kind.trim().toLowerCase(Locale.ROOT);
        if (k.equals("value")) {
            return ValueRunItems.KIND;
        }
        return k.equals("evaluation") ? EvaluationRunStore.KIND : k;
    }

    /**
     * The charts and tables run {@code runId} can give, defaults first.
     *
     * @throws org.crmworkbench.work.BadParameterException (parameter {@code runs}) when there is no such run
     */
    public List<ItemChoice> items(long runId) {
        SavedRun run = run(runId);
        RunItems of = kinds.get(run.kind());
        if (of == null) {
            return List.of();
        }
        return of.entries().stream().map(e -> new ItemChoice(runId, e.key(), e.chart(), of.label(e.key()))).toList();
    }

    /** The items a report takes from the run when none are picked. */
    public List<ItemChoice> defaultItems(long runId) {
        SavedRun run = run(runId);
        RunItems of = kinds.get(run.kind());
        if (of == null) {
            return List.of();
        }
        return of.entries().stream().filter(RunItems.Entry::byDefault)
                .map(e -> new ItemChoice(runId, e.key(), e.chart(), of.label(e.key()))).toList();
    }

    /**
     * Builds one item from the stored run (reading what else it needs, e.g. the customers' features for a segment
     * scatter), titled and with its provenance.
     *
     * @throws org.crmworkbench.work.BadParameterException (parameter {@code chart}) when the run has no such item,
     *         naming the ones it has
     */
    public ReportItem build(long runId, String key, Progress progress) {
        SavedRun run = run(runId);
        RunItems of = kinds.get(run.kind());
        List<String> keys = of == null ? List.of() : of.entries().stream().map(RunItems.Entry::key).toList();
        if (!keys.contains(key)) {
            throw new BadParameterException("chart", "report.error.unknownItem", "run " + runId + " ("
                    + run.kind() + ") has no item " + key + "; it has " + String.join(", ", keys), runId,
                    run.kind(), String.valueOf(key), keys.isEmpty() ? "-" : String.join(", ", keys));
        }
        progress.checkCancelled();
        return of.build(run, key, progress);
    }

    /** The data set in words: database file, customers, orders and their dates, last import. */
    public String dataSet() {
        return dataSetWords.words();
    }

    private SavedRun run(long runId) {
        return catalogue.find(runId).orElseThrow(() -> new BadParameterException("runs", "report.error.unknownRun",
                "there is no saved run " + runId, runId));
    }
}
