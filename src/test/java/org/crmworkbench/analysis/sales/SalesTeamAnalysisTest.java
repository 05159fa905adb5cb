package org.crmworkbench.analysis.sales;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.crmworkbench.model.RepOrder;
import org.crmworkbench.model.RepOrders;
import org.crmworkbench.model.RepQuota;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.Progress;
import org.crmworkbench.work.UnsuitableDataException;
import org.junit.jupiter.api.Test;

class SalesTeamAnalysisTest {

    private static RepOrder order(String id, String date, String rep, String customer, double amount) {
        String region = rep.equals("A") ? "North" : "South";
        return new RepOrder(id, rep, customer, LocalDate.parse(date), amount, List.of(region, "store"));
    }

    private static RepOrders small() {
        List<RepOrder> orders = List.of(
                order("o1", "2025-01-10", "A", "c1", 100),
                order("o4", "2025-01-20", "B", "c3", 300),
                order("o2", "2025-02-15", "A", "c2", 200),
                order("o3", "2025-04-05", "A", "c1", 50),
                order("o5", "2025-05-01", "B", "c2", 100),
                order("o6", "2025-12-31", "B", "c3", 10));
        return new RepOrders("test", List.of("region", "channel"), orders, Map.of("A", "Ann", "B", "Bo"),
                Map.of("A", "North", "B", "South"));
    }

    private static RepSettings settings(RepOutcome outcome, List<String> adjust) {
        return new RepSettings(outcome, adjust, false, RepPeriod.QUARTER, 90, 3);
    }

    private static RepScorecard card(SalesTeamResult r, String rep, String period) {
        return r.scorecards().stream().filter(c -> c.repId().equals(rep) && c.period().equals(period))
                .findFirst().orElseThrow();
    }

    @Test
    void scorecardsCountNewRepeatAndLostCustomersByHand() {
        SalesTeamResult r = new SalesTeamAnalysis().run(small(), List.of(new RepQuota("A", "2025-Q1", 600)),
                settings(RepOutcome.ORDER_VALUE, List.of("region")), Progress.none());
        RepScorecard a1 = card(r, "A", "2025-Q1");
        assertEquals(300, a1.revenue());
        assertEquals(2, a1.orders());
        assertEquals(2, a1.customers());
        assertEquals(2, a1.newCustomers());
        assertEquals(150, a1.averageOrderValue());
        assertEquals(0, a1.repeatRate());
        assertEquals(0, a1.lostShare(), "c1 and c2 both ordered again within 90 days of March 31");
        assertEquals(600, a1.quota());
        assertEquals(0.5, a1.attainment());
        RepScorecard a2 = card(r, "A", "2025-Q2");
        assertEquals(1, a2.repeatRate());
        assertEquals(0, a2.newCustomers());
        assertEquals(1, a2.lostShare());
        assertTrue(Double.isNaN(a2.quota()) && Double.isNaN(a2.attainment()));
        RepScorecard a3 = card(r, "A", "2025-Q3");
        assertEquals(0, a3.orders());
        assertTrue(Double.isNaN(a3.averageOrderValue()) && Double.isNaN(a3.repeatRate()));
        RepScorecard b1 = card(r, "B", "2025-Q1");
        assertEquals(1, b1.newCustomers());
        assertEquals(1, b1.lostShare(), "c3's next order is 9 months later");
        RepScorecard b2 = card(r, "B", "2025-Q2");
        assertEquals(0, b2.newCustomers(), "c2 first bought from A");
        assertEquals(0, b2.repeatRate());
        RepScorecard b4 = card(r, "B", "2025-Q4");
        assertEquals(1, b4.repeatRate());
        assertTrue(Double.isNaN(b4.lostShare()), "the churn window runs past the data");
        assertEquals(8, r.scorecards().size());
        assertTrue(r.trends().isEmpty(), "a year of history is too short for a trend");
        assertEquals(List.of("(intercept)", "region=South"), r.fixedEffectNames());
        assertEquals(300 + 50, r.effects().stream().filter(e -> e.repId().equals("A")).findFirst().orElseThrow()
                .rawValue());
    }

    @Test
    void perCustomerOutcomes() {
        SalesTeamResult orders = new SalesTeamAnalysis().run(small(), List.of(),
                settings(RepOutcome.ORDERS, List.of()), Progress.none());
        for (RepEffect e : orders.effects()) {
            assertEquals(1.5, e.rawValue(), 1e-12);
            assertEquals(2, e.observations());
        }
        SalesTeamResult kept = new SalesTeamAnalysis().run(small(), List.of(),
                settings(RepOutcome.RETENTION, List.of()), Progress.none());
        RepEffect b = kept.effects().stream().filter(e -> e.repId().equals("B")).findFirst().orElseThrow();
        RepEffect a = kept.effects().stream().filter(e -> e.repId().equals("A")).findFirst().orElseThrow();
        assertEquals(0.5, b.rawValue(), 1e-12, "c3 ordered after the cutoff, c2 did not");
        assertEquals(0, a.rawValue(), 1e-12);
        assertEquals(1, b.rankRaw());
        assertEquals("Bo", b.name());
        assertEquals("South", b.region());
    }

