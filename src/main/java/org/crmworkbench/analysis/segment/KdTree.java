package org.crmworkbench.analysis.segment;

import java.util.Arrays;

/**
 * A kd-tree over any number of features: nodes split at the median of their widest feature until at most
 * {@value #LEAF} rows remain; every node keeps the bounding box of its rows, so a search skips a node whose box is
 * farther than the radius and takes a whole node at once when its box lies inside the radius. The rows are copied in
 * tree order so each node's points are contiguous. Answers radius searches (DBSCAN) and k-nearest-neighbour
 * distances (the k-distance curve). Searches reuse scratch arrays, so one tree serves one thread at a time.
 */
final class KdTree implements NeighbourIndex {
    static final int LEAF = 24;

    private final double[] v;
    private final int d;
    private final int[] order;      // tree position -> row
    private final double[] sorted;  // coordinates in tree order
    // nodes, in arrays: rows start .. end-1 (tree positions), children (-1 for a leaf), box lo/hi (node * d + j)
    private int[] start;
    private int[] end;
    private int[] left;
    private int[] right;
    private double[] lo;
    private double[] hi;
    private int nodes;
    private final int[] stack;
    private final double[] bound;

    KdTree(double[] v, int rows, int d) {
        this.v = v;
        this.d = d;
        this.order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        int capacity = Math.max(1, 4 * (rows / LEAF + 1));
        start = new int[capacity];
        end = new int[capacity];
        left = new int[capacity];
        right = new int[capacity];
        lo = new double[capacity * d];
        hi = new double[capacity * d];
        if (rows > 0) {
            build(0, rows);
        }
        this.sorted = new double[rows * d];
        for (int p = 0; p < rows; p++) {
            System.arraycopy(v, order[p] * d, sorted, p * d, d);
        }
        this.stack = new int[64 + 2 * depthBound(rows)];
        this.bound = new double[stack.length];
    }

    private static int depthBound(int rows) {
        return 2 + 32 - Integer.numberOfLeadingZeros(Math.max(1, rows));
    }

    private int build(int from, int to) {
        int node = nodes++;
        if (node >= start.length) {
            grow();
        }
        start[node] = from;
        end[node] = to;
        int o = node * d;
        for (int j = 0; j < d; j++) {
            lo[o + j] = Double.POSITIVE_INFINITY;
            hi[o + j] = Double.NEGATIVE_INFINITY;
        }
        for (int p = from; p < to; p++) {
            int r = order[p] * d;
            for (int j = 0; j < d; j++) {
                double x = v[r + j];
                if (x < lo[o + j]) {
                    lo[o + j] = x;
                }
                if (x > hi[o + j]) {
                    hi[o + j] = x;
                }
            }
        }
        int widest = 0;
        for (int j = 1; j < d; j++) {
            if (hi[o + j] - lo[o + j] > hi[o + widest] - lo[o + widest]) {
                widest = j;
            }
        }
        if (to - from <= LEAF || hi[o + widest] == lo[o + widest]) {
            left[node] = -1;
            right[node] = -1;
            return node;
        }
        int mid = (from + to) >>> 1;
        select(from, to - 1, mid, widest);
        int l = build(from, mid);
        int r = build(mid, to);
        left[node] = l;
        right[node] = r;
        return node;
    }

    private void grow() {
        int capacity = start.length * 2;
        start = Arrays.copyOf(start, capacity);
        end = Arrays.copyOf(end, capacity);
        left = Arrays.copyOf(left, capacity);
        right = Arrays.copyOf(right, capacity);
        lo = Arrays.copyOf(lo, capacity * d);
        hi = Arrays.copyOf(hi, capacity * d);
    }

    /** Rearranges {@code order[a..b]} so position {@code k} holds the row it would hold if sorted by feature j. */
    private void select(int a, int b, int k, int j) {
        while (b > a) {
            double pivot = key(a + b >>> 1, j);
            int i = a;
            int t = b;
            while (i <= t) {
                while (key(i, j) < pivot) {
                    i++;
                }
                while (key(t, j) > pivot) {
                    t--;
                }
                if (i <= t) {
                    int s = order[i];
                    order[i] = order[t];
                    order[t] = s;
                    i++;
                    t--;
                }
            }
            if (k <= t) {
                b = t;
            } else if (k >= i) {
                a = i;
            } else {
                return;
            }
        }
    }

    private double key(int p, int j) {
        return v[order[p] * d + j];
    }

