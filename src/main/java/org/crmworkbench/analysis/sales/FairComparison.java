package org.crmworkbench.analysis.sales;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmworkbench.model.RepOrder;
import org.crmworkbench.model.RepOrders;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;

/**
 * The fair comparison: a random intercept per rep (REML, {@link RandomInterceptModel}) over the settings' outcome,
 * with the factors the rep does not control as fixed effects ({@link FixedEffectsDesign}).
 *
 * <p>Observations: for {@link RepOutcome#ORDER_VALUE} each order with an amount above 0, y = log(amount), its own
 * factor levels and month. For {@link RepOutcome#ORDERS} each (rep, customer) pair, y = the customer's orders with the
 * rep; for {@link RepOutcome#RETENTION} each (rep, customer) pair with an order with the rep on or before the cutoff
 * (last order date - churn window), y = 1 when the customer ordered again (with anyone) after the cutoff. A pair's
 * factor levels are the most common among its orders (ties to the earliest), its month that of its first order.
 * Orders without a customer id are left out of the per-customer outcomes.
 *
 * <p>Raw figures: revenue, mean orders per customer, share of customers kept. Ranks are 1 = best (ties by rep id).
 */
final class FairComparison {

    /** The fitted comparison. */
    record Outcome(RandomInterceptFit fit, List<String> fixedEffectNames, List<RepEffect> effects,
                   List<RankShift> shifts) {
    }

    Outcome run(RepOrders data, RepSettings settings, List<String> reps, Progress progress) {
        int[] factorIndex = factorIndexes(data.factorNames(), settings.adjustFor());
        Map<String, Integer> repIndex = new HashMap<>();
        for (int r = 0; r < reps.size(); r++) {
            repIndex.put(reps.get(r), r);
        }
        Observations obs = new Observations(factorIndex.length);
        double[] raw = new double[reps.size()];
        if (settings.outcome() == RepOutcome.ORDER_VALUE) {
            String[] lv = new String[factorIndex.length];
            for (RepOrder o : data.orders()) {
                int r = repIndex.get(o.repId());
                raw[r] += o.amount();
                if (o.amount() > 0) {
                    for (int f = 0; f < factorIndex.length; f++) {
                        lv[f] = o.factors().get(factorIndex[f]);
                    }
                    obs.add(Math.log(o.amount()), r, o.date().getMonthValue(), lv);
                }
            }
        } else {
            perCustomer(data, settings, factorIndex, repIndex, obs, raw);
        }
        progress.checkCancelled();
        FixedEffectsDesign.Coding coding = obs.coding(settings.adjustFor(), settings.season());
        DesignSums sums = new DesignSums(coding.width(), reps.size());
        obs.addTo(sums, coding, settings.season());
        RandomInterceptFit fit = new RandomInterceptModel().fit(sums);
        progress.checkCancelled();
        return outcome(data, reps, raw, fit, coding.names());
    }

    /**
     * The observations of the model, kept compactly (an outcome, a group and a month each, the factors' levels side by
     * side in one array) until they are added up: 6.4M orders took 1.9 GB as lists and a design matrix.
     */
    private static final class Observations {
        private final int factors;
        private double[] y = new double[1024];
        private int[] group = new int[1024];
        private byte[] month = new byte[1024];
        private String[] levels;
        private int n;

        Observations(int factors) {
            this.factors = factors;
            levels = new String[1024 * Math.max(1, factors)];
        }

        void add(double value, int g, int monthOfYear, String[] lv) {
            if (n == y.length) {
                int capacity = n + (n >> 1);
                y = java.util.Arrays.copyOf(y, capacity);
                group = java.util.Arrays.copyOf(group, capacity);
                month = java.util.Arrays.copyOf(month, capacity);
                levels = java.util.Arrays.copyOf(levels, capacity * Math.max(1, factors));
            }
            y[n] = value;
            group[n] = g;
            month[n] = (byte) monthOfYear;
            System.arraycopy(lv, 0, levels, n * factors, factors);
            n++;
        }

        FixedEffectsDesign.Coding coding(List<String> factorNames, boolean season) {
            List<Map<String, Integer>> counts = new ArrayList<>();
            for (int f = 0; f < factors; f++) {
                Map<String, Integer> c = new java.util.TreeMap<>();
                for (int i = 0; i < n; i++) {
                    c.merge(FixedEffectsDesign.level(levels[i * factors + f]), 1, Integer::sum);
                }
                counts.add(c);
            }
            int[] perMonth = null;
            if (season) {
                perMonth = new int[13];
                for (int i = 0; i < n; i++) {
                    perMonth[month[i]]++;
                }
            }
            return FixedEffectsDesign.Coding.of(factorNames, counts, perMonth);
        }

        void addTo(DesignSums sums, FixedEffectsDesign.Coding coding, boolean season) {
            double[] row = new double[coding.width()];
            String[] lv = new String[factors];
            for (int i = 0; i < n; i++) {
                System.arraycopy(levels, i * factors, lv, 0, factors);
                coding.encode(lv, season ? month[i] : 0, row);
                sums.add(row, y[i], group[i]);
            }
        }
    }

