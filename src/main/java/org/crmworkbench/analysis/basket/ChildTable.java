package org.crmworkbench.analysis.basket;

import java.util.Arrays;

/**
 * The child of a node for an item, by hashing (node, item), for the large conditional trees of big data sets, whose
 * nodes can have hundreds of children; emptied in constant time by a generation number.
 */
final class ChildTable {
    private long[] keys = new long[0];
    private int[] nodes = new int[0];
    private int[] generations = new int[0];
    private int mask;
    private int generation;
    private int size;
    private final ItemsetSink sink;

    ChildTable(ItemsetSink sink) {
        this.sink = sink;
    }

    /** Empties the table, with room for about {@code expected} entries. */
    void clear(int expected) {
        generation++;
        size = 0;
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        if (keys.length < capacity) {
            resize(capacity);
        }
    }

    /** The node stored for (parent, item), or -1. */
    int get(int parent, int item) {
        long key = ((long) parent << 32) | item;
        int slot = slot(key);
        while (generations[slot] == generation) {
            if (keys[slot] == key) {
                return nodes[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    void put(int parent, int item, int node) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        long key = ((long) parent << 32) | item;
        int slot = slot(key);
        while (generations[slot] == generation) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        nodes[slot] = node;
        generations[slot] = generation;
        size++;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldNodes = nodes;
        int[] oldGenerations = generations;
        int current = generation;
        resize(keys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldGenerations[i] == current) {
                int slot = slot(oldKeys[i]);
                while (generations[slot] == generation) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                nodes[slot] = oldNodes[i];
                generations[slot] = generation;
            }
        }
    }

    private void resize(int capacity) {
        sink.tablesGrew(16L * (capacity - keys.length));
        keys = new long[capacity];
        nodes = new int[capacity];
        generations = new int[capacity];
        Arrays.fill(generations, 0);
        generation = Math.max(generation, 1);
        mask = capacity - 1;
    }
}
