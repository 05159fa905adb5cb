package org.crmworkbench.analysis.assistant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.crmworkbench.work.Progress;

/**
 * Scores many questions with a model that is safe to share between threads: blocks of questions one after another, the
 * questions of a block in parallel, cancellation checked and progress told between blocks (on the calling thread). The
 * results keep the questions' order whatever the threads do.
 */
final class BlockScoring {
    static final int BLOCK = 256;

    private BlockScoring() {
    }

    /**
     * {@code score} of every question, in order.
     *
     * @param done told how many questions are scored after each block
     */
    static <T> List<T> score(List<String> questions, Function<String, T> score, Progress progress, IntConsumer done) {
        Object[] results = new Object[questions.size()];
        for (int start = 0; start < questions.size(); start += BLOCK) {
            progress.checkCancelled();
            int from = start;
            int to = Math.min(questions.size(), start + BLOCK);
            IntStream.range(from, to).parallel().forEach(i -> results[i] = score.apply(questions.get(i)));
            done.accept(to);
        }
        progress.checkCancelled();
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) new ArrayList<>(Arrays.asList(results));
        return list;
    }
}
