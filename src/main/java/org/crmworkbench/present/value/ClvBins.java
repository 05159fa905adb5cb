package org.crmworkbench.present.value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.crmworkbench.model.ValueRunRecord.ClvBin;

/**
 * Histogram bins for CLV, whose distribution has a long right tail: about {@link #TARGET} bins of a round width from
 * 0 (or below, when some CLV is negative) up to the 99th percentile, and one last open bin holding every customer
 * beyond, so a few very valuable customers do not squeeze everyone else into the first bar. Each bin counts the
 * customers in [lower, upper); the open bin's upper bound is just above the largest CLV.
 */
public final class ClvBins {
    static final int TARGET = 30;
    static final double TAIL = 0.99;

    private ClvBins() {
    }

    /** The bins of {@code values} (NaN left out); empty when there is none. */
    public static List<ClvBin> of(double[] values) {
        double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (v.length == 0) {
            return List.of();
        }
        double min = v[0];
        double max = v[v.length - 1];
        double tail = v[Math.max(0, (int) Math.ceil(TAIL * v.length) - 1)];
        double width = roundWidth((tail - Math.min(0, min)) / TARGET);
        if (!(width > 0)) {
            width = roundWidth(Math.max(Math.abs(max), 1) / TARGET);
        }
        double lower = min < 0 ? Math.floor(min / width) * width : 0;
        int regular = Math.max(1, (int) Math.ceil((tail - lower) / width));
        if (tail - lower == regular * width && max == tail) {
            regular++; // the largest value sits on an edge: one more regular bin holds it
        }
        int[] counts = new int[regular + 1];
        for (double x : v) {
            int i = (int) Math.floor((x - lower) / width);
            counts[Math.min(Math.max(i, 0), regular)]++;
        }
        List<ClvBin> bins = new ArrayList<>(regular + 1);
        for (int i = 0; i < regular; i++) {
            bins.add(new ClvBin(lower + i * width, lower + (i + 1) * width, counts[i]));
        }
        if (counts[regular] > 0) {
            bins.add(new ClvBin(lower + regular * width, Math.nextUp(max), counts[regular]));
        }
        return bins;
    }

    /** Whether the last bin is the open one (wider or narrower than the others). */
    public static boolean lastIsOpen(List<ClvBin> bins) {
        if (bins.size() < 2) {
            return false;
        }
        double width = bins.get(0).upper() - bins.get(0).lower();
        ClvBin last = bins.get(bins.size() - 1);
        return Math.abs(last.upper() - last.lower() - width) > 1e-9 * Math.max(1, width);
    }

    /** 1, 2, 2.5 or 5 times a power of ten, the smallest of them at least {@code raw}. */
    static double roundWidth(double raw) {
        if (!(raw > 0) || !Double.isFinite(raw)) {
            return 0;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * power >= raw * (1 - 1e-12)) {
                return m * power;
            }
        }
        return 10 * power;
    }
}
