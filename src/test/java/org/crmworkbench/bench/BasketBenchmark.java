package org.crmworkbench.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;
import org.crmworkbench.analysis.basket.BasketAnalysis;
import org.crmworkbench.analysis.basket.BasketSettings;
import org.crmworkbench.analysis.basket.Groceries;
import org.crmworkbench.analysis.basket.MiningAlgorithm;
import org.crmworkbench.analysis.basket.Transactions;
import org.crmworkbench.work.Progress;
import smile.association.FPGrowth;
import smile.association.FPTree;

/**
 * Frequent-itemset mining benchmark (not a test). On arules' Groceries (9,835 baskets, 169 items) at support 0.001
 * and on 1,000,000 generated baskets ({@link BasketBenchData}: 1,000 products, Zipf popularity, 4 to 10 draws,
 * companions; seed 15) at support 0.0005, it times our FP-growth, Apriori and Eclat ({@code BasketAnalysis.itemsets}:
 * the sorted, indexed {@code FrequentItemsets}) and Smile 3.1.1's {@code FPGrowth} (tree and itemsets collected to a
 * list) in the same run, warm: the rounds interleave the four so that load on the machine falls on all alike, and
 * the median is printed with itemsets per second, the ratio to Smile's time and the peak heap above the data
 * (sampled every millisecond during one extra run of each). It checks that all four find as many itemsets. Goal: our
 * FP-growth at least twice as fast as Smile's. Measured 2026-12-07 on the loaded 2-core machine: Groceries 11.6 ms
 * against Smile's 16.0 ms (0.72; Apriori 28.5, Eclat 25.3); 1,000,000 baskets 4.0 s against 13.4 s (0.30; Apriori
 * 4.2 s, Eclat 5.9 s), peak heap +388 MB against +902 MB. The heap sampler misses the few MB of a Groceries run.
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java@basket-benchmark} from the project directory (about five minutes;
 * Smile takes 20 to 50 s a run on the million baskets).
 */
public final class BasketBenchmark {
    private BasketBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf(Locale.ROOT, "%d threads, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        Transactions groceries = Groceries.load();
        compare("Groceries, 9,835 baskets, support 0.001", groceries, 0.001, 40, 21);

        long start = System.nanoTime();
        int[][] generated = BasketBenchData.baskets(1_000_000, 1000, 15L);
        Transactions big = Transactions.ofNumbered(generated, 1000);
        System.out.printf(Locale.ROOT, "%ngenerated 1,000,000 baskets (%,d purchases, %.1f a basket) in %.0f ms%n",
                big.entries(), big.entries() / 1e6, (System.nanoTime() - start) / 1e6);
        generated = null;
        compare("1,000,000 generated baskets, support 0.0005", big, 0.0005, 1, 3);
    }

    private static void compare(String label, Transactions transactions, double support, int warm, int rounds)
            throws InterruptedException {
        BasketSettings settings = BasketSettings.of(support, 0.5);
        int minCount = settings.minCount(transactions.size());
        int[][] baskets = new int[transactions.size()][];
        Arrays.setAll(baskets, transactions::basket);
        BasketAnalysis analysis = new BasketAnalysis();
        Map<String, IntSupplier> methods = new LinkedHashMap<>();
        for (MiningAlgorithm a : MiningAlgorithm.values()) {
            BasketSettings s = settings.withAlgorithm(a);
            methods.put("ours, " + a.cliName(), () -> analysis.itemsets(transactions, s, Progress.none()).size());
        }
        methods.put("Smile FPGrowth", () -> FPGrowth.apply(FPTree.of(minCount, baskets)).toList().size());
        System.out.printf(Locale.ROOT, "%n%s (min count %d), %d warm-up runs, median of %d interleaved rounds%n",
                label, minCount, warm, rounds);
        Map<String, Integer> found = new LinkedHashMap<>();
        for (int w = 0; w < warm; w++) {
            methods.forEach((name, method) -> found.put(name, method.getAsInt()));
        }
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            for (Map.Entry<String, IntSupplier> m : methods.entrySet()) {
                long t0 = System.nanoTime();
                found.put(m.getKey(), m.getValue().getAsInt());
                times.computeIfAbsent(m.getKey(), k -> new ArrayList<>()).add((System.nanoTime() - t0) / 1e6);
            }
        }
        double smileMs = median(times.get("Smile FPGrowth"));
        for (Map.Entry<String, IntSupplier> m : methods.entrySet()) {
            double ms = median(times.get(m.getKey()));
            double peakMb = peakHeapMb(m.getValue());
            int itemsets = found.get(m.getKey());
            System.out.printf(Locale.ROOT, "  %-16s %10.1f ms  %,9d itemsets  %,12.0f itemsets/s  ratio to Smile %.2f"
                    + "  peak heap +%.1f MB%n", m.getKey(), ms, itemsets, itemsets / (ms / 1000), ms / smileMs,
                    peakMb);
        }
        if (found.values().stream().distinct().count() != 1) {
            System.out.println("  DISAGREEMENT: " + found);
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    /** The most heap in use above what was in use before, while {@code work} runs once, sampled every ms. */
    private static double peakHeapMb(IntSupplier work) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        Thread.sleep(50);
        long before = memory.getHeapMemoryUsage().getUsed();
        long[] peak = {before};
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        work.getAsInt();
        sampler.interrupt();
        sampler.join();
        peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed());
        return (peak[0] - before) / 1048576.0;
    }
}
