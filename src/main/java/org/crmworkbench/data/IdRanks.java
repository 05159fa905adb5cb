package org.crmworkbench.data;

import java.util.Arrays;

/**
 * The position of each row id in a list read from the database (its rank), found in constant time when the ids are
 * about as many as their range (the usual generated ids: one int array indexed by id) and by binary search
 * otherwise. For readers that put a join together from plain scans.
 */
public final class IdRanks {
    private final long base;
    private final int[] direct;
    private final long[] sorted;
    private final int[] rankOfSorted;

    /** The ranks of {@code ids}: {@code ids[r]} has rank r. Ids must be distinct. */
    public IdRanks(long[] ids) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long id : ids) {
            min = Math.min(min, id);
            max = Math.max(max, id);
        }
        long range = max - min; // negative when it overflows
        if (ids.length > 0 && range >= 0 && range < 2L * ids.length + 1024) {
            base = min;
            direct = new int[(int) (max - min + 1)];
            Arrays.fill(direct, -1);
            for (int r = 0; r < ids.length; r++) {
                direct[(int) (ids[r] - min)] = r;
            }
            sorted = null;
            rankOfSorted = null;
        } else {
            base = 0;
            direct = null;
            sorted = ids.clone();
            Arrays.sort(sorted);
            rankOfSorted = new int[ids.length];
            for (int r = 0; r < ids.length; r++) {
                rankOfSorted[Arrays.binarySearch(sorted, ids[r])] = r;
            }
        }
    }

    /** The rank of {@code id}, or -1 when it was not in the list. */
    public int rank(long id) {
        if (direct != null) {
            long at = id - base;
            return at < 0 || at >= direct.length ? -1 : direct[(int) at];
        }
        int at = Arrays.binarySearch(sorted, id);
        return at < 0 ? -1 : rankOfSorted[at];
    }
}