    /** Squared distance from the query to the nearest point of node's box. */
    private double boxMin(double[] q, int qo, int node) {
        int o = node * d;
        double s = 0;
        for (int j = 0; j < d; j++) {
            double x = q[qo + j];
            double e = x < lo[o + j] ? lo[o + j] - x : x > hi[o + j] ? x - hi[o + j] : 0;
            s += e * e;
        }
        return s;
    }

    /** Squared distance from the query to the farthest corner of node's box. */
    private double boxMax(double[] q, int qo, int node) {
        int o = node * d;
        double s = 0;
        for (int j = 0; j < d; j++) {
            double x = q[qo + j];
            double e = Math.max(x - lo[o + j], hi[o + j] - x);
            s += e * e;
        }
        return s;
    }

    private double dist2(double[] q, int qo, int p) {
        int o = p * d;
        double s = 0;
        for (int j = 0; j < d; j++) {
            double e = sorted[o + j] - q[qo + j];
            s += e * e;
        }
        return s;
    }

    @Override
    public int countWithin(int row, double eps2, int stopAt) {
        return search(row, eps2, null, stopAt);
    }

    @Override
    public int within(int row, double eps2, int[] out) {
        return search(row, eps2, out, Integer.MAX_VALUE);
    }

    private int search(int row, double eps2, int[] out, int stopAt) {
        if (nodes == 0) {
            return 0;
        }
        int qo = row * d;
        int sp = 0;
        stack[sp++] = 0;
        int found = 0;
        while (sp > 0) {
            int node = stack[--sp];
            if (boxMin(v, qo, node) > eps2) {
                continue;
            }
            int a = start[node];
            int b = end[node];
            if (boxMax(v, qo, node) <= eps2) {
                int take = Math.min(b - a, stopAt - found);
                if (out != null) {
                    System.arraycopy(order, a, out, found, take);
                }
                found += take;
                if (found >= stopAt) {
                    return found;
                }
                continue;
            }
            if (left[node] < 0) {
                for (int p = a; p < b; p++) {
                    if (dist2(v, qo, p) <= eps2) {
                        if (out != null) {
                            out[found] = order[p];
                        }
                        if (++found >= stopAt) {
                            return found;
                        }
                    }
                }
            } else {
                stack[sp++] = right[node];
                stack[sp++] = left[node];
            }
        }
        return found;
    }

    /**
     * Squared distance from row {@code row} to its k-th nearest row, the row itself counted as the first; {@code heap}
     * is scratch space of at least k doubles.
     */
    double kthNearest2(int row, int k, double[] heap) {
        int qo = row * d;
        int size = 0;
        int sp = 0;
        stack[sp] = 0;
        bound[sp++] = boxMin(v, qo, 0);
        while (sp > 0) {
            sp--;
            int node = stack[sp];
            if (size == k && bound[sp] >= heap[0]) {
                continue;
            }
            if (left[node] < 0) {
                for (int p = start[node]; p < end[node]; p++) {
                    double dd = dist2(v, qo, p);
                    if (size < k) {
                        siftUp(heap, size++, dd);
                    } else if (dd < heap[0]) {
                        siftDown(heap, k, dd);
                    }
                }
            } else {
                int l = left[node];
                int r = right[node];
                double bl = boxMin(v, qo, l);
                double br = boxMin(v, qo, r);
                // push the farther child first so the nearer one is searched first
                if (bl <= br) {
                    stack[sp] = r;
                    bound[sp++] = br;
                    stack[sp] = l;
                    bound[sp++] = bl;
                } else {
                    stack[sp] = l;
                    bound[sp++] = bl;
                    stack[sp] = r;
                    bound[sp++] = br;
                }
            }
        }
        return heap[0];
    }

    /** Max-heap insert of {@code x} at the end of a heap holding {@code size} values. */
    private static void siftUp(double[] heap, int size, double x) {
        int i = size;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heap[parent] >= x) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = x;
    }

    /** Replaces the top of a full max-heap with {@code x}. */
    private static void siftDown(double[] heap, int size, double x) {
        int i = 0;
        while (true) {
            int c = 2 * i + 1;
            if (c >= size) {
                break;
            }
            if (c + 1 < size && heap[c + 1] > heap[c]) {
                c++;
            }
            if (heap[c] <= x) {
                break;
            }
            heap[i] = heap[c];
            i = c;
        }
        heap[i] = x;
    }

    @Override
    public long bytes() {
        return order.length * 4L + sorted.length * 8L + (long) start.length * 16L + (lo.length + hi.length) * 8L;
    }
}
