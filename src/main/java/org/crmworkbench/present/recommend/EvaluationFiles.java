package org.crmworkbench.present.recommend;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.crmworkbench.analysis.recommend.AlgorithmScores;
import org.crmworkbench.analysis.recommend.NeighbourPoint;

/**
 * The files of a recommender evaluation: {@code metrics.csv} (one line per method: algorithm, parameters, rmse,
 * mae, precision@N, recall@N, ndcg@N, map@N, hit_rate@N, coverage, fit_seconds, predict_seconds; N the list
 * length, unknown values empty) and {@code neighbours.csv} (algorithm, neighbours, rmse, precision@N).
 */
public final class EvaluationFiles {

    /** The header of {@code metrics.csv} for lists of length {@code n}. */
    public static List<String> metricsHeader(int n) {
        return List.of("algorithm", "parameters", "rmse", "mae", "precision@" + n, "recall@" + n, "ndcg@" + n,
                "map@" + n, "hit_rate@" + n, "coverage", "fit_seconds", "predict_seconds");
    }

    public void writeMetrics(Path file, List<AlgorithmScores> scores) throws IOException {
        int n = scores.isEmpty() ? 10 : scores.get(0).n();
        CsvFiles.write(file, csv -> {
            csv.writeRecord(metricsHeader(n));
            for (AlgorithmScores s : scores) {
                csv.writeRecord(s.algorithm().cliName(), s.parameters(), CsvFiles.number(s.rmse()),
                        CsvFiles.number(s.mae()), CsvFiles.number(s.precision()), CsvFiles.number(s.recall()),
                        CsvFiles.number(s.ndcg()), CsvFiles.number(s.map()), CsvFiles.number(s.hitRate()),
                        CsvFiles.number(s.coverage()), CsvFiles.number(s.fitSeconds()),
                        CsvFiles.number(s.predictSeconds()));
            }
        });
    }

    public void writeNeighbours(Path file, List<NeighbourPoint> points) throws IOException {
        int n = points.isEmpty() ? 10 : points.get(0).n();
        CsvFiles.write(file, csv -> {
            csv.writeRecord("algorithm", "neighbours", "rmse", "precision@" + n);
            for (NeighbourPoint p : points) {
                csv.writeRecord(p.algorithm().cliName(), Integer.toString(p.neighbours()),
                        CsvFiles.number(p.rmse()), CsvFiles.number(p.precision()));
            }
        });
    }
}
