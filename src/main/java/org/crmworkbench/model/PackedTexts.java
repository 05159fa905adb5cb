package org.crmworkbench.model;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * An unchangeable list of texts kept as their UTF-8 bytes back to back, each read back as a new string when asked
 * for: about 13 bytes an order id where a list of strings holds about 56 (the 12.2M order ids of a 1M-customer
 * database as baskets are 160 MB instead of 680 MB). For the long lists of ids the readers hand to the analyses.
 */
public final class PackedTexts extends AbstractList<String> implements RandomAccess {
    private final byte[] bytes;
    private final int[] offsets;

    private PackedTexts(byte[] bytes, int[] offsets) {
        this.bytes = bytes;
        this.offsets = offsets;
    }

    @Override
    public String get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        return new String(bytes, offsets[index], offsets[index + 1] - offsets[index], StandardCharsets.UTF_8);
    }

    @Override
    public int size() {
        return offsets.length - 1;
    }

    /** Collects texts in order (none null). */
    public static final class Builder {
        private byte[] bytes = new byte[1024];
        private int[] offsets = new int[65];
        private int count;

        public Builder add(String text) {
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            int at = offsets[count];
            if ((long) at + b.length > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("More than 2 GB of texts in one list");
            }
            if (at + b.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8,
                        Math.max((long) bytes.length * 3 / 2, (long) at + b.length)));
            }
            System.arraycopy(b, 0, bytes, at, b.length);
            if (count + 2 > offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length + (offsets.length >> 1));
            }
            offsets[++count] = at + b.length;
            return this;
        }

        public int size() {
            return count;
        }

        /** The texts added, trimmed to size. */
        public PackedTexts build() {
            return new PackedTexts(Arrays.copyOf(bytes, offsets[count]), Arrays.copyOf(offsets, count + 1));
        }
    }
}
