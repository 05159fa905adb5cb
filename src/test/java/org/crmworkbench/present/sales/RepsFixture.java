package org.crmworkbench.present.sales;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crmworkbench.analysis.sales.RandomInterceptFit;
import org.crmworkbench.analysis.sales.RankShift;
import org.crmworkbench.analysis.sales.RepEffect;
import org.crmworkbench.analysis.sales.RepOutcome;
import org.crmworkbench.analysis.sales.RepPeriod;
import org.crmworkbench.analysis.sales.RepScorecard;
import org.crmworkbench.analysis.sales.RepSettings;
import org.crmworkbench.analysis.sales.RepTrend;
import org.crmworkbench.analysis.sales.SalesTeamResult;
import org.crmworkbench.model.RepOrder;
import org.crmworkbench.model.RepOrders;
import org.crmworkbench.model.RepsRunRecord;

/**
 * Hand-made sales-team results (the analysis records built directly): {@link #small} three reps whose raw revenue
 * ranks them by territory, and {@link #planted} thirty reps in five territories whose planted effects and territory
 * factors make the raw and adjusted ranks disagree, for the pictures.
 */
final class RepsFixture {
    static final Instant STARTED = Instant.parse("2026-12-07T08:00:00Z");

    private RepsFixture() {
    }

    /** R001 Ada Lee (North America), R002 Bo Chen (SE Asia), R003 with no name (Europe). */
    static RepOrders smallOrders() {
        List<RepOrder> orders = List.of(
                new RepOrder("o1", "R001", "c1", LocalDate.of(2026, 1, 5), 200, List.of("North America", "store")),
                new RepOrder("o2", "R002", "c2", LocalDate.of(2026, 2, 5), 50, List.of("SE Asia", "phone")),
                new RepOrder("o3", "R003", "c3", LocalDate.of(2026, 4, 5), 80, List.of("Europe", "store")));
        return new RepOrders("fixture.csv", List.of("region", "channel"), orders,
                Map.of("R001", "Ada Lee", "R002", "Bo Chen"),
                Map.of("R001", "North America", "R002", "SE Asia", "R003", "Europe"));
    }

    /**
     * Three reps: Ada Lee sells the most (raw rank 1) in the richest territory but is the weakest once it is
     * accounted for (adjusted rank 3, interval below 0); Bo Chen sells least (raw 3) but is the best (adjusted 1,
     * interval above 0); R003 is in between both ways and across 0.
     */
    static SalesTeamResult small() {
        RepSettings settings = RepSettings.defaults();
        List<RepScorecard> cards = List.of(
                new RepScorecard("R001", "2026-Q1", 1200.5, 4, 3, 1, 300.125, 0.5, 0.25, 1000, 1.2005),
                new RepScorecard("R001", "2026-Q2", 800, 2, 2, 0, 400, 1, Double.NaN, Double.NaN, Double.NaN),
                new RepScorecard("R002", "2026-Q1", 150, 3, 1, 1, 50, Double.NaN, 0, 200, 0.75),
                new RepScorecard("R004", "2026-Q2", 10, 1, 1, 1, 10, Double.NaN, Double.NaN, Double.NaN,
                        Double.NaN));
        List<RepEffect> effects = List.of(
                new RepEffect("R002", "Bo Chen", "SE Asia", 3, 150, 0.25, 0.125, 0.375, 3, 1),
                new RepEffect("R003", "R003", "Europe", 5, 500, 0.0625, -0.0625, 0.1875, 2, 2),
                new RepEffect("R001", "Ada Lee", "North America", 6, 2000.5, -0.3125, -0.5, -0.125, 1, 3));
        RandomInterceptFit fit = new RandomInterceptFit(new double[] {5.5, 0.75, Double.NaN, -0.25},
                new double[] {0.125, 0.0625, Double.NaN, 0.03125}, 0.25, 0.75, 123.456, new double[] {-0.3125, 0.25,
                        0.0625}, new double[] {0.1, 0.06, 0.06}, new int[] {6, 3, 5}, 14);
        List<String> names = List.of("(intercept)", "region=North America", "region=Oceania", "channel=phone");
        List<RankShift> shifts = List.of(new RankShift("R002", "Bo Chen", 3, 1, 3),
                new RankShift("R001", "Ada Lee", 1, 3, 3));
        return new SalesTeamResult(settings, cards, effects, fit, names, shifts, List.of(trend()));
    }

