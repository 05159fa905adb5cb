package org.crmworkbench.analysis.basket;

import java.util.Arrays;
import org.crmworkbench.work.Progress;

/**
 * Apriori (Agrawal and Srikant 1994), level by level: the (k+1)-candidates join two frequent k-itemsets that share
 * their first k - 1 items and are pruned unless each of their k-subsets is frequent; they are counted in one pass
 * over the baskets through a {@link CandidateTrie}. Pairs of a vocabulary of at most 4,000 frequent items are
 * counted in a triangular array instead. Stops at the max length or when a level is empty.
 */
final class AprioriMiner {
    private static final int PAIR_ARRAY_ITEMS = 4000;

    private final FrequentItemCoding coding;
    private final int minCount;
    private final int maxLength;
    private final ItemsetSink sink;
    private final Progress progress;

    AprioriMiner(FrequentItemCoding coding, int minCount, int maxLength, ItemsetSink sink, Progress progress) {
        this.coding = coding;
        this.minCount = minCount;
        this.maxLength = maxLength;
        this.sink = sink;
        this.progress = progress;
    }

    void mine() {
        int f = coding.size();
        if (f == 0) {
            return;
        }
        progress.stage("basket.progress.mining");
        int[] level = new int[f];
        for (int c = 0; c < f; c++) {
            level[c] = c;
            sink.add(level, 0, c, coding.count(c));
        }
        int k = 1;
        while (level.length > 0 && k < maxLength) {
            progress.checkCancelled();
            progress.worked(k, maxLength);
            level = k == 1 && f <= PAIR_ARRAY_ITEMS ? pairs(f) : nextLevel(level, k);
            k++;
        }
    }

    /** The frequent pairs, each as two codes, in lexicographic order, counted in a triangular array. */
    private int[] pairs(int f) {
        long cells = (long) f * (f - 1) / 2;
        sink.tablesGrew(4L * cells);
        int[] counts = new int[(int) cells];
        int[] start = coding.starts();
        int[] codes = coding.codes();
        for (int t = 0; t < coding.transactions(); t++) {
            for (int p = start[t]; p < start[t + 1]; p++) {
                int a = codes[p];
                int row = a * (2 * f - a - 1) / 2 - a - 1;
                for (int q = p + 1; q < start[t + 1]; q++) {
                    counts[row + codes[q]]++;
                }
            }
            if ((t & 0x3FFF) == 0) {
                progress.checkCancelled();
            }
        }
        int[] found = new int[64];
        int used = 0;
        int[] pair = new int[1];
        for (int a = 0; a < f; a++) {
            int row = a * (2 * f - a - 1) / 2 - a - 1;
            for (int b = a + 1; b < f; b++) {
                int count = counts[row + b];
                if (count >= minCount) {
                    if (used + 2 > found.length) {
                        found = Arrays.copyOf(found, found.length * 2);
                    }
                    found[used++] = a;
                    found[used++] = b;
                    pair[0] = a;
                    sink.add(pair, 1, b, count);
                }
            }
        }
        return Arrays.copyOf(found, used);
    }

    /** The frequent (k+1)-itemsets from the frequent k-itemsets {@code level} (back to back, lexicographic). */
    private int[] nextLevel(int[] level, int k) {
        int[] candidates = candidates(level, k);
        int size = k + 1;
        int m = candidates.length / size;
        if (m == 0) {
            return candidates;
        }
        sink.tablesGrew(4L * candidates.length);
        CandidateTrie trie = new CandidateTrie(candidates, size);
        sink.tablesGrew(trie.bytes());
        int[] start = coding.starts();
        int[] codes = coding.codes();
        for (int t = 0; t < coding.transactions(); t++) {
            if (start[t + 1] - start[t] >= size) {
                trie.count(codes, start[t], start[t + 1]);
            }
            if ((t & 0x3FFF) == 0) {
                progress.checkCancelled();
            }
        }
        int[] counts = trie.counts();
        int kept = 0;
        int[] prefix = new int[k];
        for (int c = 0; c < m; c++) {
            if (counts[c] >= minCount) {
                System.arraycopy(candidates, c * size, candidates, kept * size, size);
                System.arraycopy(candidates, kept * size, prefix, 0, k);
                sink.add(prefix, k, candidates[kept * size + k], counts[c]);
                kept++;
            }
        }
        return Arrays.copyOf(candidates, kept * size);
    }

    /** The joined and pruned (k+1)-candidates of {@code level}, back to back, lexicographic. */
    private int[] candidates(int[] level, int k) {
        int m = level.length / k;
        ItemsetIndex index = new ItemsetIndex(level, k);
        int[] out = new int[Math.max(16, level.length)];
        int used = 0;
        int[] candidate = new int[k + 1];
        int[] subset = new int[k];
        int blockStart = 0;
        while (blockStart < m) {
            int blockEnd = blockStart + 1;
            while (blockEnd < m && Arrays.equals(level, blockStart * k, blockStart * k + k - 1, level,
                    blockEnd * k, blockEnd * k + k - 1)) {
                blockEnd++;
            }
            for (int a = blockStart; a < blockEnd; a++) {
                System.arraycopy(level, a * k, candidate, 0, k);
                for (int b = a + 1; b < blockEnd; b++) {
                    candidate[k] = level[b * k + k - 1];
                    if (allSubsetsFrequent(candidate, k, subset, index)) {
                        if (used + k + 1 > out.length) {
                            out = Arrays.copyOf(out, out.length * 2);
                            sink.tablesGrew(2L * out.length);
                        }
                        System.arraycopy(candidate, 0, out, used, k + 1);
                        used += k + 1;
                    }
                }
            }
            blockStart = blockEnd;
            progress.checkCancelled();
        }
        return Arrays.copyOf(out, used);
    }

    /** Whether the k-subsets of {@code candidate} that drop one of its first k - 1 items are all frequent. */
    private static boolean allSubsetsFrequent(int[] candidate, int k, int[] subset, ItemsetIndex index) {
        for (int drop = 0; drop < k - 1; drop++) {
            int m = 0;
            for (int p = 0; p <= k; p++) {
                if (p != drop) {
                    subset[m++] = candidate[p];
                }
            }
            if (!index.contains(subset)) {
                return false;
            }
        }
        return true;
    }
}
