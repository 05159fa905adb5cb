package org.crmworkbench.analysis.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.ml.fpm.FPGrowth;
import org.apache.spark.ml.fpm.FPGrowthModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.crmworkbench.analysis.basket.BasketSettings;
import org.crmworkbench.analysis.basket.FrequentItemsets;
import org.crmworkbench.analysis.basket.Itemset;
import org.crmworkbench.analysis.basket.ItemsetMiner;
import org.crmworkbench.analysis.basket.MiningLimitException;
import org.crmworkbench.analysis.basket.Transactions;
import org.crmworkbench.work.Progress;
import org.crmworkbench.work.UnsuitableDataException;

/**
 * Frequent itemsets by Spark MLlib's {@code FPGrowth} (parallel FP-growth). Spark keeps an itemset when its count
 * reaches {@code ceil(minSupport * n)}; it is given a support just under {@link BasketSettings#minCount(int)} / n so
 * that the threshold is exactly the local engine's. Spark has no length limit: longer itemsets are dropped as they
 * come back, and the settings' memory cap is kept on what comes back.
 */
final class SparkFpGrowth implements ItemsetMiner {
    private final SparkEngine engine;

    SparkFpGrowth(SparkEngine engine) {
        this.engine = engine;
    }

    @Override
    public FrequentItemsets mine(Transactions transactions, BasketSettings settings, Progress progress) {
        int n = transactions.size();
        if (n == 0) {
            throw new UnsuitableDataException("basket.error.noTransactions", "there are no transactions to mine");
        }
        int minCount = settings.minCount(n);
        double support = (minCount - 0.5) / n;
        progress.stage("engine.spark.progress.staging");
        try (SparkStaging staging = engine.staging()) {
            String folder = staging.write("baskets", n, SparkKMeans.partitions(transactions.entries() / 4),
                    (t, line) -> {
                        int[] basket = transactions.basket(t);
                        for (int k = 0; k < basket.length; k++) {
                            if (k > 0) {
                                line.append(' ');
                            }
                            line.append(basket[k]);
                        }
                    }, progress);
            progress.stage("engine.spark.progress.fpgrowth");
            return new SparkJobs(engine).run("FP-growth", progress, () -> {
                Dataset<Row> lines = engine.session().read()
                        .schema(new StructType().add("line", DataTypes.StringType, true)).text(folder);
                Dataset<Row> baskets = lines.select(functions.array_distinct(functions.split(
                        functions.col("line"), " ").cast("array<int>")).as("items"));
                FPGrowthModel model = new FPGrowth().setItemsCol("items").setMinSupport(support)
                        .setMinConfidence(1.0).fit(baskets);
                return collect(model.freqItemsets(), n, settings, progress);
            });
        }
    }

    private static FrequentItemsets collect(Dataset<Row> itemsets, int n, BasketSettings settings,
                                            Progress progress) {
        long capBytes = (long) settings.memoryCapMb() << 20;
        long heldBytes = 0;
        List<Itemset> found = new ArrayList<>();
        Iterator<Row> rows = itemsets.toLocalIterator();
        while (rows.hasNext()) {
            Row row = rows.next();
            List<Integer> items = row.getList(0);
            if (items.size() > settings.maxLength()) {
                continue;
            }
            int[] set = new int[items.size()];
            for (int k = 0; k < set.length; k++) {
                set[k] = items.get(k);
            }
            found.add(new Itemset(set, (int) row.getLong(1)));
            heldBytes += 48 + 4L * set.length;
            if (heldBytes > capBytes) {
                throw new MiningLimitException(found.size(), settings.memoryCapMb(), settings.minSupport());
            }
            if ((found.size() & 0x3FFF) == 0) {
                progress.checkCancelled();
            }
        }
        return FrequentItemsets.of(n, found);
    }
}
