package org.crmworkbench.analysis.assistant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The cross-validation folds of a knowledge base's examples, stratified by intent and seeded: each intent's examples are
 * shuffled (one generator seeded with the seed, intents taken in the order they first appear) and dealt to the folds in
 * turn, the dealing carrying on from one intent to the next so that the folds stay the same size. An intent with fewer
 * examples than folds has at most one example held out per fold, so at least one stays in training in every fold; the
 * example of an intent with a single example is never held out (fold {@link #NEVER}).
 */
final class StratifiedFolds {
    /** The fold of an example that is never held out. */
    static final int NEVER = -1;

    private final int folds;
    private final int[] foldOf;

    private StratifiedFolds(int folds, int[] foldOf) {
        this.folds = folds;
        this.foldOf = foldOf;
    }

    /** The folds of examples labelled {@code labels} (one per example, in the examples' order). */
    static StratifiedFolds of(List<String> labels, int folds, long seed) {
        if (folds < 2) {
            throw new IllegalArgumentException("at least two folds");
        }
        Map<String, List<Integer>> byLabel = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            byLabel.computeIfAbsent(labels.get(i), k -> new ArrayList<>()).add(i);
        }
        int[] foldOf = new int[labels.size()];
        Random random = new Random(seed);
        int next = 0;
        for (List<Integer> members : byLabel.values()) {
            if (members.size() < 2) {
                foldOf[members.get(0)] = NEVER;
                continue;
            }
            List<Integer> shuffled = new ArrayList<>(members);
            Collections.shuffle(shuffled, random);
            for (int index : shuffled) {
                foldOf[index] = next;
                next = (next + 1) % folds;
            }
        }
        return new StratifiedFolds(folds, foldOf);
    }

    int folds() {
        return folds;
    }

    /** The fold {@code example} is held out in, or {@link #NEVER}. */
    int foldOf(int example) {
        return foldOf[example];
    }

    /** Whether any example is held out at all. */
    boolean holdsAnyOut() {
        for (int fold : foldOf) {
            if (fold != NEVER) {
                return true;
            }
        }
        return false;
    }

    /** The examples held out in {@code fold}, in order. */
    List<Integer> heldOut(int fold) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < foldOf.length; i++) {
            if (foldOf[i] == fold) {
                out.add(i);
            }
        }
        return out;
    }

    /** The examples trained on in {@code fold} (all but its held-out ones), in order. */
    List<Integer> training(int fold) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < foldOf.length; i++) {
            if (foldOf[i] != fold) {
                out.add(i);
            }
        }
        return out;
    }
}
