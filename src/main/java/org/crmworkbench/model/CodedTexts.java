package org.crmworkbench.model;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An unchangeable list of texts drawn from a small vocabulary, kept as their numbers in it (4 bytes an entry): the
 * customer of each of 12.2M orders, or the products of every basket back to back. {@link #baskets} views such
 * numbers, cut where each basket starts, as a list of baskets.
 */
public final class CodedTexts extends AbstractList<String> implements RandomAccess {
    private final int[] codes;
    private final int from;
    private final int to;
    private final List<String> vocabulary;

    /** Entries {@code codes[from..to)}, each naming {@code vocabulary.get(code)}; the arrays are not copied. */
    public CodedTexts(int[] codes, int from, int to, List<String> vocabulary) {
        if (from < 0 || to < from || to > codes.length) {
            throw new IndexOutOfBoundsException("entries " + from + ".." + to + " of " + codes.length);
        }
        this.codes = codes;
        this.from = from;
        this.to = to;
        this.vocabulary = vocabulary;
    }

    @Override
    public String get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        return vocabulary.get(codes[from + index]);
    }

    @Override
    public int size() {
        return to - from;
    }

    /**
     * Baskets {@code t = 0 .. starts.length - 2}, basket t being {@code codes[starts[t] .. starts[t + 1])} in
     * {@code vocabulary}'s words; the arrays are not copied.
     */
    public static List<List<String>> baskets(int[] starts, int[] codes, List<String> vocabulary) {
        return new Baskets(starts, codes, vocabulary);
    }

    private static final class Baskets extends AbstractList<List<String>> implements RandomAccess {
        private final int[] starts;
        private final int[] codes;
        private final List<String> vocabulary;

        Baskets(int[] starts, int[] codes, List<String> vocabulary) {
            this.starts = starts;
            this.codes = codes;
            this.vocabulary = vocabulary;
        }

        @Override
        public List<String> get(int t) {
            if (t < 0 || t >= size()) {
                throw new IndexOutOfBoundsException(t);
            }
            return new CodedTexts(codes, starts[t], starts[t + 1], vocabulary);
        }

        @Override
        public int size() {
            return starts.length - 1;
        }
    }
}
