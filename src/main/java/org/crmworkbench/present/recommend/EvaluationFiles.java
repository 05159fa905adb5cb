package org.crmworkbench.present.recommend;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.crmworkbench.analysis.recommend.AlgorithmScores;
import org.crmworkbench.analysis.recommend.NeighbourPoint;
import org.crmworkbench.present.OutputFiles;

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
        OutputFiles.writeCsv(file, csv -> {
            csv.writeRecord(metricsHeader(n));
            for (AlgorithmScores s : scores) {
                csv.writeRecord(s.algorithm().cliName(), s.parameters(), CsvNumbers.number(s.rmse()),
                        CsvNumbers.number(s.mae()), CsvNumbers.number(s.precision()), CsvNumbers.number(s.recall()),
                        CsvNumbers.number(s.ndcg()), CsvNumbers.number(s.map()), CsvNumbers.number(s.hitRate()),
                        CsvNumbers.number(s.coverage()), CsvNumbers.number(s.fitSeconds()),
                        CsvNumbers.number(s.predictSeconds()));
            }
        });
    }

    public void writeNeighbours(Path file, List<NeighbourPoint> points) throws IOException {
        int n = points.isEmpty() ? 10 : points.get(0).n();
        OutputFiles.writeCsv(file, csv -> {
            csv.writeRecord("algorithm", "neighbours", "rmse", "precision@" + n);
            for (NeighbourPoint p : points) {
                csv.writeRecord(p.algorithm().cliName(), Integer.toString(p.neighbours()),
                        CsvNumbers.number(p.rmse()), CsvNumbers.number(p.precision()));
            }
        });
    }
}
