package org.crmworkbench.present.value;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.crmworkbench.analysis.value.ClvSettings;
import org.crmworkbench.analysis.value.CustomerSummaries;
import org.crmworkbench.analysis.value.CustomerSummary;
import org.crmworkbench.analysis.value.CustomerValue;
import org.crmworkbench.analysis.value.GammaGammaModel;
import org.crmworkbench.analysis.value.HoldoutComparison;
import org.crmworkbench.analysis.value.LifecycleStage;
import org.crmworkbench.analysis.value.LifecycleThresholds;
import org.crmworkbench.analysis.value.ModelComparison;
import org.crmworkbench.analysis.value.ModelParameter;
import org.crmworkbench.analysis.value.PeriodUnit;
import org.crmworkbench.analysis.value.PurchaseModel;
import org.crmworkbench.analysis.value.PurchaseModelKind;
import org.crmworkbench.analysis.value.RfmScore;
import org.crmworkbench.analysis.value.RfmSegment;
import org.crmworkbench.analysis.value.RfmSettings;
import org.crmworkbench.analysis.value.RfmTable;
import org.crmworkbench.analysis.value.SpendIndependence;
import org.crmworkbench.analysis.value.StageHistory;
import org.crmworkbench.analysis.value.StageMigration;
import org.crmworkbench.analysis.value.Tracking;
import org.crmworkbench.analysis.value.ValueResult;
import org.crmworkbench.analysis.value.ValueSettings;

/** Value results made by hand, with a purchase model of simple closed forms, for the files, charts and reports. */
public final class ValueFixture {
    public static final LocalDate CALIBRATION_END = LocalDate.of(2024, 12, 31);
    public static final LocalDate HOLDOUT_END = LocalDate.of(2025, 6, 30);

    private ValueFixture() {
    }

    /**
     * A stand-in purchase model: P(alive) = 1 for x = 0, else exp(-(T - t_x) / 10); E[X(T, T + t)] = P(alive) (x + 1)
     * t / (T + 1); E[X(t)] = t / 10.
     */
    public record FakeModel(PurchaseModelKind kind, List<ModelParameter> parameters, double logLikelihood,
                            int customers) implements PurchaseModel {
        @Override
        public double probabilityAlive(int x, double tx, double age) {
            return x == 0 ? 1 : Math.exp(-(age - tx) / 10);
        }

        @Override
        public double expectedPurchases(double t, int x, double tx, double age) {
            return probabilityAlive(x, tx, age) * (x + 1) * t / (age + 1);
        }

        @Override
        public double expectedPurchasesFromStart(double t) {
            return t / 10;
        }
    }

    static FakeModel bgnbd(int customers) {
        return new FakeModel(PurchaseModelKind.BGNBD, List.of(new ModelParameter("r", 0.243, 0.0125),
                new ModelParameter("alpha", 4.414, 0.3378), new ModelParameter("a", 0.793, 0.1852),
                new ModelParameter("b", 2.426, 0.7047)), -9582.43, customers);
    }

    static FakeModel pnbd(int customers) {
        return new FakeModel(PurchaseModelKind.PNBD, List.of(new ModelParameter("r", 0.553, 0.05),
                new ModelParameter("alpha", 10.58, 0.85), new ModelParameter("s", 0.606, 0.19),
                new ModelParameter("beta", 11.67, Double.NaN)), -9595.0, customers);
    }

    static GammaGammaModel spend(int customers) {
        return new GammaGammaModel(6.25, 3.74, 15.44, List.of(new ModelParameter("p", 6.25, 0.5),
                new ModelParameter("q", 3.74, 0.25), new ModelParameter("gamma", 15.44, 1.5)), -4000.5, customers);
    }

    static ValueSettings settings() {
        return new ValueSettings(CALIBRATION_END, HOLDOUT_END, PeriodUnit.WEEK, PurchaseModelKind.BGNBD, true,
                new ClvSettings(52, 0.1, 1.0), RfmSettings.quantiles(5), LifecycleThresholds.defaults(), null);
    }

    private static CustomerSummary summary(String id, int x, double tx, double age, double m, double spend,
                                           int holdout, double holdoutSpend) {
        LocalDate first = CALIBRATION_END.minusDays(Math.round(age * 7));
        return new CustomerSummary(id, x, tx, age, m, first, first.plusDays(Math.round(tx * 7)), spend, holdout,
                holdoutSpend);
    }

    /** Six customers, every number written out. */
    public static ValueResult small() {
        List<CustomerSummary> s = List.of(summary("C1", 0, 0, 10, 0, 50, 0, 0),
                summary("C2", 3, 20, 30, 40, 170, 1, 30), summary("C3", 8, 48, 50, 100.5, 900, 2, 210),
                summary("C4", 1, 2, 52, 25, 55, 0, 0), summary("C5", 5, 25, 40, 60, 330, 1, 55),
                summary("C6", 2, 10, 20, 30, 95, 0, 0));
        double[] clv = {10, 250.5, 1200, 3, 600, 80};
        RfmScore[] rfm = {new RfmScore(5, 1, 1, RfmSegment.NEW), new RfmScore(3, 3, 3, RfmSegment.LOYAL),
                new RfmScore(5, 5, 5, RfmSegment.CHAMPIONS), new RfmScore(1, 2, 1, RfmSegment.LOST),
                new RfmScore(4, 4, 4, RfmSegment.CHAMPIONS), new RfmScore(2, 2, 2, RfmSegment.HIBERNATING)};
        LifecycleStage[] stages = {LifecycleStage.NEW, LifecycleStage.ACTIVE, LifecycleStage.ACTIVE,
                LifecycleStage.LOST, LifecycleStage.AT_RISK, LifecycleStage.LAPSED};
        return result(s, clv, rfm, stages);
    }

