package org.crmworkbench.ui.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crmworkbench.analysis.sales.RandomInterceptFit;
import org.crmworkbench.analysis.sales.RankShift;
import org.crmworkbench.analysis.sales.RepEffect;
import org.crmworkbench.analysis.sales.RepPeriod;
import org.crmworkbench.analysis.sales.RepScorecard;
import org.crmworkbench.analysis.sales.RepSettings;
import org.crmworkbench.analysis.sales.RepTrend;
import org.crmworkbench.analysis.sales.SalesTeamResult;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.RepOrder;
import org.crmworkbench.model.RepOrders;
import org.crmworkbench.model.RepQuota;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.jobs.SameThreadJobRunner;
import org.crmworkbench.work.UnsuitableDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Sales team workspace's state without the FX thread, over hand-built orders and a hand-built analysis (the
 * analysis is the analysis helper's; here it only has to be shown): the league lines and their marks, the rank-shift
 * sentence, the region and period filters, a rep's card with customers counted by hand, two reps compared, settings
 * that re-run the analysis, newest wins, and a failure in words.
 */
class SalesViewModelTest {
    private final Messages english = Messages.english();

    /**
     * Four reps, two regions. R1 (NA) sells C1 100 + 300 and C2 50 in Q1, C1 200 in Q2: revenue 650, customers 2,
     * top C1 600 (3 orders) then C2 50. R2 (NA) C3 400. R3 (Europe) C4 80 + C5 90. R4 (Europe) C6 20.
     */
    static RepOrders orders() {
        List<RepOrder> list = new ArrayList<>();
        list.add(order("1", "R1", "C1", "2026-01-10", 100, "NA"));
        list.add(order("2", "R1", "C1", "2026-02-10", 300, "NA"));
        list.add(order("3", "R1", "C2", "2026-03-10", 50, "NA"));
        list.add(order("4", "R1", "C1", "2026-04-10", 200, "NA"));
        list.add(order("5", "R2", "C3", "2026-01-20", 400, "NA"));
        list.add(order("6", "R3", "C4", "2026-02-20", 80, "Europe"));
        list.add(order("7", "R3", "C5", "2026-05-20", 90, "Europe"));
        list.add(order("8", "R4", "C6", "2026-03-20", 20, "Europe"));
        return new RepOrders("hand-built", List.of("region", "channel", "category"), list,
                Map.of("R1", "Ana Lee", "R2", "Bo Chen", "R3", "Cem Kaya", "R4", "Dee Ng"),
                Map.of("R1", "NA", "R2", "NA", "R3", "Europe", "R4", "Europe"));
    }

    private static RepOrder order(String id, String rep, String customer, String date, double amount,
                                  String region) {
        return new RepOrder(id, rep, customer, LocalDate.parse(date), amount, List.of(region, "store", "Books"));
    }

