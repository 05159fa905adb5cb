package org.crmworkbench.data.imports;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The external ids of one table met during an import (any text), each with its row's internal id and the line it
 * came from, in about 40 bytes an id: the ids' UTF-8 bytes in 16 MB blocks, the rest in primitive arrays spread over
 * 64 independently growing open-addressing segments, so that growing never copies more than a sixty-fourth of it.
 * A {@code HashMap<String, Entry>} took about 120 bytes an id (node, string, its bytes, entry): the 12.2M order ids
 * of a 1M-customer data set were 1.6 GB and an import within a 2 GB heap ran out of memory there. Written here for
 * that reason; no collections library keeps strings this compactly.
 */
final class ExternalKeyMap {
    private static final int SEGMENT_BITS = 6;
    private static final int BLOCK_BITS = 24;
    private static final int BLOCK_SIZE = 1 << BLOCK_BITS;

    private final Segment[] segments = new Segment[1 << SEGMENT_BITS];
    private byte[][] blocks = new byte[4][];
    private int blockCount;
    private int blockFill = BLOCK_SIZE;
    private long size;

    ExternalKeyMap() {
        for (int i = 0; i < segments.length; i++) {
            segments[i] = new Segment();
        }
    }

    long size() {
        return size;
    }

    /** The entry of {@code key}, or null when it has none. */
    KeyRegistry.Entry get(String key) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        int hash = hash(bytes);
        Segment s = segments[hash >>> (32 - SEGMENT_BITS)];
        int e = s.find(this, bytes, hash);
        return e < 0 ? null : new KeyRegistry.Entry(s.ids[e], s.lines[e]);
    }

    /** Stores {@code key} with {@code id} and {@code line} unless present; returns the earlier entry, or null. */
    KeyRegistry.Entry putIfAbsent(String key, long id, long line) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        int hash = hash(bytes);
        Segment s = segments[hash >>> (32 - SEGMENT_BITS)];
        int e = s.find(this, bytes, hash);
        if (e >= 0) {
            return new KeyRegistry.Entry(s.ids[e], s.lines[e]);
        }
        s.add(this, store(bytes), hash, id, (int) Math.min(line, Integer.MAX_VALUE));
        size++;
        return null;
    }

    /** Copies {@code bytes}, after their length (one or two bytes), into the blocks; returns where they start. */
    private long store(byte[] bytes) {
        int need = bytes.length + 2;
        if (bytes.length > 0x7FFF) {
            throw new IllegalArgumentException("An identifier of " + bytes.length + " bytes is too long to import");
        }
        if (blockFill + need > BLOCK_SIZE) {
            if (blockCount == blocks.length) {
                blocks = Arrays.copyOf(blocks, blocks.length * 2);
            }
            blocks[blockCount++] = new byte[BLOCK_SIZE];
            blockFill = 0;
        }
        byte[] block = blocks[blockCount - 1];
        int at = blockFill;
        int pos = at;
        if (bytes.length < 0x80) {
            block[pos++] = (byte) bytes.length;
        } else {
            block[pos++] = (byte) (0x80 | (bytes.length >>> 8));
            block[pos++] = (byte) bytes.length;
        }
        System.arraycopy(bytes, 0, block, pos, bytes.length);
        blockFill = pos + bytes.length;
        return ((long) (blockCount - 1) << BLOCK_BITS) | at;
    }

    private boolean sameKey(long ref, byte[] bytes) {
        byte[] block = blocks[(int) (ref >>> BLOCK_BITS)];
        int pos = (int) (ref & (BLOCK_SIZE - 1));
        int length = block[pos] & 0xFF;
        if (length < 0x80) {
            pos++;
        } else {
            length = ((length & 0x7F) << 8) | (block[pos + 1] & 0xFF);
            pos += 2;
        }
        return length == bytes.length && Arrays.equals(block, pos, pos + length, bytes, 0, length);
    }

    private static int hash(byte[] bytes) {
        int h = 0x9747b28c;
        for (byte b : bytes) {
            h = 31 * h + b;
        }
        // spread the bits (MurmurHash3's finaliser): the segment comes from the top bits, the slot from the low ones
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    /** One part of the map: entries in parallel arrays, found through a table of their positions (linear probing). */
    private static final class Segment {
        private int[] slots = new int[16]; // entry + 1; 0 is empty
        private long[] refs = new long[8];
        private long[] ids = new long[8];
        private int[] lines = new int[8];
        private int[] hashes = new int[8];
        private int count;

        int find(ExternalKeyMap map, byte[] bytes, int hash) {
            int mask = slots.length - 1;
            for (int i = hash & mask; slots[i] != 0; i = (i + 1) & mask) {
                int e = slots[i] - 1;
                if (hashes[e] == hash && map.sameKey(refs[e], bytes)) {
                    return e;
                }
            }
            return -1;
        }

        void add(ExternalKeyMap map, long ref, int hash, long id, int line) {
            if (count == refs.length) {
                int capacity = count + (count >> 1);
                refs = Arrays.copyOf(refs, capacity);
                ids = Arrays.copyOf(ids, capacity);
                lines = Arrays.copyOf(lines, capacity);
                hashes = Arrays.copyOf(hashes, capacity);
            }
            refs[count] = ref;
            ids[count] = id;
            lines[count] = line;
            hashes[count] = hash;
            count++;
            if (count * 4L > slots.length * 3L) {
                slots = new int[slots.length * 2];
                for (int e = 0; e < count - 1; e++) {
                    place(e);
                }
            }
            place(count - 1);
        }

        private void place(int e) {
            int mask = slots.length - 1;
            int i = hashes[e] & mask;
            while (slots[i] != 0) {
                i = (i + 1) & mask;
            }
            slots[i] = e + 1;
        }
    }
}
