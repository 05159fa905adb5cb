package org.crmworkbench.analysis.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crmworkbench.model.RepOrder;
import org.crmworkbench.model.RepOrders;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

/** 100,000 orders of 20 reps in 4 regions with planted rep and region effects on log order value. */
class LargeTeamTest {

    @Test
    void recoversPlantedEffectsOnAHundredThousandOrders() {
        Random rnd = new Random(1807);
        String[] regions = {"North", "South", "East", "West"};
        double[] regionEffect = {0.4, 0.0, -0.3, 0.1};
        int reps = 20;
        double[] planted = new double[reps];
        for (int r = 0; r < reps; r++) {
            planted[r] = 0.2 * rnd.nextGaussian();
        }
        // centre the planted effects within each region: the region dummies take the regions' means
        for (int g = 0; g < 4; g++) {
            double mean = 0;
            for (int r = g; r < reps; r += 4) {
                mean += planted[r] / 5;
            }
            for (int r = g; r < reps; r += 4) {
                planted[r] -= mean;
            }
        }
        Map<String, String> regionOf = new HashMap<>();
        List<RepOrder> orders = new ArrayList<>();
        LocalDate start = LocalDate.of(2023, 10, 1);
        for (int i = 0; i < 100_000; i++) {
            int r = rnd.nextInt(reps);
            String rep = String.format("R%03d", r + 1);
            regionOf.put(rep, regions[r % 4]);
            boolean phone = rnd.nextInt(3) == 0;
            LocalDate date = start.plusDays(rnd.nextInt(3 * 365));
            double logAmount = 4.5 + regionEffect[r % 4] + planted[r] + (phone ? -0.1 : 0)
                    + 0.1 * Math.sin(date.getMonthValue()) + 0.8 * rnd.nextGaussian();
            orders.add(new RepOrder("O" + i, rep, "C" + rnd.nextInt(20_000), date, Math.exp(logAmount),
                    List.of(regions[r % 4], phone ? "phone" : "store")));
        }
        orders.sort((a, b) -> a.date().compareTo(b.date()));
        RepOrders data = new RepOrders("synthetic", List.of("region", "channel"), orders, Map.of(), regionOf);
        SalesTeamResult result = new SalesTeamAnalysis().run(data, List.of(),
                new RepSettings(RepOutcome.ORDER_VALUE, List.of("region", "channel"), true, RepPeriod.QUARTER, 180,
                        3), Progress.none());
        assertEquals(100_000, result.fit().observations());
        int covered = 0;
        double[] effect = new double[reps];
        double[] truth = new double[reps];
        for (int i = 0; i < reps; i++) {
            RepEffect e = result.effects().get(i);
            int r = Integer.parseInt(e.repId().substring(1)) - 1;
            effect[i] = e.effect();
            truth[i] = planted[r];
            covered += e.lower() <= planted[r] && planted[r] <= e.upper() ? 1 : 0;
        }
        double rho = PlantedRepsTest.spearman(effect, truth);
        System.out.printf("100k orders: Spearman %.3f, %d of %d intervals cover, residual SD %.4f%n", rho, covered,
                reps, result.fit().residualSd());
        assertTrue(rho >= 0.95, "Spearman " + rho);
        assertTrue(covered >= 16, covered + " of 20 intervals cover the planted effect");
        assertEquals(0.8, result.fit().residualSd(), 0.01);
        int phone = result.fixedEffectNames().indexOf("channel=phone");
        assertEquals(-0.1, result.fit().beta()[phone], 0.02);
        assertEquals(20, result.trends().size());
    }
}
