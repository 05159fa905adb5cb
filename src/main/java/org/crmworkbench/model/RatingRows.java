package org.crmworkbench.model;

/**
 * All ratings as parallel primitive arrays, the shape recommendation code works on: row {@code i} says customer
 * {@code customerIds[i]} gave product {@code productIds[i]} the rating {@code ratings[i]} at
 * {@code ratedAtEpochSeconds[i]} (UTC wall-clock seconds; {@link Long#MIN_VALUE} when unknown).
 * Ids are the database's internal ids.
 */
public record RatingRows(long[] customerIds, long[] productIds, float[] ratings, long[] ratedAtEpochSeconds) {

    public static final long UNKNOWN_TIME = Long.MIN_VALUE;

    public RatingRows {
        int n = customerIds.length;
        if (productIds.length != n || ratings.length != n || ratedAtEpochSeconds.length != n) {
            throw new IllegalArgumentException("rating arrays differ in length");
        }
    }

    /** No ratings. */
    public static RatingRows empty() {
        return new RatingRows(new long[0], new long[0], new float[0], new long[0]);
    }

    public int size() {
        return customerIds.length;
    }
}
