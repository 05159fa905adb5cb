package org.crmworkbench.analysis.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The features the Chinese sentiment model reads from a segmented text: its words, the pairs of neighbouring words
 * within a clause, and negation and degree marking.
 *
 * <ul>
 *   <li>A <b>negation word</b> (不 没 没有 别 未 无 非 ...) turns the next {@value #NEGATION_REACH} words of its clause
 *       (degree words not counted) into negated features, written {@code !word}: 不满意 gives {@code !满意}, whose
 *       weight the model learns on its own instead of the weight of 满意. The negation word itself stays a feature.</li>
 *   <li>A <b>degree word</b> scales the value of the next word of its clause: strong ones (非常 特别 极其 太 ...) by
 *       1.5, 很 and its like by 1.25, hedges (有点 稍微 略 ...) by 0.5. A degree word right after a negation word
 *       (不太 不很 不怎么) softens the negation: the negated word gets 0.75.</li>
 *   <li>A <b>word pair</b> {@code a b} joins two neighbouring words of a clause (value 1).</li>
 * </ul>
 * A feature's value is the largest it takes in the text; the vector is scaled to unit length, so long reviews and short
 * remarks weigh alike. Clauses end at punctuation (any character between two words that is not a letter, digit or
 * space).
 */
final class ChineseSentimentFeatures {
    static final int NEGATION_REACH = 2;
    private static final double SOFTENED_NEGATION = 0.75;

    private final Set<String> negations = Set.of("不", "没", "没有", "别", "未", "无", "非", "莫", "勿", "不是",
            "不会", "不要", "不能", "不够", "并不", "从不", "绝不", "毫无", "从未", "并非", "不用", "甭", "不曾", "没什么");
    private final Map<String, Double> degrees = degrees();

    /**
     * One feature of a text.
     *
     * @param name   the feature's name in the model
     * @param value  its value before the vector is scaled to unit length
     * @param first  the index of the word the feature starts at (for a negated word: the negation word)
     * @param last   the index of the last word it covers
     * @param anchor the word the feature's push is credited to (for a pair, -1: its push is split between both words)
     */
    record Feature(String name, double value, int first, int last, int anchor) {
    }

    /** The negation and degree words are the class's own lists, written out above. */
    ChineseSentimentFeatures() {
    }

    /** The features of a segmented text, each name once with its largest value, in the order first met. */
    List<Feature> of(String text, List<TextTerm> words) {
        Map<String, Feature> features = new LinkedHashMap<>();
        int negationLeft = 0;
        int negationAt = -1;
        double pendingDegree = 1;
        boolean softened = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).term();
            if (i > 0 && clauseBreak(text, words.get(i - 1).end(), words.get(i).start())) {
                negationLeft = 0;
                pendingDegree = 1;
                softened = false;
            } else if (i > 0) {
                put(features, new Feature(words.get(i - 1).term() + " " + word, 1, i - 1, i, -1));
            }
            Double degree = degrees.get(word);
            if (degree != null) {
                put(features, new Feature(word, 1, i, i, i));
                if (negationLeft > 0 && negationAt == i - 1) {
                    softened = true;
                } else {
                    pendingDegree = degree;
                }
                continue;
            }
            if (negations.contains(word)) {
                put(features, new Feature(word, 1, i, i, i));
                negationLeft = NEGATION_REACH;
                negationAt = i;
                softened = false;
                pendingDegree = 1;
                continue;
            }
            double value = pendingDegree;
            pendingDegree = 1;
            if (negationLeft > 0) {
                negationLeft--;
                put(features, new Feature("!" + word, softened ? SOFTENED_NEGATION : value, negationAt, i, i));
            } else {
                put(features, new Feature(word, value, i, i, i));
            }
        }
        return new ArrayList<>(features.values());
    }

    /** The factor by which the vector of {@code features} is multiplied to give it unit length. */
    static double unitScale(List<Feature> features) {
        double sum = 0;
        for (Feature feature : features) {
            sum += feature.value() * feature.value();
        }
        return sum > 0 ? 1 / Math.sqrt(sum) : 0;
    }

    boolean isNegation(String word) {
        return negations.contains(word);
    }

    private static void put(Map<String, Feature> features, Feature feature) {
        Feature old = features.get(feature.name());
        if (old == null || feature.value() > old.value()) {
            features.put(feature.name(), feature);
        }
    }

    private static boolean clauseBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) && !Character.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Double> degrees() {
        Map<String, Double> degrees = new LinkedHashMap<>();
        for (String word : List.of("非常", "特别", "极其", "极", "太", "十分", "超级", "超", "异常", "格外", "极度", "尤其",
                "相当", "巨", "最", "绝对", "实在", "真是", "简直")) {
            degrees.put(word, 1.5);
        }
        for (String word : List.of("很", "挺", "真", "蛮", "好好", "更", "更加", "越来越", "颇")) {
            degrees.put(word, 1.25);
        }
        for (String word : List.of("有点", "有些", "稍微", "稍", "略", "略微", "一点", "有一点", "比较", "还算", "较")) {
            degrees.put(word, 0.5);
        }
        return Map.copyOf(degrees);
    }
}