    private static Outcome outcome(RepOrders data, List<String> reps, double[] raw, RandomInterceptFit fit,
                                   List<String> names) {
        int k = reps.size();
        int[] rankRaw = ranks(reps, raw);
        int[] rankAdjusted = ranks(reps, fit.effects());
        List<RepEffect> effects = new ArrayList<>();
        List<RankShift> shifts = new ArrayList<>();
        int threshold = Math.max(3, (k + 3) / 4);
        for (int r = 0; r < k; r++) {
            String rep = reps.get(r);
            double e = fit.effects()[r];
            double se = fit.effectStdErrors()[r];
            effects.add(new RepEffect(rep, data.name(rep), data.repRegions().getOrDefault(rep, ""),
                    fit.groupSizes()[r], raw[r], e, e - 1.96 * se, e + 1.96 * se, rankRaw[r], rankAdjusted[r]));
            // with no variance between reps every adjusted effect is 0: their ranks are ties, not a finding
            if (fit.groupSd() > 0 && Math.abs(rankRaw[r] - rankAdjusted[r]) >= threshold) {
                shifts.add(new RankShift(rep, data.name(rep), rankRaw[r], rankAdjusted[r], k));
            }
        }
        effects.sort(Comparator.comparingInt(RepEffect::rankAdjusted));
        shifts.sort(Comparator.comparingInt((RankShift s) -> -Math.abs(s.rankRaw() - s.rankAdjusted()))
                .thenComparing(RankShift::repId));
        return new Outcome(fit, names, effects, shifts);
    }

    /** 1 for the largest value; NaN last; ties by rep id (the list's order). */
    static int[] ranks(List<String> reps, double[] values) {
        Integer[] order = new Integer[reps.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> Double.isNaN(values[i])
                ? Double.POSITIVE_INFINITY : -values[i]).thenComparing(reps::get));
        int[] rank = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            rank[order[i]] = i + 1;
        }
        return rank;
    }

    private static void perCustomer(RepOrders data, RepSettings settings, int[] factorIndex,
                                    Map<String, Integer> repIndex, Observations obs, double[] raw) {
        LocalDate last = data.orders().stream().map(RepOrder::date).max(LocalDate::compareTo).orElseThrow();
        LocalDate cutoff = last.minusDays(settings.churnWindowDays());
        boolean retention = settings.outcome() == RepOutcome.RETENTION;
        Map<String, LocalDate> lastOfCustomer = new HashMap<>();
        Map<String, List<RepOrder>> pairs = new LinkedHashMap<>();
        for (RepOrder o : data.orders()) {
            if (o.customerId().isEmpty()) {
                continue;
            }
            lastOfCustomer.merge(o.customerId(), o.date(), (a, b) -> a.isAfter(b) ? a : b);
            pairs.computeIfAbsent(o.repId() + "\u0000" + o.customerId(), p -> new ArrayList<>()).add(o);
        }
        double[] count = new double[raw.length];
        for (List<RepOrder> pair : pairs.values()) {
            RepOrder first = pair.stream().min(Comparator.comparing(RepOrder::date)).orElseThrow();
            double value;
            if (retention) {
                if (first.date().isAfter(cutoff)) {
                    continue;
                }
                value = lastOfCustomer.get(first.customerId()).isAfter(cutoff) ? 1 : 0;
            } else {
                value = pair.size();
            }
            int r = repIndex.get(first.repId());
            obs.add(value, r, first.date().getMonthValue(), modeLevels(pair, factorIndex));
            raw[r] += value;
            count[r]++;
        }
        for (int r = 0; r < raw.length; r++) {
            raw[r] = count[r] == 0 ? Double.NaN : raw[r] / count[r];
        }
    }

    private static String[] modeLevels(List<RepOrder> pair, int[] factorIndex) {
        String[] out = new String[factorIndex.length];
        for (int f = 0; f < factorIndex.length; f++) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (RepOrder o : pair) {
                counts.merge(o.factors().get(factorIndex[f]), 1, Integer::sum);
            }
            String best = null;
            int most = -1;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (e.getValue() > most) {
                    most = e.getValue();
                    best = e.getKey();
                }
            }
            out[f] = best;
        }
        return out;
    }

    static int[] factorIndexes(List<String> known, List<String> asked) {
        int[] idx = new int[asked.size()];
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            idx[i] = known.indexOf(asked.get(i));
            if (idx[i] < 0) {
                unknown.add(asked.get(i));
            }
        }
        if (!unknown.isEmpty()) {
            String names = String.join(", ", unknown);
            String knownNames = String.join(", ", known);
            throw new BadParameterException("adjust-for", "sales.param.unknownFactor",
                    "unknown factor(s) " + names + "; the orders carry " + knownNames, names, knownNames);
        }
        return idx;
    }
}
