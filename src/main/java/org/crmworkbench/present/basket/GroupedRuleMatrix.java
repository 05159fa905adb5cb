package org.crmworkbench.present.basket;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.crmworkbench.model.BasketRunRecord;

/**
 * The data of a grouped matrix (arulesViz's {@code method = "grouped"}): the rules' antecedents clustered into at
 * most k groups by k-means on their lift profile over the consequents (the lift of the rule from that antecedent to
 * each consequent, 0 where there is none; k-means++ starts from a fixed seed, so the groups are always the same),
 * columns the groups, rows the consequents (at most {@code maxRows}, those with the most rules). A cell holds the
 * median support and median lift of the rules from that group's antecedents to that consequent (arulesViz
 * aggregates with the median too) and how many there are. Columns run from the highest median lift to the lowest,
 * rows too. Each group is named by the items most often in its antecedents.
 */
public final class GroupedRuleMatrix {
    private static final long SEED = 42L;
    private static final int ITERATIONS = 100;
    private static final int STARTS = 10;

    /**
     * An antecedent group: its most frequent items' labels (at most two, most frequent first), how many other
     * distinct items its antecedents hold, its antecedents and its rules.
     */
    public record Group(List<String> topItems, int otherItems, int antecedents, int rules, double medianLift)
            implements Serializable {
        public Group {
            topItems = List.copyOf(topItems);
        }
    }

    /**
     * The matrix: {@code support[row][column]}, {@code lift[row][column]} (NaN where no rule) and
     * {@code rules[row][column]}.
     */
    public record Matrix(List<Group> groups, List<List<String>> rows, double[][] support, double[][] lift,
                         int[][] rules) implements Serializable {
        public Matrix {
            groups = List.copyOf(groups);
            rows = List.copyOf(rows);
        }
    }

