package org.crmworkbench.present.basket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crmworkbench.model.BasketRunRecord;

/**
 * Basket runs made by hand for the present layer's tests, without the analysis: {@link #small()} is five baskets
 * whose rules are counted by hand; {@link #planted()} is 2,000 generated baskets over 30 grocery items with planted
 * associations (bread and butter bring jam, beer brings crisps, pasta and tomato sauce bring parmesan ...), whose
 * rules of length 2 and 3 are counted here by brute force, every measure as arules defines it.
 */
public final class BasketFixture {
    static final List<String> GROCERIES = List.of("whole milk", "other vegetables", "rolls/buns", "soda", "yogurt",
            "bottled water", "root vegetables", "tropical fruit", "shopping bags", "sausage", "pastry",
            "citrus fruit", "bottled beer", "newspapers", "canned beer", "pip fruit", "fruit/vegetable juice",
            "whipped/sour cream", "brown bread", "domestic eggs", "butter", "jam", "crisps", "pasta", "tomato sauce",
            "parmesan", "coffee", "sugar", "flour", "baking powder");

    private BasketFixture() {
    }

    /** Five baskets: {bread, butter, milk}, {bread, butter}, {bread, milk}, {butter, eggs, milk}, all four. */
    public static List<List<String>> smallBaskets() {
        return List.of(List.of("bread", "butter", "milk"), List.of("bread", "butter"), List.of("bread", "milk"),
                List.of("butter", "eggs", "milk"), List.of("bread", "butter", "eggs", "milk"));
    }

    /** The five baskets' record: every rule of length 2 and 3 with confidence at least 0.5, labels capitalised. */
    public static BasketRunRecord small() {
        Map<String, String> labels = Map.of("bread", "Bread", "butter", "Butter", "milk", "Milk", "eggs", "Eggs");
        return record(smallBaskets(), labels, 0.2, 0.5);
    }

    /** 2,000 generated baskets with planted associations; rules with support 0.01 and confidence 0.3 or more. */
    public static BasketRunRecord planted() {
        Random random = new Random(7);
        double[] p = new double[GROCERIES.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = 0.28 * Math.pow(0.9, i) + 0.02;
        }
        List<List<String>> baskets = new ArrayList<>();
        for (int t = 0; t < 2000; t++) {
            List<String> b = new ArrayList<>();
            for (int i = 0; i < p.length; i++) {
                if (random.nextDouble() < p[i]) {
                    b.add(GROCERIES.get(i));
                }
            }
            plant(b, random, List.of("brown bread", "butter"), "jam", 0.7);
            plant(b, random, List.of("bottled beer"), "crisps", 0.5);
            plant(b, random, List.of("canned beer"), "crisps", 0.4);
            plant(b, random, List.of("pasta", "tomato sauce"), "parmesan", 0.8);
            plant(b, random, List.of("flour", "sugar"), "baking powder", 0.75);
            plant(b, random, List.of("tropical fruit"), "yogurt", 0.35);
            plant(b, random, List.of("coffee"), "sugar", 0.45);
            if (random.nextDouble() < 0.06) {
                b.add("pasta");
                b.add("tomato sauce");
            }
            if (random.nextDouble() < 0.05) {
                b.add("flour");
                b.add("sugar");
            }
            baskets.add(b.stream().distinct().toList());
        }
        return record(baskets, Map.of(), 0.01, 0.3);
    }

    private static void plant(List<String> basket, Random random, List<String> when, String then, double chance) {
        if (basket.containsAll(when) && random.nextDouble() < chance) {
            basket.add(then);
        }
    }

    /** Brute-force rules of length 2 and 3 with one-item consequents, as arules measures them; lift order. */
    static BasketRunRecord record(List<List<String>> baskets, Map<String, String> labels, double minSupport,
                                  double minConfidence) {
        List<String> items = baskets.stream().flatMap(List::stream).distinct().sorted().toList();
        int n = baskets.size();
        List<BasketRunRecord.Rule> rules = new ArrayList<>();
        for (int a = 0; a < items.size(); a++) {
            for (int b = a + 1; b < items.size(); b++) {
                addRules(rules, baskets, List.of(items.get(a), items.get(b)), minSupport, minConfidence, n);
                for (int c = b + 1; c < items.size(); c++) {
                    addRules(rules, baskets, List.of(items.get(a), items.get(b), items.get(c)), minSupport,
                            minConfidence, n);
                }
            }
        }
        rules.sort(Comparator.comparingDouble((BasketRunRecord.Rule r) -> -r.lift())
                .thenComparingDouble(r -> -r.support()));
        List<BasketRunRecord.ItemCount> counts = new ArrayList<>();
        for (String item : items) {
            counts.add(new BasketRunRecord.ItemCount(item, labels.get(item), count(baskets, List.of(item))));
        }
        counts.sort(Comparator.comparingInt((BasketRunRecord.ItemCount c) -> -c.count())
                .thenComparing(BasketRunRecord.ItemCount::item));
        return new BasketRunRecord(0, Instant.parse("2026-12-01T09:00:00Z"), "test", "fixture", "file", "fpgrowth",
                minSupport, minConfidence, 1, 10, 1, n, items.size(), 0, rules.size(), 0.01, counts, rules);
    }

    private static void addRules(List<BasketRunRecord.Rule> rules, List<List<String>> baskets, List<String> set,
                                 double minSupport, double minConfidence, int n) {
        int both = count(baskets, set);
        if (both < minSupport * n - 1e-9 || both == 0) {
            return;
        }
        for (String consequent : set) {
            List<String> antecedent = set.stream().filter(s -> !s.equals(consequent)).toList();
            int a = count(baskets, antecedent);
            int c = count(baskets, List.of(consequent));
            double confidence = (double) both / a;
            if (confidence < minConfidence) {
                continue;
            }
            double support = (double) both / n;
            double cs = (double) c / n;
            rules.add(new BasketRunRecord.Rule(antecedent, List.of(consequent), both, support, confidence,
                    confidence / cs, support - (double) a / n * cs,
                    confidence == 1 ? Double.POSITIVE_INFINITY : (1 - cs) / (1 - confidence)));
        }
    }

    static int count(List<List<String>> baskets, List<String> items) {
        int k = 0;
        for (List<String> b : baskets) {
            if (b.containsAll(items)) {
                k++;
            }
        }
        return k;
    }

    /** A rule by hand. */
    static BasketRunRecord.Rule rule(List<String> antecedent, String consequent, double support, double lift) {
        return new BasketRunRecord.Rule(antecedent, List.of(consequent), (int) Math.round(support * 1000), support,
                0.5, lift, 0.01, 2.0);
    }

    static String[] sorted(String... items) {
        String[] copy = items.clone();
        Arrays.sort(copy);
        return copy;
    }
}
