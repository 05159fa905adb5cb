package org.crmworkbench.analysis.spark;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.crmworkbench.analysis.recommend.BiasedFactorModel;
import org.crmworkbench.analysis.recommend.MatrixFactorization;
import org.crmworkbench.analysis.recommend.RatingMatrix;
import org.crmworkbench.analysis.recommend.Recommender;
import org.crmworkbench.analysis.recommend.RecommenderInput;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.work.Progress;

/**
 * Biased matrix factorisation, {@code r = mu + b_u + b_i + p_u . q_i}, with the factors fitted by Spark MLlib's
 * explicit {@code ALS}. Spark's ALS has no bias terms, so the biases are fitted here first (alternating ridge
 * solves of the biases alone, with the penalty weighted by rating counts as in the local ALS), Spark factorises what
 * they leave ({@code r - mu - b_u - b_i}) with the same regularisation (Spark weights it by rating counts too), and
 * one more pass re-solves the biases against the factors. The result is the local engine's model record, so lists,
 * explanations and the evaluation bench are unchanged.
 */
final class SparkAls implements Recommender {
    /** Passes of the biases-only solve before Spark's factors. */
    static final int BIAS_PASSES = 10;

    private final SparkEngine engine;
    private final RecommenderSettings settings;

    SparkAls(SparkEngine engine, RecommenderSettings settings) {
        this.engine = engine;
        this.settings = settings;
    }

    @Override
    public RecommenderSettings settings() {
        return settings;
    }

    @Override
    public BiasedFactorModel fit(RecommenderInput input, Progress progress) {
        RatingMatrix r = input.ratings();
        MatrixFactorization.requireFits(r, settings);
        int f = settings.factors();
        double lambda = settings.regularisation();
        double mu = r.globalMean();
        double[] bu = new double[r.userCount()];
        double[] bi = new double[r.itemCount()];
        double[] p = new double[r.userCount() * f];
        double[] q = new double[r.itemCount() * f];
        for (int pass = 0; pass < BIAS_PASSES; pass++) {
            solveBiases(r, f, mu, lambda, bu, bi, p, q);
        }
        int[] userOf = new int[r.size()];
        for (int u = 0; u < r.userCount(); u++) {
            java.util.Arrays.fill(userOf, r.userStart(u), r.userEnd(u), u);
        }
        progress.stage("engine.spark.progress.staging");
        try (SparkStaging staging = engine.staging()) {
            String folder = staging.write("ratings", r.size(), SparkKMeans.partitions(r.size()), (pos, line) -> {
                int u = userOf[pos];
                int i = r.itemAt(pos);
                line.append(u).append(',').append(i).append(',').append(r.valueAt(pos) - mu - bu[u] - bi[i]);
            }, progress);
            progress.stage("engine.spark.progress.als", f, settings.epochs());
            new SparkJobs(engine).run("ALS, " + f + " factors", progress, () -> {
                StructType schema = new StructType()
                        .add("user", DataTypes.IntegerType, false)
                        .add("item", DataTypes.IntegerType, false)
                        .add("rating", DataTypes.FloatType, false);
                Dataset<Row> ratings = engine.session().read().schema(schema).csv(folder);
                ALSModel model = new ALS().setRank(f).setMaxIter(settings.epochs()).setRegParam(lambda)
                        .setSeed(settings.seed()).setImplicitPrefs(false).setNonnegative(false)
                        .setUserCol("user").setItemCol("item").setRatingCol("rating").fit(ratings);
                copyFactors(model.userFactors(), p, f);
                copyFactors(model.itemFactors(), q, f);
                return null;
            });
        }
        solveBiases(r, f, mu, lambda, bu, bi, p, q);
        double loss = MatrixFactorization.objective(r, f, mu, bu, bi, p, q, lambda);
        return BiasedFactorModel.fitted(r, f, mu, bu, bi, p, q, new double[] {loss});
    }

    /** Rows {@code (id, features)} of a factor table into {@code target}, {@code f} values per id. */
    private static void copyFactors(Dataset<Row> table, double[] target, int f) {
        Iterator<Row> rows = table.select("id", "features").toLocalIterator();
        while (rows.hasNext()) {
            Row row = rows.next();
            int id = row.getInt(0);
            List<Object> features = row.getList(1);
            for (int c = 0; c < f; c++) {
                target[id * f + c] = ((Number) features.get(c)).doubleValue();
            }
        }
    }

    /**
     * One pass of ridge solves for the biases with the factors fixed: every customer's {@code b_u}, then every
     * product's {@code b_i}, each minimising its squared errors plus {@code lambda n} times its square.
     */
    static void solveBiases(RatingMatrix r, int f, double mu, double lambda, double[] bu, double[] bi, double[] p,
                            double[] q) {
        for (int u = 0; u < r.userCount(); u++) {
            int n = r.ratingsOfUser(u);
            if (n == 0) {
                continue;
            }
            double sum = 0;
            for (int pos = r.userStart(u); pos < r.userEnd(u); pos++) {
                int i = r.itemAt(pos);
                sum += r.valueAt(pos) - mu - bi[i] - dot(p, u, q, i, f);
            }
            bu[u] = sum / (n * (1 + lambda));
        }
        for (int i = 0; i < r.itemCount(); i++) {
            int n = r.ratingsOfItem(i);
            if (n == 0) {
                continue;
            }
            double sum = 0;
            for (int pos = r.itemStart(i); pos < r.itemEnd(i); pos++) {
                int u = r.userAtItemPosition(pos);
                sum += r.valueAtItemPosition(pos) - mu - bu[u] - dot(p, u, q, i, f);
            }
            bi[i] = sum / (n * (1 + lambda));
        }
    }

    private static double dot(double[] p, int u, double[] q, int i, int f) {
        double s = 0;
        for (int c = 0; c < f; c++) {
            s += p[u * f + c] * q[i * f + c];
        }
        return s;
    }
}
