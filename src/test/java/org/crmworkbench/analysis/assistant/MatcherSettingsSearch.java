package org.crmworkbench.analysis.assistant;

import java.util.List;
import java.util.Locale;
import org.crmworkbench.analysis.text.LanguageChoice;
import org.crmworkbench.analysis.text.TextAnalyzer;
import org.crmworkbench.model.KnowledgeEntry;
import org.crmworkbench.work.Progress;

/**
 * How {@link MatcherSettings#defaults()} were chosen: fits on CLINC150's train split (oos-train) and prints, on the
 * validation split only, the in-scope top-1 accuracy, the accuracy with out-of-scope as one more class and the
 * classifier's log-loss for a grid of costs, temperatures and retrieval weights. Not a test (it takes a minute); run
 * {@code java -cp target/classes:target/test-classes:<dependencies> org.crmworkbench.analysis.assistant.MatcherSettingsSearch}.
 */
public final class MatcherSettingsSearch {
    private MatcherSettingsSearch() {
    }

    public static void main(String[] args) throws Exception {
        Clinc150 data = Clinc150.read();
        IntentMatcherTrainer base = new IntentMatcherTrainer(new TextAnalyzer(LanguageChoice.AUTO));
        double[] costs = args.length > 0 ? parse(args[0]) : new double[] {0.25, 0.5, 1, 2};
        int[] minCounts = args.length > 1 ? toInts(parse(args[1])) : new int[] {1};
        for (int minCount : minCounts) {
            for (double cost : costs) {
                long start = System.nanoTime();
                IntentMatcher matcher = base.withSettings(new MatcherSettings(cost, 1, 0, minCount))
                        .fitMatcher(data.train(), Progress.none());
                double seconds = (System.nanoTime() - start) / 1e9;
                List<KnowledgeEntry> val = data.val();
                double[][] decisions = new double[val.size()][];
                double[][] nearest = new double[val.size()][];
                int[] expected = new int[val.size()];
                for (int i = 0; i < val.size(); i++) {
                    decisions[i] = matcher.decisions(val.get(i).question());
                    nearest[i] = matcher.retrievalScores(val.get(i).question());
                    expected[i] = matcher.intents().indexOf(val.get(i).intent());
                }
                System.out.printf(Locale.ROOT, "cost %.3g minCount %d: %d features, fit %.2f s%n", cost, minCount,
                        matcher.featureCount(), seconds);
                for (double temperature : new double[] {2, 5, 10, 20}) {
                    System.out.printf(Locale.ROOT, "  temperature %4.1f: log-loss %.4f%n", temperature,
                            logLoss(decisions, expected, temperature));
                }
                for (double ratio : new double[] {0, 0.05, 0.1, 0.2, 0.3, 0.5, 1, 2}) {
                    int inScope = 0;
                    int inScopeRight = 0;
                    int right = 0;
                    for (int i = 0; i < val.size(); i++) {
                        int best = 0;
                        double bestScore = Double.NEGATIVE_INFINITY;
                        for (int k = 0; k < decisions[i].length; k++) {
                            double s = decisions[i][k] + ratio * nearest[i][k];
                            if (s > bestScore) {
                                bestScore = s;
                                best = k;
                            }
                        }
                        boolean ok = best == expected[i];
                        right += ok ? 1 : 0;
                        if (!val.get(i).intent().equals(Clinc150.OOS)) {
                            inScope++;
                            inScopeRight += ok ? 1 : 0;
                        }
                    }
                    System.out.printf(Locale.ROOT, "  retrieval/temperature %.2f: in-scope %.4f, all %.4f%n", ratio,
                            (double) inScopeRight / inScope, (double) right / val.size());
                }
            }
        }
    }

    private static double logLoss(double[][] decisions, int[] expected, double temperature) {
        double sum = 0;
        for (int i = 0; i < decisions.length; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (double d : decisions[i]) {
                max = Math.max(max, temperature * d);
            }
            double z = 0;
            for (double d : decisions[i]) {
                z += Math.exp(temperature * d - max);
            }
            sum -= temperature * decisions[i][expected[i]] - max - Math.log(z);
        }
        return sum / decisions.length;
    }

    private static double[] parse(String list) {
        String[] parts = list.split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Double.parseDouble(parts[i]);
        }
        return out;
    }

    private static int[] toInts(double[] values) {
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (int) values[i];
        }
        return out;
    }
}
