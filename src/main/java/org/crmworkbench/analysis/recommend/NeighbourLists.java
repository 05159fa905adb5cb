package org.crmworkbench.analysis.recommend;

/**
 * For every product, a list of other products with a similarity, stored compactly: the entries of product {@code i}
 * are positions {@code start[i]..start[i+1]-1} of {@code index} and {@code similarity} (compressed sparse rows).
 * Immutable once built; the arrays are package-private for hot loops.
 */
final class NeighbourLists {
    final int[] start;
    final int[] index;
    final float[] similarity;

    NeighbourLists(int[] start, int[] index, float[] similarity) {
        this.start = start;
        this.index = index;
        this.similarity = similarity;
    }

    /** Joins one list per row (each already in its final order) into compressed rows. */
    static NeighbourLists of(int[][] indexes, float[][] similarities) {
        int rows = indexes.length;
        int[] start = new int[rows + 1];
        for (int i = 0; i < rows; i++) {
            start[i + 1] = start[i] + indexes[i].length;
        }
        int[] index = new int[start[rows]];
        float[] similarity = new float[start[rows]];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(indexes[i], 0, index, start[i], indexes[i].length);
            System.arraycopy(similarities[i], 0, similarity, start[i], similarities[i].length);
        }
        return new NeighbourLists(start, index, similarity);
    }

    int rows() {
        return start.length - 1;
    }

    int size(int row) {
        return start[row + 1] - start[row];
    }

    /** Approximate heap bytes of the three arrays (16-byte array headers). */
    long bytes() {
        return 3L * 16 + 4L * start.length + 4L * index.length + 4L * similarity.length;
    }
}
