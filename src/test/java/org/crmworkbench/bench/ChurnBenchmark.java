package org.crmworkbench.bench;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.crmworkbench.analysis.predict.ChurnStudy;
import org.crmworkbench.analysis.predict.ClassBalance;
import org.crmworkbench.analysis.predict.ClassificationSettings;
import org.crmworkbench.analysis.predict.ClassifierModel;
import org.crmworkbench.analysis.predict.Evaluation;
import org.crmworkbench.analysis.predict.LogisticRegressionFit;
import org.crmworkbench.analysis.predict.PredictorData;
import org.crmworkbench.analysis.predict.PredictorEncoding;
import org.crmworkbench.work.Progress;

/**
 * Churn classifier benchmark (not a test): planted logistic data of 2,000 and 100,000 rows x 10 features. Prints
 * the time of one logistic regression fit on all rows (ours, Newton steps, after 20 warm-up fits; median of 5)
 * against scikit-learn 1.2.1's
 * {@code LogisticRegression(penalty=None, solver="lbfgs")} on data of the same shape, timed by
 * {@code /usr/bin/python3 src/test/resources/bench/sklearn_logistic.py} (median of 5 fits); then the time of one
 * hold-out evaluation ({@link ChurnStudy#compare} with no folds: a fit on 75% of the rows and scoring the rest) of the
 * logistic regression, the random forest and gradient boosting (50 trees each). Without python3 it quotes the
 * scikit-learn figures measured once on this machine (2,000 rows: 11 ms; 100,000 rows: 243 ms).
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java@churn-benchmark}
 */
public final class ChurnBenchmark {
    private static final int COLS = 10;
    private static final int[] SIZES = {2_000, 100_000};
    private static final Map<Integer, Double> QUOTED_SKLEARN_MS = Map.of(2_000, 11.0, 100_000, 243.0);

    private ChurnBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<Integer, Double> sklearn = sklearn();
        System.out.printf("%d threads; scikit-learn figures %s%n", Runtime.getRuntime().availableProcessors(),
                sklearn.isEmpty() ? "quoted (python3 not run)" : "measured now");
        if (sklearn.isEmpty()) {
            sklearn = QUOTED_SKLEARN_MS;
        }
        PredictorData warmUp = planted(SIZES[0]);
        for (int r = 0; r < 20; r++) {
            new LogisticRegressionFit(warmUp.encoding().columns(), 0).fit(warmUp.x(), warmUp.y(), null,
                    Progress.none());
        }
        for (int rows : SIZES) {
            PredictorData data = planted(rows);
            LogisticRegressionFit fit = new LogisticRegressionFit(data.encoding().columns(), 0);
            double[] times = new double[5];
            for (int r = 0; r < times.length; r++) {
                long start = System.nanoTime();
                fit.fit(data.x(), data.y(), null, Progress.none());
                times[r] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(times);
            double ours = times[times.length / 2];
            double reference = sklearn.getOrDefault(rows, Double.NaN);
            System.out.printf("%,9d rows  logistic fit: ours %8.1f ms, scikit-learn %8.1f ms, ratio %.2f%n", rows,
                    ours, reference, ours / reference);
            ChurnStudy study = new ChurnStudy(data, new Evaluation(0.25, 0, 1));
            for (ClassifierModel model : ClassifierModel.values()) {
                ClassificationSettings settings = new ClassificationSettings(model, ClassBalance.NONE, 0, 50);
                long start = System.nanoTime();
                double auc = study.compare(List.of(settings), Progress.none()).get(0).auc();
                System.out.printf("%,9d rows  %-8s hold-out fit and score %9.1f ms (AUC %.3f)%n", rows, model.key(),
                        (System.nanoTime() - start) / 1e6, auc);
            }
        }
    }

    private static PredictorData planted(int rows) {
        SplittableRandom random = new SplittableRandom(7);
        double[][] x = new double[rows][COLS];
        double[] y = new double[rows];
        List<String> ids = new ArrayList<>();
        int[] tableRows = new int[rows];
        for (int i = 0; i < rows; i++) {
            double eta = -1;
            for (int j = 0; j < COLS; j++) {
                double u = 1 - random.nextDouble();
                x[i][j] = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
                eta += (1.0 - 1.5 * j / (COLS - 1)) * x[i][j];
            }
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
            ids.add("C" + i);
            tableRows[i] = i;
        }
        List<String> columns = new ArrayList<>();
        List<List<String>> levels = new ArrayList<>();
        for (int j = 0; j < COLS; j++) {
            columns.add("x" + j);
            levels.add(List.of());
        }
        PredictorEncoding encoding = new PredictorEncoding(columns, columns, new double[COLS], levels);
        return new PredictorData("planted", "churned", ids, tableRows, x, y, encoding, 0);
    }

    /** Rows to milliseconds from the python script, or empty when it cannot run. */
    private static Map<Integer, Double> sklearn() {
        Map<Integer, Double> out = new HashMap<>();
        try {
            Path script = Files.createTempFile("sklearn_logistic", ".py");
            try (InputStream in = ChurnBenchmark.class.getResourceAsStream("/bench/sklearn_logistic.py")) {
                Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            List<String> command = new ArrayList<>(List.of("/usr/bin/python3", script.toString()));
            for (int rows : SIZES) {
                command.add(Integer.toString(rows));
            }
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String[] parts = line.trim().split("\\s+");
                    if (parts.length == 2 && parts[0].matches("\\d+")) {
                        out.put(Integer.parseInt(parts[0]), Double.parseDouble(parts[1]));
                    }
                }
            }
            process.waitFor();
            Files.deleteIfExists(script);
        } catch (Exception e) {
            out.clear();
        }
        return out;
    }
}
