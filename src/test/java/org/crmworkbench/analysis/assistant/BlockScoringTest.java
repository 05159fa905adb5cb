package org.crmworkbench.analysis.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

class BlockScoringTest {

    @Test
    void keepsTheQuestionsOrderAndTellsEachBlock() {
        List<String> questions = IntStream.range(0, 600).mapToObj(i -> "q" + i).toList();
        List<Integer> done = new ArrayList<>();
        List<String> scored = BlockScoring.score(questions, q -> q.toUpperCase(), Progress.none(), done::add);
        assertEquals(questions.stream().map(q -> q.toUpperCase()).toList(), scored);
        assertEquals(List.of(256, 512, 600), done);
    }

    @Test
    void stopsBetweenBlocksWhenCancelled() {
        List<String> questions = IntStream.range(0, 600).mapToObj(i -> "q" + i).toList();
        FakeAssistantParts.RecordingProgress progress = new FakeAssistantParts.RecordingProgress("stop", null);
        List<Integer> done = new ArrayList<>();
        assertThrows(CancelledException.class, () -> BlockScoring.score(questions, q -> q, progress, n -> {
            done.add(n);
            progress.stage("stop");
        }));
        assertEquals(List.of(256), done);
    }
}