    /** Ada Lee's monthly revenue for 18 months, a 6-month forecast with its band, the last 3 months checked. */
    static RepTrend trend() {
        List<LocalDate> months = new ArrayList<>();
        double[] revenue = new double[18];
        for (int i = 0; i < 18; i++) {
            months.add(LocalDate.of(2025, 1, 1).plusMonths(i));
            revenue[i] = 4000 + 60 * i + 900 * Math.sin(2 * Math.PI * i / 12) + (i % 3 == 0 ? 350 : -200);
        }
        List<LocalDate> ahead = new ArrayList<>();
        double[] forecast = new double[6];
        double[] lower = new double[6];
        double[] upper = new double[6];
        for (int h = 0; h < 6; h++) {
            ahead.add(LocalDate.of(2026, 7, 1).plusMonths(h));
            forecast[h] = 5100 + 60 * h + 900 * Math.sin(2 * Math.PI * (18 + h) / 12);
            lower[h] = forecast[h] - 700 - 90 * h;
            upper[h] = forecast[h] + 700 + 90 * h;
        }
        return new RepTrend("R001", months, revenue, "hw-add", ahead, forecast, lower, upper,
                new double[] {4700, 4900, 4650});
    }

    /** The record of {@link #small}. */
    static RepsRunRecord smallRun() {
        return new RepsRecords().of(small(), smallOrders(), STARTED, "test");
    }

    /**
     * Thirty reps, six per territory; each rep's planted effect on log order value is drawn N(0, 0.2) (seed 18),
     * their raw revenue is what they would sell in their territory (factors 1.6, 1.2, 0.9, 0.75, 0.6 as the sample's)
     * times e^effect times their orders; intervals +- 1.96 x 0.08.
     */
    static RepsRunRecord planted() {
        String[] regions = {"North America", "Europe", "Greater China", "Oceania", "SE Asia"};
        double[] factor = {1.6, 1.2, 0.9, 0.75, 0.6};
        String[] first = {"Ada", "Bo", "Chen", "Dana", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun"};
        String[] last = {"Lee", "Wang", "Okafor", "Silva", "Novak", "Tan"};
        Random random = new Random(18);
        int n = 30;
        String[] ids = new String[n];
        double[] effect = new double[n];
        double[] raw = new double[n];
        for (int i = 0; i < n; i++) {
            ids[i] = String.format(java.util.Locale.ROOT, "R%03d", i + 1);
            effect[i] = 0.2 * random.nextGaussian();
            raw[i] = 100_000 * factor[i % 5] * Math.exp(effect[i]) * (0.9 + 0.2 * random.nextDouble());
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Map<Integer, Integer> rankRaw = ranks(order, i -> -raw[i]);
        Map<Integer, Integer> rankAdjusted = ranks(order, i -> -effect[i]);
        List<RepsRunRecord.Effect> effects = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = first[i % first.length] + " " + last[i % last.length];
            effects.add(new RepsRunRecord.Effect(ids[i], name, regions[i % 5], 150 + 7 * i, raw[i], effect[i],
                    effect[i] - 1.96 * 0.08, effect[i] + 1.96 * 0.08, rankRaw.get(i), rankAdjusted.get(i)));
        }
        effects.sort(Comparator.comparingInt(RepsRunRecord.Effect::rankAdjusted));
        List<RepsRunRecord.Shift> shifts = new ArrayList<>();
        for (RepsRunRecord.Effect e : effects) {
            if (Math.abs(e.rankRaw() - e.rankAdjusted()) >= Math.max(3, n / 4.0)) {
                shifts.add(new RepsRunRecord.Shift(e.repId(), e.name(), e.rankRaw(), e.rankAdjusted(), n));
            }
        }
        shifts.sort(Comparator.comparingInt((RepsRunRecord.Shift s) -> -Math.abs(s.rankRaw() - s.rankAdjusted())));
        return new RepsRunRecord(0, STARTED, "test", "sample.db", RepOutcome.ORDER_VALUE.cliName(),
                List.of("region", "channel"), true, RepPeriod.QUARTER.cliName(), 180, 5000, "{}", effects, shifts);
    }

    private static Map<Integer, Integer> ranks(Integer[] items, java.util.function.ToDoubleFunction<Integer> key) {
        List<Integer> sorted = new ArrayList<>(List.of(items));
        sorted.sort(Comparator.comparingDouble(key));
        Map<Integer, Integer> rank = new HashMap<>();
        for (int r = 0; r < sorted.size(); r++) {
            rank.put(sorted.get(r), r + 1);
        }
        return rank;
    }
}