    private static ValueResult result(List<CustomerSummary> s, double[] clv, RfmScore[] rfm,
                                      LifecycleStage[] stages) {
        int n = s.size();
        FakeModel model = bgnbd(n);
        GammaGammaModel spend = spend((int) s.stream().filter(c -> c.frequency() > 0).count());
        List<CustomerValue> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CustomerSummary c = s.get(i);
            values.add(new CustomerValue(c, model.probabilityAlive(c.frequency(), c.recency(), c.age()),
                    model.expectedPurchases(52, c.frequency(), c.recency(), c.age()),
                    spend.expectedAverageSpend(c.frequency(), c.monetaryValue()), clv[i], rfm[i], stages[i]));
        }
        RfmTable table = new RfmTable(List.of(rfm), new double[] {10, 30, 60, 120}, new double[] {1, 2, 3, 5},
                new double[] {50, 100, 200, 500}, 5);
        HoldoutComparison holdout = new HoldoutComparison(List.of(new HoldoutComparison.Row("0", 1, 0, 0.2),
                new HoldoutComparison.Row("1", 1, 0, 0.45), new HoldoutComparison.Row("2", 1, 0, 0.6),
                new HoldoutComparison.Row("3+", n - 3, 1.25, 1.1)), 25.9);
        List<LocalDate> ends = new ArrayList<>();
        double[] actual = new double[12];
        double[] expected = new double[12];
        for (int i = 0; i < 12; i++) {
            ends.add(LocalDate.of(2024, 6, 30).plusMonths(i));
            actual[i] = 3 * i + (i % 3);
            expected[i] = 3.1 * i;
        }
        Tracking tracking = new Tracking(ends, actual, expected, 7);
        ModelComparison comparison = new ModelComparison(List.of(
                new ModelComparison.Row(PurchaseModelKind.BGNBD, -9582.43, 4, 0.5, 3.2, 3),
                new ModelComparison.Row(PurchaseModelKind.PNBD, -9595.0, 4, 0.55, 3.4, 3)));
        List<LocalDate> dates = new ArrayList<>();
        int[][] counts = new int[12][];
        for (int i = 0; i < 12; i++) {
            dates.add(LocalDate.of(2024, 1, 31).plusMonths(i));
            counts[i] = new int[] {2 + i % 2, 10 + i, 1, 3 + i / 3, 2 * i / 3, i};
        }
        StageMigration migration = new StageMigration(CALIBRATION_END.minusYears(1), CALIBRATION_END,
                new int[][] {{0, 3, 0, 1, 0, 0}, {0, 20, 0, 6, 2, 1}, {0, 1, 0, 0, 1, 0}, {0, 2, 1, 1, 3, 1},
                        {0, 0, 2, 0, 1, 4}, {0, 0, 1, 0, 0, 9}}, new int[] {5, 4, 0, 1, 0, 0});
        return new ValueResult(settings(), new CustomerSummaries(s, CALIBRATION_END, HOLDOUT_END, PeriodUnit.WEEK),
                model, List.of(pnbd(n)), spend, SpendIndependence.of(0.11, 5), values, table, holdout, tracking,
                comparison, new StageHistory(dates, counts), migration);
    }

    /** {@code n} customers with a long-tailed CLV (log-normal), planted from {@code seed}, for the pictures. */
    public static ValueResult large(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<CustomerSummary> s = new ArrayList<>();
        double[] clv = new double[n];
        RfmScore[] rfm = new RfmScore[n];
        LifecycleStage[] stages = new LifecycleStage[n];
        RfmSegment[] segments = RfmSegment.values();
        LifecycleStage[] all = LifecycleStage.values();
        for (int i = 0; i < n; i++) {
            double age = 1 + random.nextDouble() * 77;
            int x = random.nextDouble() < 0.4 ? 0 : 1 + (int) Math.floor(-Math.log(random.nextDouble()) * 4);
            double tx = x == 0 ? 0 : random.nextDouble() * age;
            double m = x == 0 ? 0 : 20 + 40 * Math.exp(random.nextGaussian() * 0.5);
            s.add(summary(String.format("C%04d", i + 1), x, tx, age, m, (x + 1) * Math.max(m, 20), 0, 0));
            clv[i] = x == 0 ? 5 + random.nextDouble() * 20 : Math.exp(4.5 + random.nextGaussian() * 1.1);
            int r = 1 + random.nextInt(5);
            int f = 1 + random.nextInt(5);
            rfm[i] = new RfmScore(r, f, 1 + random.nextInt(5), segments[random.nextInt(segments.length)]);
            stages[i] = all[random.nextInt(all.length)];
        }
        return result(s, clv, rfm, stages);
    }
}