    /** Groups {@code rules} into at most {@code k} columns and {@code maxRows} rows, items named by {@code label}. */
    public Matrix of(List<BasketRunRecord.Rule> rules, Function<String, String> label, int k, int maxRows) {
        Map<List<String>, Integer> perConsequent = new HashMap<>();
        for (BasketRunRecord.Rule r : rules) {
            perConsequent.merge(sorted(r.consequent()), 1, Integer::sum);
        }
        List<List<String>> all = new ArrayList<>(perConsequent.keySet());
        all.sort(Comparator.comparingInt((List<String> c) -> -perConsequent.get(c))
                .thenComparing(c -> String.join(",", BasketWords.labels(c, label))));
        List<List<String>> rows = new ArrayList<>(all.subList(0, Math.min(all.size(), Math.max(1, maxRows))));
        Map<List<String>, Integer> rowIndex = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            rowIndex.put(rows.get(i), i);
        }
        List<BasketRunRecord.Rule> kept = rules.stream().filter(r -> rowIndex.containsKey(sorted(r.consequent())))
                .toList();
        Map<List<String>, double[]> profiles = new LinkedHashMap<>();
        for (BasketRunRecord.Rule r : kept) {
            double[] p = profiles.computeIfAbsent(sorted(r.antecedent()), a -> new double[rowIndex.size()]);
            int row = rowIndex.get(sorted(r.consequent()));
            p[row] = Math.max(p[row], r.lift());
        }
        List<List<String>> antecedents = new ArrayList<>(profiles.keySet());
        int[] cluster = kMeans(antecedents.stream().map(profiles::get).toArray(double[][]::new),
                Math.max(1, Math.min(k, antecedents.size())));
        Map<List<String>, Integer> clusterOf = new HashMap<>();
        for (int a = 0; a < antecedents.size(); a++) {
            clusterOf.put(antecedents.get(a), cluster[a]);
        }
        int clusters = Arrays.stream(cluster).max().orElse(-1) + 1;
        List<List<BasketRunRecord.Rule>> members = new ArrayList<>();
        for (int c = 0; c < clusters; c++) {
            members.add(new ArrayList<>());
        }
        for (BasketRunRecord.Rule r : kept) {
            members.get(clusterOf.get(sorted(r.antecedent()))).add(r);
        }
        List<Integer> columns = new ArrayList<>();
        for (int c = 0; c < clusters; c++) {
            if (!members.get(c).isEmpty()) {
                columns.add(c);
            }
        }
        double[] groupLift = new double[clusters];
        for (int c : columns) {
            groupLift[c] = median(members.get(c).stream().mapToDouble(BasketRunRecord.Rule::lift).toArray());
        }
        columns.sort(Comparator.comparingDouble((Integer c) -> -groupLift[c]).thenComparingInt(c -> c));
        double[] rowLift = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            rowLift[i] = median(kept.stream().filter(r -> sorted(r.consequent()).equals(row))
                    .mapToDouble(BasketRunRecord.Rule::lift).toArray());
        }
        List<Integer> rowOrder = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            rowOrder.add(i);
        }
        rowOrder.sort(Comparator.comparingDouble((Integer i) -> -rowLift[i]).thenComparingInt(i -> i));
        List<Group> groups = new ArrayList<>();
        double[][] support = new double[rows.size()][columns.size()];
        double[][] lift = new double[rows.size()][columns.size()];
        int[][] count = new int[rows.size()][columns.size()];
        for (int col = 0; col < columns.size(); col++) {
            List<BasketRunRecord.Rule> group = members.get(columns.get(col));
            groups.add(group(group, label, groupLift[columns.get(col)]));
            for (int row = 0; row < rowOrder.size(); row++) {
                List<String> consequent = rows.get(rowOrder.get(row));
                List<BasketRunRecord.Rule> cell = group.stream()
                        .filter(r -> sorted(r.consequent()).equals(consequent)).toList();
                count[row][col] = cell.size();
                support[row][col] = median(cell.stream().mapToDouble(BasketRunRecord.Rule::support).toArray());
                lift[row][col] = median(cell.stream().mapToDouble(BasketRunRecord.Rule::lift).toArray());
            }
        }
        List<List<String>> orderedRows = rowOrder.stream().map(i -> BasketWords.labels(rows.get(i), label)).toList();
        return new Matrix(groups, orderedRows, support, lift, count);
    }

    private static Group group(List<BasketRunRecord.Rule> rules, Function<String, String> label, double lift) {
        Map<List<String>, Boolean> seen = new LinkedHashMap<>();
        Map<String, Integer> frequency = new HashMap<>();
        for (BasketRunRecord.Rule r : rules) {
            if (seen.put(sorted(r.antecedent()), Boolean.TRUE) == null) {
                for (String item : r.antecedent()) {
                    frequency.merge(label.apply(item), 1, Integer::sum);
                }
            }
        }
        List<String> items = new ArrayList<>(frequency.keySet());
        items.sort(Comparator.comparingInt((String s) -> -frequency.get(s)).thenComparing(Comparator.naturalOrder()));
        List<String> top = items.subList(0, Math.min(2, items.size()));
        return new Group(top, items.size() - top.size(), seen.size(), rules.size(), lift);
    }

    /**
     * k-means: {@link #STARTS} k-means++ starts from a fixed seed, each followed by Lloyd's steps, the one of least
     * within-group sum of squares kept; the cluster of each point (clusters numbered 0..k-1, some may be empty).
     */
    static int[] kMeans(double[][] points, int k) {
        Random random = new Random(SEED);
        int[] best = new int[points.length];
        double bestCost = Double.POSITIVE_INFINITY;
        for (int start = 0; start < STARTS && points.length > 0; start++) {
            int[] assignment = kMeans(points, k, random);
            double cost = cost(points, assignment, k);
            if (cost < bestCost - 1e-12) {
                bestCost = cost;
                best = assignment;
            }
        }
        return best;
    }

    private static double cost(double[][] points, int[] assignment, int k) {
        int dims = points[0].length;
        double[][] sums = new double[k][dims];
        int[] sizes = new int[k];
        for (int i = 0; i < points.length; i++) {
            sizes[assignment[i]]++;
            for (int d = 0; d < dims; d++) {
                sums[assignment[i]][d] += points[i][d];
            }
        }
        double cost = 0;
        for (int i = 0; i < points.length; i++) {
            int c = assignment[i];
            for (int d = 0; d < dims; d++) {
                double e = points[i][d] - sums[c][d] / sizes[c];
                cost += e * e;
            }
        }
        return cost;
    }

    private static int[] kMeans(double[][] points, int k, Random random) {
        int n = points.length;
        int[] assignment = new int[n];
        double[][] centres = new double[k][];
        centres[0] = points[random.nextInt(n)].clone();
        double[] nearest = new double[n];
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                nearest[i] = Double.POSITIVE_INFINITY;
                for (int d = 0; d < c; d++) {
                    nearest[i] = Math.min(nearest[i], distance(points[i], centres[d]));
                }
                total += nearest[i];
            }
            int pick = n - 1;
            if (total > 0) {
                double target = random.nextDouble() * total;
                for (int i = 0; i < n; i++) {
                    target -= nearest[i];
                    if (target < 0) {
                        pick = i;
                        break;
                    }
                }
            } else {
                pick = c % n;
            }
            centres[c] = points[pick].clone();
        }
        for (int step = 0; step < ITERATIONS; step++) {
            boolean changed = step == 0;
            for (int i = 0; i < n; i++) {
                int best = 0;
                double bestDistance = Double.POSITIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double d = distance(points[i], centres[c]);
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = c;
                    }
                }
                changed |= assignment[i] != best;
                assignment[i] = best;
            }
            if (!changed) {
                break;
            }
            int dims = points[0].length;
            double[][] sums = new double[k][dims];
            int[] sizes = new int[k];
            for (int i = 0; i < n; i++) {
                sizes[assignment[i]]++;
                for (int d = 0; d < dims; d++) {
                    sums[assignment[i]][d] += points[i][d];
                }
            }
            for (int c = 0; c < k; c++) {
                if (sizes[c] > 0) {
                    for (int d = 0; d < dims; d++) {
                        centres[c][d] = sums[c][d] / sizes[c];
                    }
                }
            }
        }
        return assignment;
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int d = 0; d < a.length; d++) {
            s += (a[d] - b[d]) * (a[d] - b[d]);
        }
        return s;
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }

    private static List<String> sorted(List<String> items) {
        List<String> copy = new ArrayList<>(items);
        copy.sort(Comparator.naturalOrder());
        return copy;
    }
}