    @Test
    void quotasNamingUnknownRepsOrPeriodsAreRefusedWithTheirNames() {
        UnsuitableDataException reps = assertThrows(UnsuitableDataException.class, () -> new SalesTeamAnalysis()
                .run(small(), List.of(new RepQuota("Z9", "2025-Q1", 5)),
                        settings(RepOutcome.ORDER_VALUE, List.of()), Progress.none()));
        assertEquals("sales.quota.unknownReps", reps.messageKey());
        assertEquals("Z9", reps.args()[0]);
        UnsuitableDataException periods = assertThrows(UnsuitableDataException.class, () -> new SalesTeamAnalysis()
                .run(small(), List.of(new RepQuota("A", "2024-Q4", 5), new RepQuota("B", "2025-03", 5)),
                        settings(RepOutcome.ORDER_VALUE, List.of()), Progress.none()));
        assertEquals("sales.quota.unknownPeriods", periods.messageKey());
        assertEquals("2024-Q4, 2025-03", periods.args()[0]);
    }

    @Test
    void unknownFactorNamesTheKnownOnes() {
        BadParameterException e = assertThrows(BadParameterException.class, () -> new SalesTeamAnalysis()
                .run(small(), List.of(), settings(RepOutcome.ORDER_VALUE, List.of("territory")), Progress.none()));
        assertEquals("adjust-for", e.parameter());
        assertEquals("territory", e.args()[0]);
        assertEquals("region, channel", e.args()[1]);
    }

    @Test
    void emptyOrSingleRepDataIsUnsuitable() {
        RepOrders none = new RepOrders("t", List.of(), List.of(), Map.of(), Map.of());
        assertEquals("sales.data.noOrders", assertThrows(UnsuitableDataException.class, () -> new SalesTeamAnalysis()
                .run(none, List.of(), settings(RepOutcome.ORDERS, List.of()), Progress.none())).messageKey());
        List<RepOrder> one = new ArrayList<>(small().orders().stream().filter(o -> o.repId().equals("A")).toList());
        RepOrders single = new RepOrders("t", List.of("region", "channel"), one, Map.of(), Map.of());
        assertEquals("sales.data.oneRep", assertThrows(UnsuitableDataException.class, () -> new SalesTeamAnalysis()
                .run(single, List.of(), settings(RepOutcome.ORDERS, List.of()), Progress.none())).messageKey());
    }

    @Test
    void cancellationStopsTheRun() {
        List<String> stages = new ArrayList<>();
        Progress cancelled = new Progress() {
            @Override
            public void worked(long done, long total) {
            }

            @Override
            public void stage(String messageKey, Object... args) {
                stages.add(messageKey);
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> new SalesTeamAnalysis().run(small(), List.of(),
                settings(RepOutcome.ORDER_VALUE, List.of()), cancelled));
        assertEquals(List.of("sales.progress.scorecards"), stages);
    }

    @Test
    void everyMessageKeyOfThePackageIsInBothBundles() throws IOException {
        Properties en = new Properties();
        Properties zh = new Properties();
        try (var in = getClass().getResourceAsStream("/i18n/messages.properties");
             var inZh = getClass().getResourceAsStream("/i18n/messages_zh.properties")) {
            en.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            zh.load(new InputStreamReader(inZh, StandardCharsets.UTF_8));
        }
        Pattern key = Pattern.compile("\"(sales\\.[a-zA-Z.]+)\"");
        int found = 0;
        try (var files = Files.list(Path.of("src/main/java/org/crmworkbench/analysis/sales"))) {
            for (Path f : files.toList()) {
                var m = key.matcher(Files.readString(f));
                while (m.find()) {
                    found++;
                    assertTrue(en.containsKey(m.group(1)) && zh.containsKey(m.group(1)), f + ": " + m.group(1));
                }
            }
        }
        assertTrue(found >= 10, "keys found: " + found);
    }

    @Test
    void withoutVarianceBetweenRepsNoRankShiftIsClaimed() {
        // eight reps whose order values are the same spread of amounts: REML puts the rep SD at 0, every effect is 0
        // and the adjusted ranks are ties, whatever raw revenue says
        List<RepOrder> orders = new ArrayList<>();
        int n = 0;
        for (int r = 0; r < 8; r++) {
            for (int i = 0; i <= r; i++) {
                for (double amount : new double[] {50, 100, 200}) {
                    orders.add(new RepOrder("o" + n++, "R" + r, "c" + r + "-" + i, LocalDate.of(2025, 1 + i, 5),
                            amount, List.of("North", "store")));
                }
            }
        }
        RepOrders team = new RepOrders("test", List.of("region", "channel"), orders, Map.of(), Map.of());
        SalesTeamResult r = new SalesTeamAnalysis().run(team, List.of(), settings(RepOutcome.ORDER_VALUE, List.of()),
                Progress.none());
        assertEquals(0.0, r.fit().groupSd(), 1e-9);
        assertTrue(r.shifts().isEmpty(), "no shifts between tied ranks: " + r.shifts());
    }

    @Test
    void ranksAreOneForTheLargestWithNaNLast() {
        assertArrayEquals(new int[] {2, 3, 1}, FairComparison.ranks(List.of("a", "b", "c"),
                new double[] {1, Double.NaN, 5}));
    }
}
