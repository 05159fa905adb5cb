package org.crmworkbench.analysis.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmworkbench.model.AssistantRunRecord;
import org.junit.jupiter.api.Test;

/**
 * Agreement with scikit-learn: per-intent precision, recall and F1 ({@code precision_recall_fscore_support} over the
 * in-scope labels, a handed-over question predicting none of them), accuracy with out of scope as one more class,
 * in-scope accuracy and out-of-scope recall ({@code accuracy_score}, {@code recall_score}), on 300 questions made from
 * integer arithmetic by {@code reference/assistant/evaluation_reference.py}, whose output is
 * {@code evaluation_reference.out}.
 */
class AssistantEvaluationAgreementTest {
    private static final String OOS = "oos";
    private static final List<String> INTENTS = List.of("i0", "i1", "i2", "i3", "i4", "i5");

    private static double unit(int i) {
        return ((i * 2654435761L + 12345) % (1L << 32)) / (double) (1L << 32);
    }

    /** The reference script's question {@code i}: its expected intent and the two closest intents. */
    private static ScoredQuestion question(int i) {
        String expected = i % 7 == 0 ? OOS : "i" + (i * 5 + 3) % 6;
        String top;
        if (unit(i + 500) < 0.08) {
            top = OOS;
        } else if (!expected.equals(OOS) && unit(i) < 0.6) {
            top = expected;
        } else {
            top = "i" + (i * 11 + 1) % 6;
        }
        double confidence = ((i * 37 + 11) % 100) / 100.0;
        double second = confidence * (((i * 13 + 5) % 10) / 10.0);
        String runnerUp = top.equals("i0") ? "i1" : "i0";
        return new ScoredQuestion("q" + i, expected,
                List.of(new IntentScore(top, confidence), new IntentScore(runnerUp, second)));
    }

    @Test
    void figuresAgreeWithScikitLearn() throws IOException {
        List<ScoredQuestion> scored = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            scored.add(question(i));
        }
        EvaluationResult result = new AssistantEvaluation().evaluate(scored, INTENTS, OOS,
                new FallbackPolicy(0.4, 0.05));
        Map<String, String[]> reference = reference();
        for (AssistantRunRecord.IntentRow row : result.intentScores()) {
            String[] expected = reference.get("intent " + row.intent());
            assertEquals(Integer.parseInt(expected[2]), row.support(), row.intent());
            assertEquals(Integer.parseInt(expected[3]), row.predicted(), row.intent());
            assertEquals(Double.parseDouble(expected[4]), row.precision(), 1e-12, row.intent());
            assertEquals(Double.parseDouble(expected[5]), row.recall(), 1e-12, row.intent());
            assertEquals(Double.parseDouble(expected[6]), row.f1(), 1e-12, row.intent());
        }
        AssistantRunRecord.Metrics metrics = result.metrics();
        assertEquals(Double.parseDouble(reference.get("accuracy")[1]), metrics.accuracy(), 1e-12);
        assertEquals(Double.parseDouble(reference.get("inScopeAccuracy")[1]), metrics.inScopeAccuracy(), 1e-12);
        assertEquals(Double.parseDouble(reference.get("oosRecall")[1]), metrics.oosRecall(), 1e-12);
    }

    /** The reference lines by their first word (and intent). */
    private Map<String, String[]> reference() throws IOException {
        Map<String, String[]> lines = new HashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/reference/assistant/evaluation_reference.out");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.strip().split(" ");
                lines.put(fields[0].equals("intent") ? "intent " + fields[1] : fields[0], fields);
            }
        }
        assertEquals(9, lines.size(), "six intents and three figures");
        return lines;
    }
}
