package org.crmworkbench.analysis.sales;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crmworkbench.model.RepOrder;
import org.crmworkbench.model.RepOrders;
import org.crmworkbench.model.RepQuota;
import org.crmworkbench.work.Progress;
import org.crmworkbench.work.UnsuitableDataException;

/**
 * Every rep's figures per period ({@link RepScorecard}). A rep has a scorecard for each period from their first order's
 * through the data's last (periods without orders show 0 revenue, so a rep who stopped selling is visible), and for
 * each period a quota names. Customers are counted by id (orders without a customer count in revenue and orders
 * only). A customer is new to the rep in the period of their first order in the data when that order was the rep's;
 * repeat when they bought from the rep before the period; lost when they placed no order with anyone in the churn
 * window after the period's end (NaN while that window runs past the last order date).
 */
final class RepScorecards {

    List<RepScorecard> make(RepOrders data, List<RepQuota> quotas, RepPeriod period, int churnWindowDays,
                            List<String> reps, Progress progress) {
        List<RepOrder> orders = data.orders();
        LocalDate first = orders.stream().map(RepOrder::date).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = orders.stream().map(RepOrder::date).max(LocalDate::compareTo).orElseThrow();
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate s = period.start(first); !s.isAfter(last); s = next(period, s)) {
            starts.add(s);
        }
        Map<String, LocalDate> startOf = new HashMap<>();
        for (LocalDate s : starts) {
            startOf.put(period.label(s), s);
        }
        Map<String, Double> quotaOf = checkedQuotas(quotas, reps, startOf);

        // each customer's order dates (with anyone), sorted, and the rep of their first order
        Map<String, TreeSet<LocalDate>> customerDates = new HashMap<>();
        Map<String, RepOrder> firstOrder = new HashMap<>();
        for (RepOrder o : orders) {
            if (o.customerId().isEmpty()) {
                continue;
            }
            customerDates.computeIfAbsent(o.customerId(), c -> new TreeSet<>()).add(o.date());
            RepOrder f = firstOrder.get(o.customerId());
            if (f == null || o.date().isBefore(f.date())) {
                firstOrder.put(o.customerId(), o);
            }
        }
        Map<String, Map<String, List<RepOrder>>> byRepPeriod = new HashMap<>();
        Map<String, Map<String, LocalDate>> firstWithRep = new HashMap<>();
        for (RepOrder o : orders) {
            byRepPeriod.computeIfAbsent(o.repId(), r -> new HashMap<>())
                    .computeIfAbsent(period.label(o.date()), p -> new ArrayList<>()).add(o);
            if (!o.customerId().isEmpty()) {
                firstWithRep.computeIfAbsent(o.repId(), r -> new HashMap<>())
                        .merge(o.customerId(), o.date(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        List<RepScorecard> cards = new ArrayList<>();
        int done = 0;
        for (String rep : reps) {
            progress.checkCancelled();
            progress.worked(done++, reps.size());
            Map<String, List<RepOrder>> perPeriod = byRepPeriod.getOrDefault(rep, Map.of());
            Map<String, LocalDate> repFirst = firstWithRep.getOrDefault(rep, Map.of());
            TreeMap<LocalDate, String> shown = new TreeMap<>();
            LocalDate repStart = perPeriod.keySet().stream().map(startOf::get).min(LocalDate::compareTo).orElse(last);
            for (LocalDate s : starts) {
                if (!s.isBefore(repStart)) {
                    shown.put(s, period.label(s));
                }
            }
            for (String key : quotaOf.keySet()) {
                if (key.startsWith(rep + "\u0000")) {
                    String label = key.substring(rep.length() + 1);
                    shown.put(startOf.get(label), label);
                }
            }
            for (Map.Entry<LocalDate, String> e : shown.entrySet()) {
                LocalDate start = e.getKey();
                LocalDate end = next(period, start).minusDays(1);
                List<RepOrder> in = perPeriod.getOrDefault(e.getValue(), List.of());
                cards.add(card(rep, e.getValue(), start, end, last, in, customerDates, firstOrder, repFirst,
                        churnWindowDays, quotaOf.getOrDefault(rep + "\u0000" + e.getValue(), Double.NaN)));
            }
        }
        return cards;
    }

    private static RepScorecard card(String rep, String label, LocalDate start, LocalDate end, LocalDate last,
                                     List<RepOrder> in, Map<String, TreeSet<LocalDate>> customerDates,
                                     Map<String, RepOrder> firstOrder, Map<String, LocalDate> repFirst, int window,
                                     double quota) {
        double revenue = 0;
        Set<String> customers = new HashSet<>();
        for (RepOrder o : in) {
            revenue += o.amount();
            if (!o.customerId().isEmpty()) {
                customers.add(o.customerId());
            }
        }
        int fresh = 0;
        int repeat = 0;
        int lost = 0;
        LocalDate windowEnd = end.plusDays(window);
        boolean windowKnown = !windowEnd.isAfter(last);
        for (String c : customers) {
            RepOrder f = firstOrder.get(c);
            if (f.repId().equals(rep) && !f.date().isBefore(start) && !f.date().isAfter(end)) {
                fresh++;
            }
            if (repFirst.get(c).isBefore(start)) {
                repeat++;
            }
            LocalDate after = customerDates.get(c).higher(end);
            if (after == null || after.isAfter(windowEnd)) {
                lost++;
            }
        }
        int k = customers.size();
        double aov = in.isEmpty() ? Double.NaN : revenue / in.size();
        double repeatRate = k == 0 ? Double.NaN : (double) repeat / k;
        double lostShare = k == 0 || !windowKnown ? Double.NaN : (double) lost / k;
        double attainment = Double.isNaN(quota) ? Double.NaN : revenue / quota;
        return new RepScorecard(rep, label, revenue, in.size(), k, fresh, aov, repeatRate, lostShare, quota,
                attainment);
    }

    private static Map<String, Double> checkedQuotas(List<RepQuota> quotas, List<String> reps,
                                                     Map<String, LocalDate> startOf) {
        Set<String> known = new HashSet<>(reps);
        Set<String> unknownReps = new TreeSet<>();
        Set<String> unknownPeriods = new TreeSet<>();
        Map<String, Double> out = new HashMap<>();
        for (RepQuota q : quotas) {
            if (!known.contains(q.repId())) {
                unknownReps.add(q.repId());
            }
            if (!startOf.containsKey(q.period())) {
                unknownPeriods.add(q.period());
            }
            out.merge(q.repId() + "\u0000" + q.period(), q.quota(), (a, b) -> b);
        }
        if (!unknownReps.isEmpty()) {
            String names = String.join(", ", unknownReps);
            throw new UnsuitableDataException("sales.quota.unknownReps",
                    "quotas name reps without orders: " + names, names);
        }
        if (!unknownPeriods.isEmpty()) {
            String names = String.join(", ", unknownPeriods);
            String first = startOf.keySet().stream().min(String::compareTo).orElse("");
            String lastLabel = startOf.keySet().stream().max(String::compareTo).orElse("");
            throw new UnsuitableDataException("sales.quota.unknownPeriods",
                    "quotas name periods outside the orders' span (" + first + " .. " + lastLabel + "): " + names,
                    names, first, lastLabel);
        }
        return out;
    }

    static LocalDate next(RepPeriod period, LocalDate start) {
        return switch (period) {
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }
}
