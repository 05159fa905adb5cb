package org.crmworkbench.analysis.value;

import org.crmworkbench.work.Progress;
import org.crmworkbench.work.UnsuitableDataException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.model.Purchase;

/**
 * The whole value analysis: summaries, RFM, the purchase and spend models, CLV, model checks and lifecycle.
 *
 * <p>The steps, each a progress stage: the customers' summaries at the calibration end; the chosen purchase model
 * (and the other one when {@link ValueSettings#compareModels()} asks; if only that other fit fails, the comparison
 * shows the chosen model alone); the Gamma-Gamma spend model with the frequency / monetary value correlation it
 * assumes away; each customer's P(alive), expected purchases, expected spend and CLV; RFM; the holdout comparison,
 * tracking and model comparison; the lifecycle stages at the calibration end, their history and the migration from
 * {@link ValueSettings#migrationFrom()}.
 */
public final class ValueAnalysis {
    /** Fits a purchase model (the production one is {@link PurchaseModels#fit}). */
    @FunctionalInterface
    public interface PurchaseFitter {
        PurchaseModel fit(PurchaseModelKind kind, int[] x, double[] tx, double[] age, Progress progress);
    }

    /** Fits the spend model (the production one is {@link GammaGammaFitter#fit}). */
    @FunctionalInterface
    public interface SpendFitter {
        GammaGammaModel fit(int[] x, double[] m, Progress progress);
    }

    private static final int CHECK_EVERY = 1024;

    private final PurchaseFitter purchaseFitter;
    private final SpendFitter spendFitter;

    public ValueAnalysis() {
        this(new PurchaseModels()::fit, new GammaGammaFitter()::fit);
    }

    public ValueAnalysis(PurchaseFitter purchaseFitter, SpendFitter spendFitter) {
        this.purchaseFitter = purchaseFitter;
        this.spendFitter = spendFitter;
    }

