package org.crmworkbench.analysis.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Sentiment broken down by the feedback's context (language, channel, product, category, region, segment, sales
 * rep) and by aspect.
 */
final class FeedbackBreakdowns {

    /** Per dimension its values' sentiment, most texts first; texts without a value are left out of it. */
    Map<FeedbackDimension, List<SentimentGroup>> of(List<ScoredFeedback> texts) {
        Map<FeedbackDimension, List<SentimentGroup>> breakdowns = new EnumMap<>(FeedbackDimension.class);
        for (FeedbackDimension dimension : FeedbackDimension.values()) {
            Function<ScoredFeedback, String> value = valueOf(dimension);
            Map<String, SentimentTally> tallies = new HashMap<>();
            for (ScoredFeedback text : texts) {
                String name = value.apply(text);
                if (name != null && !name.isBlank()) {
                    tallies.computeIfAbsent(name, n -> new SentimentTally()).add(text);
                }
            }
            if (tallies.isEmpty()) {
                continue;
            }
            List<SentimentGroup> groups = new ArrayList<>();
            tallies.forEach((name, tally) -> groups.add(new SentimentGroup(name, tally.counts())));
            groups.sort(Comparator.comparingInt((SentimentGroup g) -> g.counts().total()).reversed()
                    .thenComparing(SentimentGroup::name));
            breakdowns.put(dimension, groups);
        }
        return breakdowns;
    }

    private static Function<ScoredFeedback, String> valueOf(FeedbackDimension dimension) {
        return switch (dimension) {
            case LANGUAGE -> f -> f.language().code();
            case CHANNEL -> f -> f.text().channel();
            case PRODUCT -> f -> f.text().product();
            case CATEGORY -> f -> f.text().category();
            case REGION -> f -> f.text().region();
            case SEGMENT -> f -> f.text().segment();
            case SALES_REP -> f -> f.text().salesRep();
        };
    }

    /**
     * Per aspect, the sentiment of the clauses that name it: per language with mentions, then over all languages
     * (language null). A clause is labelled by its score with its language's neutral band, as a whole text would be.
     */
    List<AspectSentiment> aspects(List<ScoredFeedback> texts) {
        Map<Aspect, Map<Language, SentimentTally>> tallies = new EnumMap<>(Aspect.class);
        for (ScoredFeedback text : texts) {
            for (AspectMention mention : text.analysis().aspects()) {
                tallies.computeIfAbsent(mention.aspect(), a -> new EnumMap<>(Language.class))
                        .computeIfAbsent(text.language(), l -> new SentimentTally())
                        .add(mention.score(), text.language());
            }
        }
        List<AspectSentiment> aspects = new ArrayList<>();
        for (Map.Entry<Aspect, Map<Language, SentimentTally>> aspect : tallies.entrySet()) {
            int positive = 0;
            int neutral = 0;
            int negative = 0;
            double sum = 0;
            for (Map.Entry<Language, SentimentTally> language : aspect.getValue().entrySet()) {
                SentimentCounts counts = language.getValue().counts();
                aspects.add(new AspectSentiment(aspect.getKey(), language.getKey(), counts));
                positive += counts.positive();
                neutral += counts.neutral();
                negative += counts.negative();
                sum += counts.meanScore() * counts.total();
            }
            int total = positive + neutral + negative;
            aspects.add(new AspectSentiment(aspect.getKey(), null,
                    new SentimentCounts(positive, neutral, negative, sum / total)));
        }
        return aspects;
    }
}
