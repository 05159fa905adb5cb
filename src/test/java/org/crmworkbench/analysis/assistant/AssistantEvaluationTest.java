package org.crmworkbench.analysis.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crmworkbench.model.AssistantRunRecord;
import org.junit.jupiter.api.Test;

class AssistantEvaluationTest {
    private static final String OOS = "oos";
    private static final List<String> INTENTS = List.of("a", "b", "c", "e");
    private static final FallbackPolicy POLICY = new FallbackPolicy(0.5, 0.1);

    private static ScoredQuestion q(String question, String expected, Object... ranked) {
        List<IntentScore> scores = new ArrayList<>();
        for (int i = 0; i < ranked.length; i += 2) {
            scores.add(new IntentScore((String) ranked[i], (Double) ranked[i + 1]));
        }
        return new ScoredQuestion(question, expected, scores);
    }

    /**
     * Ten questions whose outcome under threshold 0.5, margin 0.1 is worked out by hand; "d" is an intent the
     * knowledge base does not know, "e" one no question expects or gets.
     */
    static List<ScoredQuestion> planted() {
        return List.of(
                q("q1", "a", "a", 0.9, "b", 0.05),      // correct
                q("q2", "a", "b", 0.8, "a", 0.1),       // wrong a -> b
                q("q3", "a", "a", 0.4, "b", 0.2),       // low confidence
                q("q4", "b", "b", 0.55, "a", 0.5),      // ambiguous
                q("q5", "b", "b", 0.7, "c", 0.2),       // correct
                q("q6", "c", "a", 0.6, "c", 0.3),       // wrong c -> a
                q("q7", OOS, OOS, 0.7, "a", 0.2),       // out of scope, handed over
                q("q8", OOS, "a", 0.45, "b", 0.1),      // out of scope, low confidence
                q("q9", OOS, "c", 0.9, "a", 0.05),      // out of scope answered: wrong oos -> c
                q("q10", "d", "a", 0.8, "b", 0.1, "c", 0.05)); // unknown intent: wrong d -> a
    }

    @Test
    void plantedFiguresMatchTheHandCount() {
        EvaluationResult result = new AssistantEvaluation().evaluate(planted(), INTENTS, OOS, POLICY);
        AssistantRunRecord.Metrics m = result.metrics();
        assertEquals(10, m.questions());
        assertEquals(7, m.inScope());
        assertEquals(3, m.outOfScope());
        assertEquals(2, m.answeredCorrectly());
        assertEquals(4, m.answeredWrongly());
        assertEquals(4, m.handedOver());
        assertEquals(2, m.oosHandedOver());
        assertEquals(0.4, m.accuracy(), 1e-12);
        assertEquals(2 / 7.0, m.inScopeAccuracy(), 1e-12);
        assertEquals(2 / 3.0, m.oosRecall(), 1e-12);

        List<AssistantRunRecord.IntentRow> rows = result.intentScores();
        assertEquals(List.of("a", "b", "c", "e"), rows.stream().map(AssistantRunRecord.IntentRow::intent).toList());
        assertRow(rows.get(0), 3, 3, 1 / 3.0, 1 / 3.0, 1 / 3.0);
        assertRow(rows.get(1), 2, 2, 0.5, 0.5, 0.5);
        assertRow(rows.get(2), 1, 1, 0, 0, 0);
        assertRow(rows.get(3), 0, 0, Double.NaN, Double.NaN, Double.NaN);

        assertEquals(List.of(new AssistantRunRecord.ConfusionRow("a", "b", 1),
                new AssistantRunRecord.ConfusionRow("c", "a", 1), new AssistantRunRecord.ConfusionRow("d", "a", 1),
                new AssistantRunRecord.ConfusionRow(OOS, "c", 1)), result.confusions());

        assertEquals(List.of("correct", "wrong", "handed-over", "handed-over", "correct", "wrong", "oos-handed-over",
                        "oos-handed-over", "wrong", "wrong"),
                result.predictions().stream().map(AssistantRunRecord.PredictionRow::outcome).toList());
        AssistantRunRecord.PredictionRow last = result.predictions().get(9);
        assertEquals(new AssistantRunRecord.PredictionRow("q10", "d", "a", 0.8, "b", 0.1, "c", 0.05, "wrong"), last);
        AssistantRunRecord.PredictionRow first = result.predictions().get(0);
        assertEquals(null, first.thirdIntent());
        assertEquals(0.0, first.thirdConfidence());
    }

