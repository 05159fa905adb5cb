package org.crmworkbench.present.assistant;

import static org.crmworkbench.present.OutputFiles.cell;
import static org.crmworkbench.present.OutputFiles.number;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.crmworkbench.analysis.assistant.EvaluationResult;
import org.crmworkbench.analysis.assistant.TrainedAssistant;
import org.crmworkbench.model.AssistantRunRecord;
import org.crmworkbench.present.OutputFiles;

/**
 * The files of {@code workbench assistant --evaluate}: {@code metrics.json} (accuracy, in_scope_accuracy, oos_recall,
 * threshold, margin, counts, per-intent scores, top confusions), {@code predictions.csv} (question, expected,
 * predicted, confidence, runners-up, outcome) and {@code intents.csv}; the charts are written by the caller through the
 * usual chart files. Also turns an evaluation into the run record the store, the charts and the reports take.
 *
 * <p>Conventions, as the other workspaces' files: UTF-8, LF line ends, each file written whole or not at all; column
 * names and JSON keys are fixed English identifiers in a fixed order; intents as the knowledge base names them;
 * outcomes as codes ({@code correct}, {@code wrong}, {@code handed-over}, {@code oos-handed-over}); numbers the same
 * on every machine ('.' decimals, full precision, whole numbers without a fraction); a number that cannot be computed
 * (the recall of out-of-scope questions when there are none, the precision of an intent never answered) is an empty
 * cell or a JSON {@code null}.
 */
public final class AssistantFiles {
    public static final List<String> PREDICTION_COLUMNS = List.of("question", "expected", "predicted", "top_intent",
            "confidence", "second_intent", "second_confidence", "third_intent", "third_confidence", "outcome");
    public static final List<String> INTENT_COLUMNS = List.of("intent", "support", "predicted", "precision", "recall",
            "f1");
    /** Confusion pairs {@code metrics.json} lists at most (as many as the confusion chart shows). */
    public static final int TOP_CONFUSIONS = AssistantCharts.MAX_CONFUSIONS;

    /** Writes {@code metrics.json}, {@code predictions.csv} and {@code intents.csv} into {@code dir}. */
    public void write(Path dir, AssistantRunRecord run) throws IOException {
        OutputFiles.writeText(dir.resolve("metrics.json"), metrics(run));
        writePredictions(dir.resolve("predictions.csv"), run);
        writeIntents(dir.resolve("intents.csv"), run);
    }

    /**
     * {@code predictions.csv}: every evaluated question in the order read, columns {@link #PREDICTION_COLUMNS};
     * {@code predicted} is the intent answered, empty when the question was handed over; {@code top_intent} and
     * {@code confidence} are the closest intent's either way; a missing runner-up is an empty intent and confidence.
     */
    public void writePredictions(Path file, AssistantRunRecord run) throws IOException {
        OutputFiles.writeCsv(file, csv -> {
            csv.writeRecord(PREDICTION_COLUMNS);
            for (AssistantRunRecord.PredictionRow p : run.predictions()) {
                boolean answered = "correct".equals(p.outcome()) || "wrong".equals(p.outcome());
                csv.writeRecord(p.question(), p.expected(), answered ? text(p.topIntent()) : "",
                        text(p.topIntent()), cell(p.confidence()), text(p.secondIntent()),
                        p.secondIntent() == null ? "" : cell(p.secondConfidence()), text(p.thirdIntent()),
                        p.thirdIntent() == null ? "" : cell(p.thirdConfidence()), p.outcome());
            }
        });
    }

    /** {@code intents.csv}: every in-scope intent in the knowledge base's order, columns {@link #INTENT_COLUMNS}. */
    public void writeIntents(Path file, AssistantRunRecord run) throws IOException {
        OutputFiles.writeCsv(file, csv -> {
            csv.writeRecord(INTENT_COLUMNS);
            for (AssistantRunRecord.IntentRow r : run.intentScores()) {
                csv.writeRecord(r.intent(), Integer.toString(r.support()), Integer.toString(r.predicted()),
                        cell(r.precision()), cell(r.recall()), cell(r.f1()));
            }
        });
    }

