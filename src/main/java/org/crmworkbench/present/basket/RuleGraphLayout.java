package org.crmworkbench.present.basket;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crmworkbench.model.BasketRunRecord;

/**
 * Where the nodes of a rule graph go (arulesViz's {@code method = "graph"}): every item the rules name is a node,
 * every rule is a small node of its own, with an edge from each antecedent item to the rule and from the rule to each
 * consequent item. Placed by a force layout (Fruchterman and Reingold 1991: nodes repel, edges pull, the moves cool
 * down over {@link #ITERATIONS} steps, a little gravity keeps separate parts near the middle) from seeded starting
 * places, so the same rules always give the same picture; then nodes closer than {@link #MIN_DISTANCE} are pushed
 * apart. Positions are in the unit square.
 */
public final class RuleGraphLayout {
    /** Steps of the force layout. */
    public static final int ITERATIONS = 400;
    /** The least distance between two nodes, in the unit square, after the layout. */
    public static final double MIN_DISTANCE = 0.045;
    private static final long SEED = 20_240_615L;

    /** A placed node: an item ({@code rule} -1) or a rule ({@code rule} its index in the rules laid out). */
    public record Node(String item, int rule, double x, double y) implements Serializable {
        public boolean isRule() {
            return rule >= 0;
        }
    }

    /** An edge from node {@code from} to node {@code to} (indexes into {@link Graph#nodes()}). */
    public record Edge(int from, int to) implements Serializable {
    }

    /** The laid out graph: item nodes first (in the order the rules first name them), then one node per rule. */
    public record Graph(List<Node> nodes, List<Edge> edges, List<BasketRunRecord.Rule> rules)
            implements Serializable {
        public Graph {
            nodes = List.copyOf(nodes);
            edges = List.copyOf(edges);
            rules = List.copyOf(rules);
        }
    }

    /** Lays out {@code rules} (already the ones to draw, in their order). */
    public Graph layout(List<BasketRunRecord.Rule> rules) {
        Map<String, Integer> itemIndex = new LinkedHashMap<>();
        for (BasketRunRecord.Rule r : rules) {
            for (String item : r.antecedent()) {
                itemIndex.putIfAbsent(item, itemIndex.size());
            }
            for (String item : r.consequent()) {
                itemIndex.putIfAbsent(item, itemIndex.size());
            }
        }
        int items = itemIndex.size();
        int n = items + rules.size();
        List<Edge> edges = new ArrayList<>();
        for (int k = 0; k < rules.size(); k++) {
            for (String item : rules.get(k).antecedent()) {
                edges.add(new Edge(itemIndex.get(item), items + k));
            }
            for (String item : rules.get(k).consequent()) {
                edges.add(new Edge(items + k, itemIndex.get(item)));
            }
        }
        double[] x = new double[n];
        double[] y = new double[n];
        Random random = new Random(SEED);
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble();
            y[i] = random.nextDouble();
        }
        forces(x, y, edges);
        normalise(x, y);
        separate(x, y);
        List<Node> nodes = new ArrayList<>(n);
        List<String> names = new ArrayList<>(itemIndex.keySet());
        for (int i = 0; i < n; i++) {
            nodes.add(i < items ? new Node(names.get(i), -1, x[i], y[i]) : new Node(null, i - items, x[i], y[i]));
        }
        return new Graph(nodes, edges, rules);
    }

    private static void forces(double[] x, double[] y, List<Edge> edges) {
        int n = x.length;
        if (n < 2) {
            return;
        }
        double k = Math.sqrt(1.0 / n);
        double[] dx = new double[n];
        double[] dy = new double[n];
        for (int step = 0; step < ITERATIONS; step++) {
            double temperature = 0.1 * (1 - (double) step / ITERATIONS) + 0.002;
            java.util.Arrays.fill(dx, 0);
            java.util.Arrays.fill(dy, 0);
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double ex = x[i] - x[j];
                    double ey = y[i] - y[j];
                    double d2 = Math.max(ex * ex + ey * ey, 1e-9);
                    double f = k * k / d2;
                    dx[i] += ex * f;
                    dy[i] += ey * f;
                    dx[j] -= ex * f;
                    dy[j] -= ey * f;
                }
            }
            for (Edge e : edges) {
                double ex = x[e.from()] - x[e.to()];
                double ey = y[e.from()] - y[e.to()];
                double d = Math.sqrt(ex * ex + ey * ey);
                double f = d / k;
                dx[e.from()] -= ex * f;
                dy[e.from()] -= ey * f;
                dx[e.to()] += ex * f;
                dy[e.to()] += ey * f;
            }
            for (int i = 0; i < n; i++) {
                dx[i] += (0.5 - x[i]) * 0.6;
                dy[i] += (0.5 - y[i]) * 0.6;
                double length = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (length > 0) {
                    double move = Math.min(length, temperature);
                    x[i] += dx[i] / length * move;
                    y[i] += dy[i] / length * move;
                }
            }
        }
    }

    /** Scales the positions into [0, 1] on each axis (a single node goes to the middle). */
    static void normalise(double[] x, double[] y) {
        scale(x);
        scale(y);
    }

    private static void scale(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double a : v) {
            lo = Math.min(lo, a);
            hi = Math.max(hi, a);
        }
        for (int i = 0; i < v.length; i++) {
            v[i] = hi - lo < 1e-12 ? 0.5 : (v[i] - lo) / (hi - lo);
        }
    }

    /** Pushes apart nodes closer than {@link #MIN_DISTANCE}, a few sweeps, keeping them in the unit square. */
    static void separate(double[] x, double[] y) {
        int n = x.length;
        for (int sweep = 0; sweep < 50; sweep++) {
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double ex = x[j] - x[i];
                    double ey = y[j] - y[i];
                    double d = Math.sqrt(ex * ex + ey * ey);
                    if (d >= MIN_DISTANCE) {
                        continue;
                    }
                    if (d < 1e-9) {
                        double angle = 2 * Math.PI * (i * 7 + j) / 13.0;
                        ex = Math.cos(angle);
                        ey = Math.sin(angle);
                        d = 0;
                    } else {
                        ex /= d;
                        ey /= d;
                    }
                    double push = (MIN_DISTANCE - d) / 2 + 1e-4;
                    x[i] = clamp(x[i] - ex * push);
                    y[i] = clamp(y[i] - ey * push);
                    x[j] = clamp(x[j] + ex * push);
                    y[j] = clamp(y[j] + ey * push);
                    moved = true;
                }
            }
            if (!moved) {
                return;
            }
        }
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
