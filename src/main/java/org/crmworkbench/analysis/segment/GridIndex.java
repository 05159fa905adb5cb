package org.crmworkbench.analysis.segment;

import java.util.Arrays;

/**
 * A uniform grid over two or three features with cells as wide as the search radius, so every neighbour of a row
 * lies in its own cell or one of the {@code 3^d - 1} adjacent ones. Occupied cells are found through an
 * open-addressing hash of their integer coordinates, so empty space costs nothing; the rows are copied in cell
 * order so each cell's points are contiguous.
 */
final class GridIndex implements NeighbourIndex {
    /** Bits per packed cell coordinate; coordinates must stay below {@code 2^BITS}. */
    private static final int BITS = 21;
    static final long MAX_CELLS_PER_AXIS = (1L << BITS) - 2;

    private final double[] v;
    private final int d;
    private final double[] min;
    private final double cell;
    private final long[] keys;      // hash table: packed cell coordinates + 1 (0 = empty slot)
    private final int[] slotCell;   // hash table: cell number
    private final int mask;
    private final int[] cellStart;  // cell c holds sorted positions cellStart[c] .. cellStart[c+1]-1
    private final int[] order;      // sorted position -> row
    private final double[] sorted;  // coordinates in cell order

    /** True when a grid of cell side {@code cell} over these rows fits the packed coordinates. */
    static boolean fits(double[] v, int rows, int d, double cell) {
        if (d < 2 || d > 3 || rows == 0) {
            return false;
        }
        for (int j = 0; j < d; j++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < rows; i++) {
                double x = v[i * d + j];
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
            if (!((hi - lo) / cell < MAX_CELLS_PER_AXIS)) {
                return false;
            }
        }
        return true;
    }

    GridIndex(double[] v, int rows, int d, double cell) {
        if (d < 2 || d > 3) {
            throw new IllegalArgumentException("the grid indexes 2 or 3 features, not " + d);
        }
        this.v = v;
        this.d = d;
        this.cell = cell;
        this.min = new double[d];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < d; j++) {
                min[j] = Math.min(min[j], v[i * d + j]);
            }
        }
        int capacity = Integer.highestOneBit(Math.max(16, rows * 2 - 1)) << 1;
        this.keys = new long[capacity];
        this.slotCell = new int[capacity];
        this.mask = capacity - 1;
        int[] cellOfRow = new int[rows];
        int[] counts = new int[rows + 1];
        int cells = 0;
        for (int i = 0; i < rows; i++) {
            long key = packedCell(v, i * d);
            int slot = find(key);
            if (keys[slot] == 0) {
                keys[slot] = key + 1;
                slotCell[slot] = cells++;
            }
            int c = slotCell[slot];
            cellOfRow[i] = c;
            counts[c]++;
        }
        this.cellStart = new int[cells + 1];
        for (int c = 0; c < cells; c++) {
            cellStart[c + 1] = cellStart[c] + counts[c];
        }
        int[] fill = Arrays.copyOf(cellStart, cells);
        this.order = new int[rows];
        this.sorted = new double[rows * d];
        for (int i = 0; i < rows; i++) {
            int p = fill[cellOfRow[i]]++;
            order[p] = i;
            System.arraycopy(v, i * d, sorted, p * d, d);
        }
    }

    private long coordinate(double x, int j) {
        return (long) Math.floor((x - min[j]) / cell);
    }

    private long packedCell(double[] values, int offset) {
        long key = 0;
        for (int j = 0; j < d; j++) {
            key |= coordinate(values[offset + j], j) << (BITS * j);
        }
        return key;
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int find(long key) {
        long stored = key + 1;
        int slot = (int) (mix(stored) & mask);
        while (keys[slot] != 0 && keys[slot] != stored) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static long mix(long x) {
        x *= 0x9E3779B97F4A7C15L;
        return x ^ (x >>> 29);
    }

    /** Cell number of the cell at these coordinates, or -1 when it is empty or off the grid. */
    private int cellAt(long cx, long cy, long cz) {
        if (cx < 0 || cy < 0 || cz < 0 || cx > MAX_CELLS_PER_AXIS || cy > MAX_CELLS_PER_AXIS
                || cz > MAX_CELLS_PER_AXIS) {
            return -1;
        }
        long key = cx | (cy << BITS) | (cz << (2 * BITS));
        int slot = find(key);
        return keys[slot] == 0 ? -1 : slotCell[slot];
    }

    @Override
    public int countWithin(int row, double eps2, int stopAt) {
        return scan(row, eps2, null, stopAt);
    }

    @Override
    public int within(int row, double eps2, int[] out) {
        return scan(row, eps2, out, Integer.MAX_VALUE);
    }

    private int scan(int row, double eps2, int[] out, int stopAt) {
        int o = row * d;
        double x = v[o];
        double y = v[o + 1];
        double z = d == 3 ? v[o + 2] : 0;
        long cx = coordinate(x, 0);
        long cy = coordinate(y, 1);
        long cz = d == 3 ? coordinate(z, 2) : 0;
        int zFrom = d == 3 ? -1 : 0;
        int zTo = d == 3 ? 1 : 0;
        int found = 0;
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                for (int dz = zFrom; dz <= zTo; dz++) {
                    int c = cellAt(cx + dx, cy + dy, cz + dz);
                    if (c < 0) {
                        continue;
                    }
                    int end = cellStart[c + 1];
                    for (int p = cellStart[c]; p < end; p++) {
                        int q = p * d;
                        double ex = sorted[q] - x;
                        double ey = sorted[q + 1] - y;
                        double dist = ex * ex + ey * ey;
                        if (d == 3) {
                            double ez = sorted[q + 2] - z;
                            dist += ez * ez;
                        }
                        if (dist <= eps2) {
                            if (out != null) {
                                out[found] = order[p];
                            }
                            if (++found >= stopAt) {
                                return found;
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    @Override
    public long bytes() {
        return keys.length * 8L + slotCell.length * 4L + cellStart.length * 4L + order.length * 4L
                + sorted.length * 8L;
    }
}
