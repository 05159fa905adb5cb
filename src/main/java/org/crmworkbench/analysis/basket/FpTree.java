package org.crmworkbench.analysis.basket;

import java.util.Arrays;

/**
 * A frequent-pattern tree in flat int arrays (no object per node): node 0 is the root; each node has its item (a code
 * of this tree, 0 the most frequent), parent, count and the next node of the same item (the header list, started at
 * {@link #head}). Trees built by {@link #childOrNew} also keep first-child and next-sibling links. A miner keeps one
 * tree per recursion depth and {@link #reset}s it for every conditional tree, so arrays are allocated only when a
 * tree outgrows all before it.
 */
final class FpTree {
    private static final int NODE_BYTES = 4 * 8;

    int[] item;
    int[] parent;
    int[] count;
    int[] next;
    int[] child;
    int[] sibling;
    /** Per node, while a conditional tree is built from this one: the node standing for it there. */
    int[] memo;
    /** Per node: the build {@link #memo} belongs to. */
    int[] stamp;
    int nodes;
    /** Per item: first node of its header list, or -1. */
    int[] head = new int[0];
    /** Per item: its count in this tree's (conditional) database. */
    int[] support = new int[0];
    /** Per item: the item's code in the {@link FrequentItemCoding}. */
    int[] global = new int[0];
    int items;
    /** Whether some node has two children (otherwise the tree is one path, nodes 1, 2, ... from the root down). */
    boolean branched;
    private final ItemsetSink sink;
    /** Per item: the root's child for it, or -1 (the root has the most children, so they are indexed). */
    private int[] rootChild = new int[0];
    /** Children by hashing, for large trees (null until one is built); else sibling lists are scanned. */
    private ChildTable table;
    private boolean hashed;

    FpTree(ItemsetSink sink, int capacity) {
        this.sink = sink;
        item = new int[0];
        parent = item;
        count = item;
        next = item;
        child = item;
        sibling = item;
        memo = item;
        stamp = item;
        ensureNodes(Math.max(16, capacity));
    }

    /**
     * Empties the tree for {@code items} items (whose {@link #global} and {@link #support} the caller sets);
     * children are found by hashing when about {@code expectedNodes} or more are expected, 1,024 or more.
     */
    void reset(int itemCount, int expectedNodes) {
        hashed = expectedNodes >= 1024;
        if (hashed) {
            if (table == null) {
                table = new ChildTable(sink);
            }
            table.clear(Math.min(expectedNodes, 1 << 22));
        }
        reset(itemCount);
    }

    /** Empties the tree for {@code items} items (whose {@link #global} and {@link #support} the caller sets). */
    void reset(int itemCount) {
        if (head.length < itemCount) {
            int grown = Math.max(itemCount, head.length * 2);
            sink.tablesGrew(16L * (grown - head.length));
            head = new int[grown];
            support = new int[grown];
            global = new int[grown];
            rootChild = new int[grown];
        }
        Arrays.fill(head, 0, itemCount, -1);
        Arrays.fill(rootChild, 0, itemCount, -1);
        items = itemCount;
        nodes = 1;
        item[0] = -1;
        parent[0] = -1;
        count[0] = 0;
        child[0] = -1;
        sibling[0] = -1;
        stamp[0] = 0;
        branched = false;
    }

    /** A new node for {@code it} under {@code p}, entered in the header list (no child links). */
    int newNode(int it, int p) {
        if (nodes == item.length) {
            ensureNodes(nodes * 2);
        }
        int n = nodes++;
        item[n] = it;
        parent[n] = p;
        count[n] = 0;
        next[n] = head[it];
        head[it] = n;
        child[n] = -1;
        sibling[n] = -1;
        stamp[n] = 0;
        return n;
    }

    /** The child of {@code p} for {@code it}, made when missing. */
    int childOrNew(int p, int it) {
        if (hashed) {
            int c = table.get(p, it);
            if (c >= 0) {
                return c;
            }
            if (child[p] >= 0) {
                branched = true;
            }
            int n = newNode(it, p);
            child[p] = n;
            table.put(p, it, n);
            return n;
        }
        if (p == 0) {
            int r = rootChild[it];
            if (r >= 0) {
                return r;
            }
            branched |= child[0] >= 0;
            int n = newNode(it, 0);
            child[0] = n;
            rootChild[it] = n;
            return n;
        }
        int c = child[p];
        while (c >= 0) {
            if (item[c] == it) {
                return c;
            }
            c = sibling[c];
        }
        if (child[p] >= 0) {
            branched = true;
        }
        int n = newNode(it, p);
        sibling[n] = child[p];
        child[p] = n;
        return n;
    }

    private void ensureNodes(int capacity) {
        if (capacity <= item.length) {
            return;
        }
        sink.tablesGrew((long) NODE_BYTES * (capacity - item.length));
        item = Arrays.copyOf(item, capacity);
        parent = Arrays.copyOf(parent, capacity);
        count = Arrays.copyOf(count, capacity);
        next = Arrays.copyOf(next, capacity);
        child = Arrays.copyOf(child, capacity);
        sibling = Arrays.copyOf(sibling, capacity);
        memo = Arrays.copyOf(memo, capacity);
        stamp = Arrays.copyOf(stamp, capacity);
    }
}
