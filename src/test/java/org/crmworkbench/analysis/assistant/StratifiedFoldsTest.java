package org.crmworkbench.analysis.assistant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StratifiedFoldsTest {
    /** 10 of a, 3 of b, 1 of c, 6 of oos, shuffled together. */
    private static List<String> labels() {
        List<String> labels = new ArrayList<>();
        String[] order = {"a", "oos", "a", "b", "a", "c", "a", "oos", "a", "b", "a", "oos", "a", "oos", "a", "b",
            "a", "oos", "oos", "x", "x", "a"};
        for (String label : order) {
            labels.add(label);
        }
        return labels;
    }

    private static int[] assignment(StratifiedFolds folds, int n) {
        return IntStream.range(0, n).map(folds::foldOf).toArray();
    }

    @Test
    void eachIntentIsSpreadOverTheFolds() {
        List<String> labels = labels();
        StratifiedFolds folds = StratifiedFolds.of(labels, 5, 17);
        assertEquals(StratifiedFolds.NEVER, folds.foldOf(labels.indexOf("c")), "a lone example is never held out");
        int[][] perFold = new int[5][];
        for (int f = 0; f < 5; f++) {
            perFold[f] = new int[] {0, 0, 0, 0};
            for (int index : folds.heldOut(f)) {
                perFold[f][List.of("a", "b", "oos", "x").indexOf(labels.get(index))]++;
            }
        }
        for (int f = 0; f < 5; f++) {
            assertEquals(2, perFold[f][0], "a: 10 examples, 2 per fold");
            assertTrue(perFold[f][1] <= 1, "b: fewer examples than folds, at most one held out");
            assertTrue(perFold[f][2] >= 1 && perFold[f][2] <= 2, "oos: 6 examples, 1 or 2 per fold");
            assertTrue(perFold[f][3] <= 1);
            Set<String> trained = new HashSet<>();
            folds.training(f).forEach(i -> trained.add(labels.get(i)));
            assertEquals(Set.of("a", "b", "c", "oos", "x"), trained, "every intent stays in training");
        }
        int[] sizes = IntStream.range(0, 5).map(f -> folds.heldOut(f).size()).toArray();
        assertEquals(21, IntStream.of(sizes).sum(), "every example but the lone one is held out once");
        assertTrue(IntStream.of(sizes).max().getAsInt() - IntStream.of(sizes).min().getAsInt() <= 1);
    }

    @Test
    void theSeedFixesTheFolds() {
        int n = labels().size();
        int[] first = assignment(StratifiedFolds.of(labels(), 5, 17), n);
        assertArrayEquals(first, assignment(StratifiedFolds.of(labels(), 5, 17), n));
        assertNotEquals(Arrays.toString(first), Arrays.toString(assignment(StratifiedFolds.of(labels(), 5, 18), n)));
    }

    @Test
    void onlyLoneExamplesHoldNothingOut() {
        assertFalse(StratifiedFolds.of(List.of("a", "b", "c"), 3, 1).holdsAnyOut());
        assertTrue(StratifiedFolds.of(List.of("a", "b", "b"), 3, 1).holdsAnyOut());
    }
}