    /** A result as the analysis would give it for {@code settings}: R3 ranks 3rd raw but 1st adjusted. */
    static SalesTeamResult result(RepSettings settings) {
        List<RepEffect> effects = List.of(
                new RepEffect("R3", "Cem Kaya", "Europe", 2, 170, 0.30, 0.05, 0.55, 3, 1),
                new RepEffect("R1", "Ana Lee", "NA", 4, 650, 0.10, -0.15, 0.35, 1, 2),
                new RepEffect("R2", "Bo Chen", "NA", 1, 400, -0.05, -0.40, 0.30, 2, 3),
                new RepEffect("R4", "Dee Ng", "Europe", 1, 20, -0.35, -0.70, -0.01, 4, 4));
        List<RepScorecard> cards = List.of(
                new RepScorecard("R1", "2026-Q1", 450, 3, 2, 2, 150, 0.5, Double.NaN, 500, 0.9),
                new RepScorecard("R1", "2026-Q2", 200, 1, 1, 0, 200, 1.0, Double.NaN, Double.NaN, Double.NaN),
                new RepScorecard("R2", "2026-Q1", 400, 1, 1, 1, 400, 0, Double.NaN, Double.NaN, Double.NaN),
                new RepScorecard("R3", "2026-Q1", 80, 1, 1, 1, 80, 0, Double.NaN, Double.NaN, Double.NaN),
                new RepScorecard("R3", "2026-Q2", 90, 1, 1, 1, 90, 0, Double.NaN, Double.NaN, Double.NaN),
                new RepScorecard("R4", "2026-Q1", 20, 1, 1, 1, 20, 0, Double.NaN, Double.NaN, Double.NaN));
        RandomInterceptFit fit = new RandomInterceptFit(new double[] {5.0}, new double[] {0.1}, 0.3, 0.4, 12.5,
                new double[] {0.3, 0.1, -0.05, -0.35}, new double[] {0.12, 0.12, 0.17, 0.17}, new int[] {2, 4, 1, 1},
                8);
        RepTrend trend = new RepTrend("R1", List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)), new double[] {100, 300, 50, 200}, "ets",
                List.of(LocalDate.of(2026, 5, 1)), new double[] {180}, new double[] {60}, new double[] {300},
                new double[] {190});
        return new SalesTeamResult(settings, cards, effects, fit, List.of("(intercept)"),
                List.of(new RankShift("R3", "Cem Kaya", 3, 1, 4)), List.of(trend));
    }

    /** The analyses asked for, in order. */
    private final List<RepSettings> asked = new ArrayList<>();

    private SalesViewModel model(SameThreadJobRunner jobs) {
        return new SalesViewModel(new DataSession(), jobs, Runnable::run, () -> english, (o, q, s, p) -> {
            asked.add(s);
            return result(s);
        });
    }

    @Test
    void handBuiltResultFillsTheLeagueTheShiftSentenceAndTheFilters() {
        SalesViewModel model = model(new SameThreadJobRunner());
        assertEquals("No orders with a rep yet: the comparison starts as soon as orders with reps are imported.",
                model.dataTextProperty().get());
        model.source().offer(orders(), List.of(new RepQuota("R1", "2026-Q1", 500)), "team.csv");

        assertNotNull(model.resultProperty().get(), String.valueOf(model.noticeProperty().get()));
        assertEquals("8 orders of 4 reps, from team.csv \u00b7 quotas: 1", model.dataTextProperty().get());
        // the factors the orders carry are offered; region and channel ticked as in the defaults
        assertEquals(List.of("region", "channel", "category"),
                model.form().factors().stream().map(SalesSettingsForm.Factor::name).toList());
        assertEquals(List.of("region", "channel"), asked.get(0).adjustFor());

        RepFocus focus = model.focus();
        assertEquals(List.of("R3", "R1", "R2", "R4"), focus.rows().stream().map(RepRow::repId).toList());
        assertEquals(List.of(true, false, false, false), focus.rows().stream().map(RepRow::shifted).toList());
        assertEquals("R3 Cem Kaya ranks 3rd on revenue but 1st once territory, channel and the season are"
                + " accounted for.", model.shiftTextProperty().get());
        assertEquals("4 reps \u00b7 8 observations \u00b7 spread between reps (SD) 0.3 \u00b7 residual SD 0.4"
                + " \u00b7 share of variance between reps 36%", model.summaryTextProperty().get(),
                "ICC 0.09 / (0.09 + 0.16) = 0.36");

        assertEquals(List.of("", "Europe", "NA"), focus.regions());
        focus.regionProperty().set("Europe");
        assertEquals(List.of("R3", "R4"), focus.rows().stream().map(RepRow::repId).toList());
        assertEquals(4, focus.allRows().size(), "the reps to compare stay whole");
        assertEquals(List.of("", "2026-Q1", "2026-Q2"), focus.periods());
    }

    @Test
    void aChosenRepHasTheirCardAndTwoRepsCompareSideBySide() {
        SalesViewModel model = model(new SameThreadJobRunner());
        model.source().offer(orders(), List.of(), "team.csv");
        RepFocus focus = model.focus();
        assertNull(focus.cardProperty().get());
        focus.chosenProperty().set(focus.rows().get(1));

        RepCard card = focus.cardProperty().get();
        assertEquals("R1", card.row().repId());
        assertEquals(List.of("2026-Q1", "2026-Q2"), card.scorecards().stream().map(ScorecardRow::period).toList());
        assertEquals(2, card.customers());
        assertEquals("C1", card.topCustomers().get(0).customerId());
        assertEquals(600, card.topCustomers().get(0).revenue(), 1e-12, "100 + 300 + 200");
        assertEquals(3, card.topCustomers().get(0).orders());
        assertEquals(50, card.topCustomers().get(1).revenue(), 1e-12);
        assertEquals("ets", card.trend().model());

        focus.periodProperty().set("2026-Q2");
        assertEquals(List.of("2026-Q2"), focus.cardProperty().get().scorecards().stream()
                .map(ScorecardRow::period).toList());
        focus.periodProperty().set("");

        focus.compareAProperty().set(focus.allRows().get(0)); // R3
        assertNull(focus.comparisonProperty().get(), "one rep is no comparison");
        focus.compareBProperty().set(focus.allRows().get(3)); // R4
        List<RepComparison.Line> lines = focus.comparisonProperty().get().lines();
        assertEquals(List.of("2026-Q1", "2026-Q2"), lines.stream().map(RepComparison.Line::period).toList());
        assertEquals(80, lines.get(0).a().revenue(), 1e-12);
        assertEquals(20, lines.get(0).b().revenue(), 1e-12);
        assertNull(lines.get(1).b(), "R4 sold nothing in Q2");

        // a new analysis keeps the chosen reps
        model.form().seasonProperty().set(false);
        assertFalse(asked.get(asked.size() - 1).season());
        assertEquals("R1", focus.cardProperty().get().row().repId());
        assertEquals("R3", focus.comparisonProperty().get().a().row().repId());
    }

    @Test
    void settingsReRunAndTheNewestAnalysisWins() {
        SameThreadJobRunner jobs = SameThreadJobRunner.deferred(System::nanoTime);
        SalesViewModel model = model(jobs);
        model.source().offer(orders(), List.of(), "team.csv");
        jobs.runPending();
        jobs.runPending();
        assertEquals(RepPeriod.QUARTER, model.resultProperty().get().settings().period());

        // two changes before anything ran: the first analysis is replaced, only the newest delivers
        model.form().periodProperty().set(PeriodOption.MONTH);
        model.form().factors().get(2).adjusted().set(true);
        assertTrue(model.runningProperty().get());
        jobs.runPending();
        jobs.runPending();
        RepSettings shown = model.resultProperty().get().settings();
        assertEquals(RepPeriod.MONTH, shown.period());
        assertEquals(List.of("region", "channel", "category"), shown.adjustFor());
        assertFalse(model.runningProperty().get());
        assertTrue(model.shiftTextProperty().get().endsWith(
                "once territory, channel, product mix and the season are accounted for."),
                model.shiftTextProperty().get());
    }

    @Test
    void aFileWithABadAmountIsRefusedNamingTheFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("team.csv");
        Files.writeString(file, "rep,amount,order date\nR1,120.50,2026-01-10\nR2,lots,2026-01-11\n");
        SalesViewModel model = model(new SameThreadJobRunner());
        model.source().fileProperty().set(file);
        // the columns are guessed from the header, and the file is read at once
        assertEquals("rep", model.source().repColumnProperty().get());
        assertEquals("amount", model.source().amountColumnProperty().get());
        assertEquals("order date", model.source().dateColumnProperty().get());
        assertEquals(SalesSource.Kind.FILE, model.source().kindProperty().get());
        assertEquals(SalesSource.Phase.FAILED, model.source().phaseProperty().get());
        String notice = model.noticeProperty().get().text(english);
        assertEquals("Could not read the orders: team.csv, line 3, column 2 (amount): found 'lots'; expected a number"
                + " (digits with a point for decimals, e.g. 1250.5)", notice);
        assertEquals("The orders could not be read (see below).", model.dataTextProperty().get());
    }

    @Test
    void noVarianceBetweenRepsIsSaidInsteadOfShiftsBetweenTiedRanks() {
        SalesViewModel model = new SalesViewModel(new DataSession(), new SameThreadJobRunner(), Runnable::run,
                () -> english, (o, q, s, p) -> {
                    SalesTeamResult r = result(s);
                    RandomInterceptFit f = r.fit();
                    RandomInterceptFit flat = new RandomInterceptFit(f.beta(), f.betaStdErrors(), 0, f.residualSd(),
                            f.remlCriterion(), new double[4], f.effectStdErrors(), f.groupSizes(), f.observations());
                    return new SalesTeamResult(s, r.scorecards(), r.effects(), flat, r.fixedEffectNames(),
                            r.shifts(), r.trends());
                });
        model.source().offer(orders(), List.of(), "team.csv");
        assertTrue(model.shiftTextProperty().get().startsWith("The model puts no variance between reps (SD 0)"),
                model.shiftTextProperty().get());
    }

    @Test
    void aFailedAnalysisIsSaidInWordsAndNothingIsShown() {
        SalesViewModel model = new SalesViewModel(new DataSession(), new SameThreadJobRunner(), Runnable::run,
                () -> english, (o, q, s, p) -> {
                    throw new UnsuitableDataException("sales.test.fewReps", "needs at least 3 reps with orders");
                });
        model.source().offer(orders(), List.of(), "team.csv");
        assertNull(model.resultProperty().get());
        assertTrue(model.focus().rows().isEmpty());
        String notice = model.noticeProperty().get().text(english);
        assertTrue(notice.startsWith("Could not compare the reps: "), notice);
        assertTrue(notice.contains("needs at least 3 reps with orders"), notice);
        assertFalse(model.canSaveProperty().get());
    }
}
