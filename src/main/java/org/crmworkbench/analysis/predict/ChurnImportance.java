package org.crmworkbench.analysis.predict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.crmworkbench.work.Progress;

/** Feature importance of a classifier: standardised logistic coefficients, or the fall in held-out AUC on shuffling. */
final class ChurnImportance {
    static final int SHUFFLES = 5;

    private ChurnImportance() {
    }

    /** Coefficient times the column's standard deviation, with its 95% interval scaled the same way. */
    static List<Importance> standardised(List<Coefficient> coefficients, double[][] x) {
        List<Importance> out = new ArrayList<>();
        for (int j = 0; j + 1 < coefficients.size(); j++) {
            Coefficient c = coefficients.get(j + 1);
            double sd = sd(x, j);
            out.add(new Importance(c.term(), c.estimate() * sd, c.lower95() * sd, c.upper95() * sd));
        }
        return sorted(out);
    }

    /**
     * For each feature (all its encoded columns moved together), the held-out AUC minus the AUC with the feature's
     * values shuffled among the held-out rows: mean, lowest and highest of {@link #SHUFFLES} seeded shuffles.
     */
    static List<Importance> permutation(ToDoubleFunction<double[]> score, double[][] x, double[] y,
                                        PredictorEncoding encoding, long seed, Progress progress) {
        double[] base = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            base[i] = score.applyAsDouble(x[i]);
        }
        double baseAuc = RocAnalysis.auc(y, base);
        List<String> names = new ArrayList<>();
        List<int[]> groups = groups(encoding, names);
        SplittableRandom random = new SplittableRandom(seed);
        List<Importance> out = new ArrayList<>();
        double[] scores = new double[y.length];
        for (int g = 0; g < groups.size(); g++) {
            progress.worked(g, groups.size());
            int[] cols = groups.get(g);
            double sum = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int s = 0; s < SHUFFLES; s++) {
                progress.checkCancelled();
                int[] order = permutation(y.length, random);
                for (int i = 0; i < y.length; i++) {
                    double[] row = x[i].clone();
                    for (int c : cols) {
                        row[c] = x[order[i]][c];
                    }
                    scores[i] = score.applyAsDouble(row);
                }
                double drop = baseAuc - RocAnalysis.auc(y, scores);
                sum += drop;
                min = Math.min(min, drop);
                max = Math.max(max, drop);
            }
            out.add(new Importance(names.get(g), sum / SHUFFLES, min, max));
        }
        return sorted(out);
    }

    /** True for the columns that are levels of a categorical feature. */
    static boolean[] levelColumns(PredictorEncoding encoding) {
        boolean[] level = new boolean[encoding.columns().size()];
        List<int[]> groups = groups(encoding, new ArrayList<>());
        for (int f = 0; f < encoding.features().size() && f < groups.size(); f++) {
            if (!encoding.levels().get(f).isEmpty()) {
                for (int c : groups.get(f)) {
                    level[c] = true;
                }
            }
        }
        return level;
    }

    /**
     * The encoded columns of each feature, in order (one for a numeric feature, one per level with a column for a
     * categorical one); when the counts do not add up (an encoding with extra terms) every column stands alone.
     */
    static List<int[]> groups(PredictorEncoding encoding, List<String> names) {
        List<int[]> groups = new ArrayList<>();
        int total = 0;
        for (List<String> levels : encoding.levels()) {
            total += Math.max(1, levels.size());
        }
        if (total == encoding.columns().size()) {
            int next = 0;
            for (int f = 0; f < encoding.features().size(); f++) {
                int width = Math.max(1, encoding.levels().get(f).size());
                int[] cols = new int[width];
                for (int k = 0; k < width; k++) {
                    cols[k] = next++;
                }
                groups.add(cols);
                names.add(encoding.features().get(f));
            }
        } else {
            for (int c = 0; c < encoding.columns().size(); c++) {
                groups.add(new int[] {c});
                names.add(encoding.columns().get(c));
            }
        }
        return groups;
    }

    private static int[] permutation(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private static double sd(double[][] x, int j) {
        double mean = 0;
        for (double[] row : x) {
            mean += row[j];
        }
        mean /= x.length;
        double ss = 0;
        for (double[] row : x) {
            ss += (row[j] - mean) * (row[j] - mean);
        }
        return Math.sqrt(ss / Math.max(1, x.length - 1));
    }

    private static List<Importance> sorted(List<Importance> list) {
        list.sort(Comparator.comparingDouble((Importance i) -> -Math.abs(i.value())));
        return list;
    }
}
