package org.crmworkbench.analysis.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A stand-in sentiment model for tests: each listed word (or, for Chinese, listed substring) adds its value, a
 * negation word before it flips it, and the sum is squashed into [-1, 1] the way VADER's compound is
 * ({@code s / sqrt(s^2 + 15)}), labelled with VADER's band (±0.05).
 */
final class WordListSentiment implements SentimentModel {
    private final Tokenizer tokenizer;
    private final Map<String, Double> values;
    private final List<String> negations;

    WordListSentiment(Tokenizer tokenizer, Map<String, Double> values, List<String> negations) {
        this.tokenizer = tokenizer;
        this.values = values;
        this.negations = negations;
    }

    static WordListSentiment english() {
        return new WordListSentiment(new SpaceTokenizer(), Map.ofEntries(
                Map.entry("great", 3.1), Map.entry("excellent", 3.2), Map.entry("love", 3.2),
                Map.entry("happy", 2.7), Map.entry("good", 1.9), Map.entry("fair", 1.3), Map.entry("sturdy", 1.5),
                Map.entry("slow", -1.5), Map.entry("late", -1.3), Map.entry("awful", -2.5), Map.entry("bad", -2.5),
                Map.entry("terrible", -2.8), Map.entry("angry", -2.3), Map.entry("broken", -2.0),
                Map.entry("rude", -2.0), Map.entry("poor", -2.1)), List.of("not", "never", "no"));
    }

    static WordListSentiment chinese() {
        return new WordListSentiment(new DictionaryTokenizer(), Map.ofEntries(
                Map.entry("满意", 2.5), Map.entry("喜欢", 2.5), Map.entry("好", 2.0), Map.entry("便宜", 1.5),
                Map.entry("快", 1.5), Map.entry("慢", -1.8), Map.entry("太慢", -2.0), Map.entry("差", -2.5), Map.entry("失望", -2.6),
                Map.entry("贵", -1.6), Map.entry("破损", -2.2)), List.of("不", "没"));
    }

    @Override
    public SentimentScore score(String text) {
        List<TextTerm> words = tokenizer.words(text);
        double sum = 0;
        List<SentimentDriver> drivers = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Double value = values.get(words.get(i).term());
            if (value == null) {
                continue;
            }
            if (i > 0 && negations.contains(words.get(i - 1).term())) {
                value = -value * 0.74;
            }
            sum += value;
            drivers.add(new SentimentDriver(text.substring(words.get(i).start(), words.get(i).end()),
                    words.get(i).start(), words.get(i).end(), value));
        }
        drivers.sort(Comparator.comparingDouble((SentimentDriver d) -> Math.abs(d.weight())).reversed());
        double score = sum / Math.sqrt(sum * sum + 15);
        SentimentLabel label = score >= 0.05 ? SentimentLabel.POSITIVE
                : score <= -0.05 ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
        return new SentimentScore(score, label, drivers);
    }
}
