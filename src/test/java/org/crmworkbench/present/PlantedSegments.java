package org.crmworkbench.present;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.crmworkbench.analysis.segment.Clustering;
import org.crmworkbench.analysis.segment.FeatureMatrix;
import org.crmworkbench.analysis.segment.KDistanceCurve;
import org.crmworkbench.analysis.segment.Projection;
import org.crmworkbench.analysis.segment.SegmentProfile;
import org.crmworkbench.present.segment.KChoiceSeries;

/**
 * Test data with planted segments: Gaussian blobs around known centres in a space of named features, with the
 * true labels as the clustering, a principal-component projection, profiles and a k-distance curve computed
 * directly (simple, slow methods; good enough to chart).
 */
public final class PlantedSegments {
    public static final List<String> FEATURES = List.of("recency_days", "frequency", "monetary", "tenure_days",
            "avg_basket", "share_electronics", "share_home-kitchen", "avg_rating", "loyalty_points_csv");

    public final FeatureMatrix matrix;
    public final Clustering clustering;
    public final Projection projection;
    public final Set<Integer> outliers = new HashSet<>();

    /** {@code n} rows in {@code k} blobs; {@code noiseShare} of the rows scattered uniformly and labelled noise. */
    public PlantedSegments(int n, int k, double noiseShare, long seed) {
        Random random = new Random(seed);
        int d = FEATURES.size();
        double[][] centres = new double[k][d];
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                centres[c][j] = random.nextGaussian() * 2.2;
            }
        }
        double[] values = new double[n * d];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            boolean noise = random.nextDouble() < noiseShare;
            int c = noise ? Clustering.NOISE : random.nextInt(k);
            labels[i] = c;
            for (int j = 0; j < d; j++) {
                values[i * d + j] = noise ? (random.nextDouble() - 0.5) * 12 : centres[c][j] + random.nextGaussian() * 0.7;
            }
            if (!noise && random.nextDouble() < 0.01) {
                values[i * d] += 6;
                outliers.add(i);
            }
        }
        matrix = new FeatureMatrix(values, n, FEATURES);
        double[][] means = Clustering.meansOf(matrix, labels, k);
        clustering = new Clustering("planted", labels, k, means, 0, Clustering.wcssOf(matrix, labels, means));
        projection = project(matrix, random);
    }

    private static Projection project(FeatureMatrix m, Random random) {
        int n = m.rows();
        int d = m.cols();
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += m.get(i, j) / n;
            }
        }
        double[][] cov = new double[d][d];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < d; a++) {
                double ca = m.get(i, a) - mean[a];
                for (int b = 0; b < d; b++) {
                    cov[a][b] += ca * (m.get(i, b) - mean[b]) / (n - 1);
                }
            }
        }
        double trace = 0;
        for (int a = 0; a < d; a++) {
            trace += cov[a][a];
        }
        double[][] axes = new double[2][];
        double[] explained = new double[2];
        for (int p = 0; p < 2; p++) {
            double[] v = new double[d];
            for (int j = 0; j < d; j++) {
                v[j] = random.nextGaussian();
            }
            double lambda = 0;
            for (int it = 0; it < 500; it++) {
                double[] w = new double[d];
                for (int a = 0; a < d; a++) {
                    for (int b = 0; b < d; b++) {
                        w[a] += cov[a][b] * v[b];
                    }
                }
                lambda = Math.sqrt(Arrays.stream(w).map(x -> x * x).sum());
                for (int a = 0; a < d; a++) {
                    v[a] = w[a] / lambda;
                }
            }
            axes[p] = v;
            explained[p] = lambda / trace;
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    cov[a][b] -= lambda * v[a] * v[b];
                }
            }
        }
        double[] x = new double[n];
        double[] y = new double[n];
        Projection partial = new Projection(x, y, explained, mean, axes, m.names());
        for (int i = 0; i < n; i++) {
            double[] p = partial.project(m.row(i));
            x[i] = p[0];
            y[i] = p[1];
        }
        return partial;
    }

    /** A profile per segment (and noise, when there is any): effects are standardised mean differences. */
    public List<SegmentProfile> profiles() {
        int n = matrix.rows();
        int d = matrix.cols();
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (int j = 0; j < d; j++) {
            double[] col = matrix.column(j);
            mean[j] = Arrays.stream(col).average().orElse(0);
            final double mu = mean[j];
            sd[j] = Math.sqrt(Arrays.stream(col).map(v -> (v - mu) * (v - mu)).sum() / (n - 1));
        }
        List<SegmentProfile> out = new ArrayList<>();
        int[] sizes = clustering.sizes();
        for (int c = 0; c < clustering.clusterCount(); c++) {
            double[] effects = new double[d];
            for (int j = 0; j < d; j++) {
                effects[j] = (clustering.centroids()[c][j] - mean[j]) / sd[j];
            }
            out.add(new SegmentProfile(c, sizes[c], (double) sizes[c] / n, Double.NaN, FEATURES,
                    clustering.centroids()[c].clone(), effects, List.of()));
        }
        return out;
    }

    /** Sorted distances to the k-th nearest neighbour (the row itself first), on the first {@code sample} rows. */
    public KDistanceCurve kDistance(int k, int sample) {
        int n = Math.min(sample, matrix.rows());
        double[] kth = new double[n];
        for (int i = 0; i < n; i++) {
            double[] dist = new double[n];
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int c = 0; c < matrix.cols(); c++) {
                    double diff = matrix.get(i, c) - matrix.get(j, c);
                    s += diff * diff;
                }
                dist[j] = Math.sqrt(s);
            }
            Arrays.sort(dist);
            kth[i] = dist[k - 1];
        }
        Arrays.sort(kth);
        int knee = 0;
        double best = -1;
        for (int i = 0; i < n; i++) {
            double t = (double) i / (n - 1);
            double chord = kth[0] + t * (kth[n - 1] - kth[0]);
            double gap = chord - kth[i];
            if (gap > best) {
                best = gap;
                knee = i;
            }
        }
        return new KDistanceCurve(k, kth, kth[knee], knee);
    }

    /** Made-up but plausible measures over k = 2..10 favouring k = 4. */
    public static KChoiceSeries kChoice() {
        int[] k = {2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] wcss = {9100, 6400, 3300, 2950, 2700, 2500, 2330, 2200, 2080};
        double[] sil = {0.41, 0.47, 0.62, 0.55, 0.49, 0.44, 0.41, 0.38, 0.36};
        double[] db = {1.10, 0.92, 0.61, 0.78, 0.90, 0.98, 1.05, 1.09, 1.12};
        double[] ch = {2100, 2600, 4100, 3600, 3200, 2950, 2700, 2500, 2350};
        double[] stab = {0.88, 0.83, 0.95, 0.79, 0.71, 0.66, 0.62, 0.60, 0.57};
        return new KChoiceSeries(k, wcss, sil, db, ch, stab, 4, 4, 4, 4, 4);
    }
}
