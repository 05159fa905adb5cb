package org.crmworkbench.data.sample;

/**
 * How many ratings each customer gives: proportional to the group's rating propensity times the customer's
 * activity, capped at the number of products, summing exactly to the spec's target ("water filling": the
 * share of capped customers is handed to the others).
 */
final class RatingAllocation {
    private final int[] counts;

    RatingAllocation(SampleWorld world) {
        CustomerPopulation customers = world.customers();
        int n = customers.size();
        int cap = world.catalogue().size();
        long target = world.spec().ratings();
        double[] weights = new double[n];
        for (int u = 0; u < n; u++) {
            weights[u] = customers.group(u).ratingPropensity() * customers.activity(u);
        }
        counts = new int[n];
        if (target == 0) {
            return;
        }
        double scale = scaleFor(weights, cap, target);
        double running = 0;
        long assigned = 0;
        for (int u = 0; u < n; u++) {
            double before = running;
            running += Math.min(cap, scale * weights[u]);
            counts[u] = (int) Math.min(cap, Math.floor(running) - Math.floor(before));
            assigned += counts[u];
        }
        balance(target - assigned, cap);
    }

    /** The factor s with sum of min(cap, s × weight) equal to the target. */
    private static double scaleFor(double[] weights, int cap, long target) {
        double hi = 1;
        while (filled(weights, cap, hi) < target) {
            hi *= 2;
        }
        double lo = 0;
        for (int i = 0; i < 80; i++) {
            double mid = (lo + hi) / 2;
            if (filled(weights, cap, mid) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    private static double filled(double[] weights, int cap, double scale) {
        double sum = 0;
        for (double w : weights) {
            sum += Math.min(cap, scale * w);
        }
        return sum;
    }

    /** Hands out or takes back the few ratings lost or gained by rounding, one per customer in turn. */
    private void balance(long difference, int cap) {
        int u = 0;
        while (difference != 0) {
            if (difference > 0 && counts[u] < cap) {
                counts[u]++;
                difference--;
            } else if (difference < 0 && counts[u] > 0) {
                counts[u]--;
                difference++;
            }
            u = (u + 1) % counts.length;
        }
    }

    int count(int u) {
        return counts[u];
    }
}
