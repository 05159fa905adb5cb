package org.crmworkbench.analysis.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.crmworkbench.analysis.segment.Clustering;
import org.crmworkbench.analysis.segment.FeatureMatrix;
import org.crmworkbench.analysis.segment.KMeansFitter;
import org.crmworkbench.analysis.segment.KMeansParameters;
import org.crmworkbench.work.Progress;

/**
 * K-means on Spark MLlib's {@code KMeans} (k-means|| starts, Lloyd iterations): one fit per restart with seeds drawn
 * from the parameters' seed, the lowest within-cluster sum of squares kept, as the local engine keeps its best
 * restart. Its tolerance is Spark's (stop when no centre moves farther than it); its labels come back in row order.
 */
final class SparkKMeans implements KMeansFitter {
    private final SparkEngine engine;

    SparkKMeans(SparkEngine engine) {
        this.engine = engine;
    }

    @Override
    public Clustering fit(FeatureMatrix data, KMeansParameters parameters, Progress progress) {
        parameters.requireFits(data);
        int n = data.rows();
        int d = data.cols();
        progress.stage("engine.spark.progress.staging");
        try (SparkStaging staging = engine.staging()) {
            double[] values = data.values();
            String folder = staging.write("features", n, partitions(n), (row, line) -> {
                line.append(row);
                int offset = row * d;
                for (int c = 0; c < d; c++) {
                    line.append(',').append(values[offset + c]);
                }
            }, progress);
            List<StructField> fields = new ArrayList<>();
            fields.add(DataTypes.createStructField("row", DataTypes.IntegerType, false));
            String[] columns = new String[d];
            for (int c = 0; c < d; c++) {
                columns[c] = "f" + c;
                fields.add(DataTypes.createStructField(columns[c], DataTypes.DoubleType, false));
            }
            SparkJobs jobs = new SparkJobs(engine);
            progress.stage("engine.spark.progress.kmeans", parameters.k());
            return jobs.run("k-means, k = " + parameters.k(), progress, () -> {
                Dataset<Row> table = engine.session().read().schema(new StructType(fields.toArray(StructField[]::new)))
                        .csv(folder);
                Dataset<Row> points = new VectorAssembler().setInputCols(columns).setOutputCol("features")
                        .transform(table).select("row", "features").persist(StorageLevel.MEMORY_AND_DISK());
                try {
                    SplittableRandom seeds = new SplittableRandom(parameters.seed());
                    KMeansModel best = null;
                    for (int r = 0; r < parameters.restarts(); r++) {
                        progress.checkCancelled();
                        KMeansModel model = new KMeans().setK(parameters.k()).setSeed(seeds.nextLong())
                                .setMaxIter(parameters.maxIterations()).setTol(parameters.tolerance())
                                .setInitMode("k-means||").fit(points);
                        if (best == null || model.summary().trainingCost() < best.summary().trainingCost()) {
                            best = model;
                        }
                    }
                    return clustering(best, points, n, d);
                } finally {
                    points.unpersist();
                }
            });
        }
    }

    private static Clustering clustering(KMeansModel model, Dataset<Row> points, int n, int d) {
        Vector[] centres = model.clusterCenters();
        double[][] centroids = new double[centres.length][];
        for (int c = 0; c < centres.length; c++) {
            centroids[c] = centres[c].toArray();
        }
        int[] labels = new int[n];
        Iterator<Row> rows = model.transform(points).select("row", "prediction").toLocalIterator();
        while (rows.hasNext()) {
            Row row = rows.next();
            labels[row.getInt(0)] = row.getInt(1);
        }
        return new Clustering(org.crmworkbench.analysis.segment.KMeans.ALGORITHM, labels, centres.length, centroids,
                model.summary().numIter(), model.summary().trainingCost());
    }

    /** Part files: about 200,000 rows each, at least 2, at most 64. */
    static int partitions(long rows) {
        return (int) Math.max(2, Math.min(64, rows / 200_000 + 1));
    }
}
