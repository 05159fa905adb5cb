package org.crmworkbench.analysis.basket;

/** Sorted lists of transaction numbers, as Eclat and {@link Transactions#covering} intersect them. */
final class TidLists {
    private TidLists() {
    }

    /**
     * Writes the numbers in both {@code a[0..na)} and {@code b[0..nb)} (each ascending) to {@code out} (which may be
     * {@code a}) and returns how many there are.
     */
    static int intersect(int[] a, int na, int[] b, int nb, int[] out) {
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < na && j < nb) {
            int x = a[i];
            int y = b[j];
            if (x < y) {
                i++;
            } else if (x > y) {
                j++;
            } else {
                out[k++] = x;
                i++;
                j++;
            }
        }
        return k;
    }
}
