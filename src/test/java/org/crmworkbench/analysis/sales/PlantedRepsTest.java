package org.crmworkbench.analysis.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmworkbench.data.sample.PlantedTruth;
import org.crmworkbench.data.sample.SampleDataGenerator;
import org.crmworkbench.data.sample.SampleDataSpec;
import org.crmworkbench.model.RepOrder;
import org.crmworkbench.model.RepOrders;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fair comparison on the generator's data, whose rep performance and territory effects are planted. */
class PlantedRepsTest {
    @TempDir
    static Path dir;
    static RepOrders orders;
    static PlantedTruth truth;

    @BeforeAll
    static void generate() throws IOException {
        SampleDataGenerator generator = new SampleDataGenerator(SampleDataSpec.builder(4_000)
                .salesReps(40).ratings(4_000).seed(18L).build());
        generator.writeTo(dir, false, Progress.none());
        truth = generator.truth();
        orders = read(dir);
    }

    /** The generator's CSVs as the sales team sees them: orders with a rep, factors region (customer's) and channel. */
    static RepOrders read(Path data) throws IOException {
        Map<String, String> customerRegion = new HashMap<>();
        for (String[] f : rows(data.resolve("customers.csv"))) {
            customerRegion.put(f[0], f[4]);
        }
        Map<String, String> names = new HashMap<>();
        Map<String, String> regions = new HashMap<>();
        for (String[] f : rows(data.resolve("sales_reps.csv"))) {
            names.put(f[0], f[1]);
            regions.put(f[0], f[2]);
        }
        List<RepOrder> list = new ArrayList<>();
        for (String[] f : rows(data.resolve("orders.csv"))) {
            if (f[4].isEmpty()) {
                continue;
            }
            list.add(new RepOrder(f[0], f[4], f[1], LocalDate.parse(f[2]), Double.parseDouble(f[5]),
                    List.of(customerRegion.getOrDefault(f[1], ""), f[3])));
        }
        return new RepOrders(data.toString(), List.of("region", "channel"), list, names, regions);
    }

    private static List<String[]> rows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String[]> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            // the fields used here never hold quoted commas
            out.add(line.split(",", -1));
        }
        return out;
    }

    @Test
    void adjustedEffectsRecoverPlantedPerformanceAndRawRevenueDoesNot() {
        RepSettings settings = new RepSettings(RepOutcome.ORDER_VALUE, List.of("region", "channel"), true,
                RepPeriod.QUARTER, 180, 6);
        SalesTeamResult result = new SalesTeamAnalysis().run(orders, List.of(), settings, Progress.none());
        List<RepEffect> effects = result.effects();
        int k = effects.size();
        double[] planted = new double[k];
        double[] adjusted = new double[k];
        double[] raw = new double[k];
        for (int i = 0; i < k; i++) {
            RepEffect e = effects.get(i);
            planted[i] = truth.repPerformance(e.repId());
            adjusted[i] = e.effect();
            raw[i] = e.rawValue();
        }
        double rhoAdjusted = spearman(adjusted, planted);
        double rhoRaw = spearman(raw, planted);
        System.out.printf("reps %d: Spearman adjusted %.3f, raw revenue %.3f; shifts %s; sigma_u %.4f sigma %.4f%n",
                k, rhoAdjusted, rhoRaw, result.shifts(), result.fit().groupSd(), result.fit().residualSd());
        assertTrue(rhoAdjusted >= 0.7, "adjusted Spearman " + rhoAdjusted);
        assertTrue(rhoAdjusted >= rhoRaw + 0.10, "adjusted " + rhoAdjusted + " vs raw " + rhoRaw);
        assertFalse(result.shifts().isEmpty(), "raw revenue ranks should be distorted by territory");
        for (RankShift shift : result.shifts()) {
            assertTrue(Math.abs(shift.rankRaw() - shift.rankAdjusted()) >= 10, shift.toString());
        }
        assertTrue(result.fixedEffectNames().contains("region=Southeast Asia") || result.fixedEffectNames()
                .stream().anyMatch(n -> n.startsWith("region=")));
        assertEquals(1, effects.get(0).rankAdjusted());
        // the territory effect is picked up by the region dummies, not by the reps: a larger basket factor,
        // a larger coefficient (reference: the most common region)
        Map<String, Double> coef = new HashMap<>();
        for (int c = 0; c < result.fixedEffectNames().size(); c++) {
            coef.put(result.fixedEffectNames().get(c), result.fit().beta()[c]);
        }
        System.out.println("fixed effects " + coef);
        List<String> regionNames = List.of("North America", "Europe", "Greater China", "Southeast Asia", "Oceania");
        double[] regionCoef = new double[regionNames.size()];
        double[] territory = new double[regionNames.size()];
        for (int r = 0; r < regionNames.size(); r++) {
            regionCoef[r] = coef.getOrDefault("region=" + regionNames.get(r), 0.0);
            territory[r] = truth.territoryFactor(regionNames.get(r));
        }
        assertEquals(1.0, spearman(regionCoef, territory), 1e-12, "region coefficients follow the territory factors");
        for (RepTrend t : result.trends()) {
            assertEquals(6, t.forecast().length);
            assertEquals(3, t.checked().length);
            assertTrue(t.months().size() >= RepTrends.MINIMUM_MONTHS);
        }
        assertFalse(result.trends().isEmpty());
        double actual = 0;
        double error = 0;
        double naiveError = 0;
        for (RepTrend t : result.trends()) {
            int n = t.revenue().length;
            for (int i = 0; i < 3; i++) {
                double a = t.revenue()[n - 3 + i];
                actual += a;
                error += Math.abs(a - t.checked()[i]);
                naiveError += Math.abs(a - t.revenue()[n - 15 + i]);
            }
        }
        System.out.printf("trends %d, models %s; last 3 months: relative abs error %.3f (seasonal naive %.3f)%n",
                result.trends().size(), result.trends().stream().map(RepTrend::model).toList(), error / actual,
                naiveError / actual);
        // the models chosen by backtest forecast the held-out months better than repeating last year's
        assertTrue(error < naiveError, error + " vs " + naiveError);
    }

    static double spearman(double[] a, double[] b) {
        double[] ra = ranks(a);
        double[] rb = ranks(b);
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += ra[i] / a.length;
            mb += rb[i] / a.length;
        }
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (ra[i] - ma) * (rb[i] - mb);
            saa += (ra[i] - ma) * (ra[i] - ma);
            sbb += (rb[i] - mb) * (rb[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }

    private static double[] ranks(double[] v) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double below = 0;
            double same = 0;
            for (double w : v) {
                below += w < v[i] ? 1 : 0;
                same += w == v[i] ? 1 : 0;
            }
            r[i] = below + (same + 1) / 2;
        }
        return r;
    }
}