    private static void assertRow(AssistantRunRecord.IntentRow row, int support, int predicted, double precision,
                                  double recall, double f1) {
        assertEquals(support, row.support(), row.intent());
        assertEquals(predicted, row.predicted(), row.intent());
        assertEquals(precision, row.precision(), 1e-12, row.intent());
        assertEquals(recall, row.recall(), 1e-12, row.intent());
        assertEquals(f1, row.f1(), 1e-12, row.intent());
    }

    @Test
    void confusionsAreMostFrequentFirst() {
        List<ScoredQuestion> scored = List.of(q("1", "a", "b", 0.9), q("2", "c", "a", 0.9), q("3", "c", "a", 0.9),
                q("4", "b", "a", 0.9));
        List<AssistantRunRecord.ConfusionRow> rows = new AssistantEvaluation()
                .evaluate(scored, INTENTS, OOS, new FallbackPolicy(0, 0)).confusions();
        assertEquals(List.of(new AssistantRunRecord.ConfusionRow("c", "a", 2),
                new AssistantRunRecord.ConfusionRow("a", "b", 1), new AssistantRunRecord.ConfusionRow("b", "a", 1)),
                rows);
    }

    @Test
    void curveEndsAnswerAllButOutOfScopeTopsAndHandOverAll() {
        EvaluationResult result = new AssistantEvaluation().evaluate(planted(), INTENTS, OOS, POLICY);
        List<AssistantRunRecord.CurvePoint> curve = result.curve();
        assertEquals(101, curve.size());
        // margin 0.1 still hands over q4 at threshold 0; q7's top is the out-of-scope label
        assertEquals(new AssistantRunRecord.CurvePoint(0, 3, 5, 2), curve.get(0));
        assertEquals(new AssistantRunRecord.CurvePoint(1, 0, 0, 10), curve.get(100));
        assertEquals(new AssistantRunRecord.CurvePoint(0.5, 2, 4, 4), curve.get(50));

        List<AssistantRunRecord.CurvePoint> noMargin = result.at(new FallbackPolicy(0.5, 0)).curve();
        assertEquals(new AssistantRunRecord.CurvePoint(0, 4, 5, 1), noMargin.get(0));
        assertEquals(10, noMargin.get(100).handedOver());
    }

    @Test
    void everyCurvePointIsTheEvaluationAtItsThreshold() {
        Random random = new Random(5);
        List<ScoredQuestion> scored = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String expected = random.nextInt(5) == 0 ? OOS : INTENTS.get(random.nextInt(3));
            double top = Math.round(random.nextDouble() * 100) / 100.0; // on the grid too, to test the edges
            String topIntent = random.nextInt(6) == 0 ? OOS : INTENTS.get(random.nextInt(3));
            scored.add(q("q" + i, expected, topIntent, top, "b", top * random.nextDouble()));
        }
        AssistantEvaluation evaluation = new AssistantEvaluation();
        for (double margin : new double[] {0, 0.06, 0.2}) {
            EvaluationResult result = evaluation.evaluate(scored, INTENTS, OOS, new FallbackPolicy(0.3, margin));
            for (AssistantRunRecord.CurvePoint point : result.curve()) {
                AssistantRunRecord.Metrics m = evaluation.evaluate(scored, INTENTS, OOS,
                        new FallbackPolicy(point.threshold(), margin)).metrics();
                assertEquals(new AssistantRunRecord.CurvePoint(point.threshold(), m.answeredCorrectly(),
                        m.answeredWrongly(), m.handedOver()), point);
            }
        }
    }

    @Test
    void noQuestionsGiveNaNRatios() {
        AssistantRunRecord.Metrics m = new AssistantEvaluation().evaluate(List.of(), INTENTS, OOS, POLICY).metrics();
        assertEquals(0, m.questions());
        assertTrue(Double.isNaN(m.accuracy()) && Double.isNaN(m.inScopeAccuracy()) && Double.isNaN(m.oosRecall()));
    }
}