    /**
     * {@code metrics.json} of {@code run}, from its fields: the same text as the summary of the evaluation it was
     * made from.
     */
    public String metrics(AssistantRunRecord run) {
        return json(run.metrics(), run.threshold(), run.margin(), run.chosen(), run.oosLabel(), run.intentScores(),
                run.confusions());
    }

    /**
     * {@code metrics.json} of {@code result} as text: {@code accuracy, in_scope_accuracy, oos_recall, threshold,
     * margin, threshold_chosen} (whether the threshold and margin were chosen on held-out examples: the assistant's
     * own choice, and {@code result} under that very policy){@code , oos_label, questions, in_scope, out_of_scope,
     * answered_correctly, answered_wrongly, handed_over, oos_handed_over, intents} ({@code intent, support,
     * predicted, precision, recall, f1} in the knowledge base's order){@code , top_confusions} ({@code expected,
     * predicted, count}, the {@link #TOP_CONFUSIONS} most frequent).
     */
    public String summary(EvaluationResult result, TrainedAssistant assistant) {
        return json(result.metrics(), result.policy().threshold(), result.policy().margin(), chosen(result, assistant),
                result.oosLabel(), result.intentScores(), result.confusions());
    }

    /**
     * The run record of {@code result} (id 0).
     *
     * @param testSource the test file's name, or null for a cross-validated evaluation
     */
    public AssistantRunRecord record(EvaluationResult result, TrainedAssistant assistant, String knowledgeSource,
                                     String testSource, Instant startedAt, String appVersion) {
        return new AssistantRunRecord(0, startedAt, appVersion, knowledgeSource, testSource, result.oosLabel(),
                result.policy().threshold(), result.policy().margin(), chosen(result, assistant),
                assistant.knowledge().entries().size(), assistant.knowledge().intents().size(), result.metrics(),
                summary(result, assistant), result.intentScores(), result.confusions(), result.curve(),
                result.predictions());
    }

    /** Whether the figures are under the policy the assistant chose itself. */
    private static boolean chosen(EvaluationResult result, TrainedAssistant assistant) {
        return assistant.policyChosen() && result.policy().equals(assistant.policy());
    }

    private static String json(AssistantRunRecord.Metrics m, double threshold, double margin, boolean chosen,
                               String oosLabel, List<AssistantRunRecord.IntentRow> intents,
                               List<AssistantRunRecord.ConfusionRow> confusions) {
        return OutputFiles.json(json -> {
            json.writeStartObject();
            number(json, "accuracy", m.accuracy());
            number(json, "in_scope_accuracy", m.inScopeAccuracy());
            number(json, "oos_recall", m.oosRecall());
            number(json, "threshold", threshold);
            number(json, "margin", margin);
            json.writeBooleanField("threshold_chosen", chosen);
            json.writeStringField("oos_label", oosLabel);
            json.writeNumberField("questions", m.questions());
            json.writeNumberField("in_scope", m.inScope());
            json.writeNumberField("out_of_scope", m.outOfScope());
            json.writeNumberField("answered_correctly", m.answeredCorrectly());
            json.writeNumberField("answered_wrongly", m.answeredWrongly());
            json.writeNumberField("handed_over", m.handedOver());
            json.writeNumberField("oos_handed_over", m.oosHandedOver());
            json.writeArrayFieldStart("intents");
            for (AssistantRunRecord.IntentRow r : intents) {
                intent(json, r);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("top_confusions");
            for (AssistantRunRecord.ConfusionRow c : AssistantCharts.mostFrequentFirst(confusions).subList(0,
                    Math.min(TOP_CONFUSIONS, confusions.size()))) {
                json.writeStartObject();
                json.writeStringField("expected", c.expected());
                json.writeStringField("predicted", c.predicted());
                json.writeNumberField("count", c.count());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void intent(JsonGenerator json, AssistantRunRecord.IntentRow r) throws IOException {
        json.writeStartObject();
        json.writeStringField("intent", r.intent());
        json.writeNumberField("support", r.support());
        json.writeNumberField("predicted", r.predicted());
        number(json, "precision", r.precision());
        number(json, "recall", r.recall());
        number(json, "f1", r.f1());
        json.writeEndObject();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
