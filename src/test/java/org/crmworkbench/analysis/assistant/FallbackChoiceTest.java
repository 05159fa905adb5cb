package org.crmworkbench.analysis.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FallbackChoiceTest {
    private static final String OOS = "oos";

    private static ScoredQuestion q(String expected, String top, double confidence, double second) {
        return new ScoredQuestion(expected + top + confidence, expected,
                List.of(new IntentScore(top, confidence), new IntentScore("z", second)));
    }

    /**
     * Correct answers at 0.8, 0.7, 0.6 and 0.4; wrong ones at 0.45 and 0.35; out-of-scope questions whose closest
     * intent is in scope at 0.3 and 0.25 (runners-up at 0, so margins up to 0.3 hand over no more than thresholds).
     * Correct + out of scope handed over - cost x wrong is best at 0.31 for cost 0 (4 + 2 - 0, from 0.31 to 0.35),
     * 0.36 for cost 1 (4 + 2 - 1 = 5, tied by 3 + 2 - 0 from 0.46, the lower wins), 0.46 for cost 3.
     */
    private static List<ScoredQuestion> planted() {
        return List.of(q("a", "a", 0.8, 0), q("b", "b", 0.7, 0), q("a", "a", 0.6, 0), q("b", "b", 0.4, 0),
                q("a", "b", 0.45, 0), q("b", "a", 0.35, 0), q(OOS, "a", 0.3, 0), q(OOS, "b", 0.25, 0));
    }

    @Test
    void choosesTheBestThresholdForEachCost() {
        assertEquals(new FallbackPolicy(0.31, 0), FallbackChoice.choose(planted(), OOS, Double.NaN, 0));
        assertEquals(new FallbackPolicy(0.36, 0), FallbackChoice.choose(planted(), OOS, Double.NaN, 1));
        assertEquals(new FallbackPolicy(0.46, 0), FallbackChoice.choose(planted(), OOS, Double.NaN, 3));
    }

    @Test
    void keepsAGivenMargin() {
        assertEquals(new FallbackPolicy(0.36, 0.1), FallbackChoice.choose(planted(), OOS, 0.1, 1));
    }

    @Test
    void choosesAMarginWhenOnlyItSeparatesWrongAnswers() {
        // the wrong answers are more confident than the right ones but their runner-up is close (gap 0.05):
        // the least margin on the grid above 0.05 hands them over, threshold 0 keeps the right ones
        List<ScoredQuestion> scored = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            scored.add(q("a", "a", 0.4, 0.05));
        }
        scored.add(q("a", "b", 0.5, 0.45));
        scored.add(q("b", "a", 0.5, 0.45));
        assertEquals(new FallbackPolicy(0, 0.06), FallbackChoice.choose(scored, OOS, Double.NaN, 1));
    }

    @Test
    void withNothingToGainTheLowestThresholdWins() {
        List<ScoredQuestion> allRight = List.of(q("a", "a", 0.9, 0.1), q("b", "b", 0.6, 0.3));
        assertEquals(new FallbackPolicy(0, 0), FallbackChoice.choose(allRight, OOS, Double.NaN, 1));
    }
}
