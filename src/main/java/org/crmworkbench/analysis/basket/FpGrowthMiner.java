package org.crmworkbench.analysis.basket;

import org.crmworkbench.work.Progress;

/**
 * FP-growth (Han, Pei and Yin 2000) over {@link FpTree}s in flat arrays. The first tree is built from the coded
 * baskets sorted lexicographically (a basket shares the path of the one before it as far as they agree, so no child
 * is ever looked up); each conditional tree is built by walking the header list of its item up to the root, mapping
 * each ancestor once per build to its node in the new tree. Items keep their order from the first tree, so the
 * conditional paths need no sorting; a tree that is a single path has its itemsets listed directly. Itemsets longer
 * than the max length are never grown.
 */
final class FpGrowthMiner {
    private final FrequentItemCoding coding;
    private final int minCount;
    private final int maxLength;
    private final ItemsetSink sink;
    private final Progress progress;
    private final FpTree[] trees;
    private final int[] prefix;
    private final int[] counts;
    private final int[] codes;
    private final int[] ancestors;
    private final int[] occurring;
    private int build;

    FpGrowthMiner(FrequentItemCoding coding, int minCount, int maxLength, ItemsetSink sink, Progress progress) {
        this.coding = coding;
        this.minCount = minCount;
        this.maxLength = maxLength;
        this.sink = sink;
        this.progress = progress;
        int f = coding.size();
        this.trees = new FpTree[Math.max(1, Math.min(maxLength, f) + 1)];
        this.prefix = new int[f + 1];
        this.counts = new int[f + 1];
        this.codes = new int[f + 1];
        this.ancestors = new int[f + 1];
        this.occurring = new int[f + 1];
    }

    void mine() {
        if (coding.size() == 0) {
            return;
        }
        progress.stage("basket.progress.tree");
        FpTree first = firstTree();
        progress.stage("basket.progress.mining");
        grow(first, 0);
    }

    private FpTree firstTree() {
        int[] start = coding.starts();
        int[] code = coding.codes();
        int n = coding.transactions();
        int[] order = new int[n];
        int m = 0;
        int longest = 0;
        for (int t = 0; t < n; t++) {
            int length = start[t + 1] - start[t];
            if (length > 0) {
                order[m++] = t;
                longest = Math.max(longest, length);
            }
        }
        BasketSort.sort(order, m, start, code);
        progress.checkCancelled();
        FpTree tree = new FpTree(sink, Math.min(code.length + 1, 1 << 16));
        trees[0] = tree;
        tree.reset(coding.size());
        for (int c = 0; c < coding.size(); c++) {
            tree.global[c] = c;
            tree.support[c] = coding.count(c);
        }
        int[] path = new int[longest];
        int previous = -1;
        int previousLength = 0;
        for (int i = 0; i < m; i++) {
            int t = order[i];
            int from = start[t];
            int length = start[t + 1] - from;
            int common = 0;
            if (previous >= 0) {
                int limit = Math.min(length, previousLength);
                int pFrom = start[previous];
                while (common < limit && code[from + common] == code[pFrom + common]) {
                    common++;
                }
                if (common < length && previousLength > common) {
                    tree.branched = true;
                }
            }
            int node = common == 0 ? 0 : path[common - 1];
            for (int d = common; d < length; d++) {
                node = tree.newNode(code[from + d], node);
                path[d] = node;
            }
            for (int d = 0; d < length; d++) {
                tree.count[path[d]]++;
            }
            previous = t;
            previousLength = length;
            if ((i & 0xFFFF) == 0) {
                progress.checkCancelled();
            }
        }
        return tree;
    }

    private void grow(FpTree tree, int depth) {
        if (!tree.branched) {
            listPath(tree, 1, depth);
            return;
        }
        for (int x = tree.items - 1; x >= 0; x--) {
            if (depth == 0) {
                progress.checkCancelled();
                progress.worked(tree.items - x, tree.items);
            }
            sink.add(prefix, depth, tree.global[x], tree.support[x]);
            if (depth + 1 >= maxLength || x == 0) {
                continue;
            }
            FpTree conditional = conditionalTree(tree, x, depth + 1);
            if (conditional != null) {
                prefix[depth] = tree.global[x];
                grow(conditional, depth + 1);
            }
        }
    }

    /** The tree of the baskets holding {@code x}, on the items before it that stay frequent there; null if none. */
    private FpTree conditionalTree(FpTree tree, int x, int level) {
        int[] item = tree.item;
        int[] parent = tree.parent;
        int[] count = tree.count;
        // count the items above x's nodes, noting which items occur (so that the work is proportional to the
        // conditional base, not to x); counts is all zeros between calls
        int touched = 0;
        int paths = 0;
        for (int n = tree.head[x]; n >= 0; n = tree.next[n]) {
            int c = count[n];
            paths++;
            for (int a = parent[n]; a > 0; a = parent[a]) {
                int it = item[a];
                if (counts[it] == 0) {
                    occurring[touched++] = it;
                }
                counts[it] += c;
            }
        }
        int k = 0;
        for (int i = 0; i < touched; i++) {
            int it = occurring[i];
            if (counts[it] >= minCount) {
                occurring[k++] = it;
            } else {
                codes[it] = -1;
                counts[it] = 0;
            }
        }
        if (k == 0) {
            return null;
        }
        java.util.Arrays.sort(occurring, 0, k);
        FpTree conditional = trees[level];
        if (conditional == null) {
            conditional = new FpTree(sink, 64);
            trees[level] = conditional;
        }
        conditional.reset(k, paths);
        for (int i = 0; i < k; i++) {
            int it = occurring[i];
            codes[it] = i;
            conditional.global[i] = tree.global[it];
            conditional.support[i] = counts[it];
            counts[it] = 0;
        }
        int s = ++build;
        int[] memo = tree.memo;
        int[] stamp = tree.stamp;
        for (int n = tree.head[x]; n >= 0; n = tree.next[n]) {
            int length = 0;
            int a = parent[n];
            while (a > 0 && stamp[a] != s) {
                ancestors[length++] = a;
                a = parent[a];
            }
            int at = a > 0 ? memo[a] : 0;
            for (int i = length - 1; i >= 0; i--) {
                int b = ancestors[i];
                int c = codes[item[b]];
                if (c >= 0) {
                    at = conditional.childOrNew(at, c);
                }
                memo[b] = at;
                stamp[b] = s;
            }
            conditional.count[at] += count[n];
        }
        // each node holds what ended there; children are numbered after their parents, so adding every node into
        // its parent from the last node up gives each node the count of its subtree
        int[] up = conditional.parent;
        int[] cc = conditional.count;
        for (int m = conditional.nodes - 1; m > 0; m--) {
            cc[up[m]] += cc[m];
        }
        return conditional;
    }

    /** Every itemset of a one-path tree's nodes {@code from}, {@code from + 1}, ... (each counts its deepest node). */
    private void listPath(FpTree tree, int from, int depth) {
        for (int i = from; i < tree.nodes; i++) {
            int g = tree.global[tree.item[i]];
            sink.add(prefix, depth, g, tree.count[i]);
            if (depth + 1 < maxLength && i + 1 < tree.nodes) {
                prefix[depth] = g;
                listPath(tree, i + 1, depth + 1);
            }
        }
    }
}