    /**
     * @throws org.crmworkbench.work.UnsuitableDataException naming the problem: no purchase on or before the
     *         calibration end, no repeat customer, a negative amount, too few customers to fit, a fit that did not
     *         converge
     */
    public ValueResult run(List<Purchase> purchases, ValueSettings settings, Progress progress) {
        progress.stage("value.progress.summaries", purchases.size());
        PurchaseHistory history = new PurchaseHistory(purchases);
        CustomerSummaries summaries = history.summarise(settings.calibrationEnd(), settings.holdoutEnd(),
                settings.unit());
        progress.checkCancelled();
        int[] x = summaries.frequencies();
        double[] tx = summaries.recencies();
        double[] age = summaries.ages();

        // the fitters name their own stages (value.stage.fitModel, value.stage.fitSpend)
        PurchaseModel model = purchaseFitter.fit(settings.model(), x, tx, age, progress);
        progress.checkCancelled();
        List<PurchaseModel> others = new ArrayList<>();
        if (settings.compareModels()) {
            PurchaseModelKind other = settings.model() == PurchaseModelKind.BGNBD
                    ? PurchaseModelKind.PNBD : PurchaseModelKind.BGNBD;
            try {
                others.add(purchaseFitter.fit(other, x, tx, age, progress));
            } catch (UnsuitableDataException failed) {
                // the comparison is a side show: it shows the chosen model alone
            }
            progress.checkCancelled();
        }

        double[] m = summaries.monetaryValues();
        GammaGammaModel spend = spendFitter.fit(x, m, progress);
        SpendIndependence independence = independence(x, m);
        progress.checkCancelled();

        progress.stage("value.progress.customers", summaries.size());
        LifetimeValue value = new LifetimeValue(model, spend, settings.clv(), settings.unit());
        List<CustomerValue> values = new ArrayList<>(summaries.size());
        for (int i = 0; i < summaries.size(); i++) {
            if (i % CHECK_EVERY == 0) {
                progress.checkCancelled();
                progress.worked(i, summaries.size());
            }
            values.add(value.value(summaries.customers().get(i), null, null));
        }

        progress.stage("value.progress.rfm");
        RfmTable rfm = new RfmScoring(settings.rfm()).score(summaries);

        progress.stage("value.progress.checks");
        progress.checkCancelled();
        HoldoutComparison holdout = ModelChecks.holdout(summaries, model);
        Tracking tracking = ModelChecks.tracking(summaries, history.customers(), model, progress);
        List<PurchaseModel> compared = new ArrayList<>();
        compared.add(model);
        compared.addAll(others);
        ModelComparison comparison = ModelChecks.comparison(summaries, compared);

        progress.stage("value.progress.lifecycle");
        LifecycleTimeline timeline = new LifecycleTimeline(history.customers(), model, settings.lifecycle(),
                settings.unit());
        LifecycleStage[] stages = stagesOfSummaries(timeline.stagesAt(settings.calibrationEnd()));
        StageHistory stageHistory = timeline.history(settings.calibrationEnd(), progress);
        StageMigration migration = timeline.migration(migrationStart(settings, history.span().first()),
                settings.calibrationEnd());

        List<CustomerValue> customers = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            CustomerValue v = values.get(i);
            customers.add(new CustomerValue(v.summary(), v.probabilityAlive(), v.expectedPurchases(),
                    v.expectedSpend(), v.clv(), rfm.scores().get(i), stages[i]));
        }
        return new ValueResult(settings, summaries, model, others, spend, independence, customers, rfm, holdout,
                tracking, comparison, stageHistory, migration);
    }

    /** {@code result} with expected purchases, spend and CLV recomputed for {@code clv}, without refitting. */
    public ValueResult revalue(ValueResult result, ClvSettings clv) {
        ValueSettings settings = result.settings().withClv(clv);
        LifetimeValue value = new LifetimeValue(result.model(), result.spend(), clv, settings.unit());
        List<CustomerValue> customers = new ArrayList<>(result.customers().size());
        for (CustomerValue customer : result.customers()) {
            customers.add(value.revalue(customer));
        }
        return new ValueResult(settings, result.summaries(), result.model(), result.others(), result.spend(),
                result.independence(), customers, result.rfm(), result.holdout(), result.tracking(),
                result.comparison(), result.stages(), result.migration());
    }

    /**
     * The Pearson correlation of frequency and monetary value over the customers with a repeat purchase (NaN with
     * fewer than two of them or when either side is constant).
     */
    public static SpendIndependence independence(int[] x, double[] m) {
        int n = 0;
        double sumX = 0;
        double sumM = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0) {
                n++;
                sumX += x[i];
                sumM += m[i];
            }
        }
        if (n < 2) {
            return SpendIndependence.of(Double.NaN, n);
        }
        double meanX = sumX / n;
        double meanM = sumM / n;
        double sxx = 0;
        double smm = 0;
        double sxm = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0) {
                double dx = x[i] - meanX;
                double dm = m[i] - meanM;
                sxx += dx * dx;
                smm += dm * dm;
                sxm += dx * dm;
            }
        }
        double correlation = sxx == 0 || smm == 0 ? Double.NaN : sxm / Math.sqrt(sxx * smm);
        return SpendIndependence.of(correlation, n);
    }

    /** The stages of the customers who had bought (the summaries' customers, in their order). */
    private static LifecycleStage[] stagesOfSummaries(LifecycleStage[] all) {
        return java.util.Arrays.stream(all).filter(java.util.Objects::nonNull).toArray(LifecycleStage[]::new);
    }

    /**
     * The migration's earlier date: the one asked for, unless no one had bought by then (every customer would be an
     * arrival and the chart would say nothing); then halfway from the first purchase to the calibration end.
     */
    static LocalDate migrationStart(ValueSettings settings, LocalDate firstPurchase) {
        LocalDate asked = settings.migrationFrom();
        if (asked.isAfter(firstPurchase)) {
            return asked;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(firstPurchase, settings.calibrationEnd());
        return firstPurchase.plusDays(Math.max(1, days / 2));
    }
}
