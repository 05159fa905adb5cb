package org.crmworkbench.present.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crmworkbench.analysis.text.AnalyzedText;
import org.crmworkbench.analysis.text.Aspect;
import org.crmworkbench.analysis.text.AspectMention;
import org.crmworkbench.analysis.text.AspectSentiment;
import org.crmworkbench.analysis.text.FeedbackDimension;
import org.crmworkbench.analysis.text.FeedbackFilter;
import org.crmworkbench.analysis.text.FeedbackResult;
import org.crmworkbench.analysis.text.FeedbackSettings;
import org.crmworkbench.analysis.text.Keyword;
import org.crmworkbench.analysis.text.Language;
import org.crmworkbench.analysis.text.PriorityFeedback;
import org.crmworkbench.analysis.text.PriorityReason;
import org.crmworkbench.analysis.text.ScoredFeedback;
import org.crmworkbench.analysis.text.SentimentCounts;
import org.crmworkbench.analysis.text.SentimentDriver;
import org.crmworkbench.analysis.text.SentimentGroup;
import org.crmworkbench.analysis.text.SentimentLabel;
import org.crmworkbench.analysis.text.SentimentPeriod;
import org.crmworkbench.analysis.text.SentimentScore;
import org.crmworkbench.analysis.text.TermChange;
import org.crmworkbench.analysis.text.Topic;
import org.crmworkbench.model.FeedbackRunRecord;
import org.crmworkbench.model.FeedbackText;

/**
 * Feedback results and runs made by hand: {@link #small()} is five texts whose every summary is worked out in the
 * comments (so the record and files can be checked cell by cell); {@link #sampleLike()} is a run shaped like the
 * sample data (three years by month, both languages, 20 products, ten topics) for the charts' pictures.
 */
public final class FeedbackFixture {
    public static final Instant STARTED = Instant.parse("2026-12-07T09:00:00Z");

    private FeedbackFixture() {
    }

    private static ScoredFeedback scored(FeedbackText text, Language language, double score, SentimentLabel label,
                                         List<SentimentDriver> drivers, List<AspectMention> aspects, int topic) {
        return new ScoredFeedback(text, new AnalyzedText(language, new SentimentScore(score, label, drivers),
                List.of(), aspects), topic);
    }

    private static FeedbackText text(String id, String customer, LocalDateTime at, String channel, String lang,
                                     String text, String product) {
        return new FeedbackText(id, customer, at, channel, lang, text, product, product == null ? null : "Snacks",
                "North", "Loyal", "Ada Lee", 0.9, 30);
    }

    /** The five texts: two English and one Chinese dated in January and February 2026, one Chinese without a date. */
    public static List<ScoredFeedback> texts() {
        return List.of(
                scored(text("F1", "C1", LocalDateTime.of(2026, 1, 5, 10, 0), "online", "en",
                        "Great nuts, fast delivery.", "Mixed nuts"), Language.ENGLISH, 0.8, SentimentLabel.POSITIVE,
                        List.of(new SentimentDriver("Great", 0, 5, 3.1), new SentimentDriver("fast", 12, 16, 1.2)),
                        List.of(new AspectMention(Aspect.DELIVERY, "delivery", 0.6)), 1),
                scored(text("F2", "C2", LocalDateTime.of(2026, 1, 20, 8, 30, 15), "store", "zh", "质量很差，物流太慢。",
                        "Green tea"), Language.CHINESE, -0.7, SentimentLabel.NEGATIVE,
                        List.of(new SentimentDriver("差", 3, 4, -2), new SentimentDriver("慢", 8, 9, -1.5)),
                        List.of(new AspectMention(Aspect.DELIVERY, "物流", -0.5)), 1),
                scored(text("F3", "C3", LocalDateTime.of(2026, 2, 3, 12, 0), "phone", "en", "The price is ok.",
                        "Mixed nuts"), Language.ENGLISH, 0.0, SentimentLabel.NEUTRAL, List.of(),
                        List.of(new AspectMention(Aspect.PRICE, "price", 0)), 2),
                scored(text("F4", "C1", LocalDateTime.of(2026, 2, 10, 18, 45), "online", "en",
                        "Terrible service, never again!", null), Language.ENGLISH, -0.9, SentimentLabel.NEGATIVE,
                        List.of(new SentimentDriver("Terrible", 0, 8, -3.4), new SentimentDriver("never", 18, 23,
                                -0.9)), List.of(new AspectMention(Aspect.SERVICE, "service", -0.8)), 2),
                scored(FeedbackText.of("F5", "还不错"), Language.CHINESE, 0.4, SentimentLabel.POSITIVE,
                        List.of(new SentimentDriver("不错", 1, 3, 1)), List.of(), 0));
    }

    /**
     * The result of {@link #texts()}: overall 2 positive, 1 neutral, 2 negative, mean (0.8 - 0.7 + 0 - 0.9 + 0.4) / 5
     * = -0.08; English 1/1/1 mean -0.1 / 3; Chinese 1/0/1 mean -0.15; January 1 positive 1 negative mean 0.05,
     * February 1 neutral 1 negative mean -0.45; F4 (customer C1, top spender) reads first.
     */
    public static FeedbackResult small() {
        List<ScoredFeedback> texts = texts();
        SentimentCounts online = new SentimentCounts(1, 0, 1, -0.05);
        Map<FeedbackDimension, List<SentimentGroup>> breakdowns = Map.of(
                FeedbackDimension.CHANNEL, List.of(new SentimentGroup("online", online),
                        new SentimentGroup("store", new SentimentCounts(0, 0, 1, -0.7)),
                        new SentimentGroup("phone", new SentimentCounts(0, 1, 0, 0))),
                FeedbackDimension.LANGUAGE, List.of(new SentimentGroup("en", new SentimentCounts(1, 1, 1, -0.1 / 3)),
                        new SentimentGroup("zh", new SentimentCounts(1, 0, 1, -0.15))));
        return new FeedbackResult(FeedbackSettings.defaults(), FeedbackFilter.ALL, texts,
                new SentimentCounts(2, 1, 2, -0.08),
                Map.of(Language.ENGLISH, new SentimentCounts(1, 1, 1, -0.1 / 3),
                        Language.CHINESE, new SentimentCounts(1, 0, 1, -0.15)),
                List.of(new SentimentPeriod(LocalDate.of(2026, 1, 1), new SentimentCounts(1, 0, 1, 0.05)),
                        new SentimentPeriod(LocalDate.of(2026, 2, 1), new SentimentCounts(0, 1, 1, -0.45))),
                breakdowns,
                List.of(new Keyword("delivery", Language.ENGLISH, null, 1.0, 1),
                        new Keyword("nuts", Language.ENGLISH, null, 0.75, 1),
                        new Keyword("terrible", Language.ENGLISH, SentimentLabel.NEGATIVE, 1.0, 1),
                        new Keyword("物流", Language.CHINESE, null, 1.0, 1)),
                List.of(new Topic(1, Language.ENGLISH, List.of("delivery", "nuts", "fast"),
                                new SentimentCounts(1, 0, 0, 0.8)),
                        new Topic(2, Language.ENGLISH, List.of("price", "service"),
                                new SentimentCounts(0, 1, 1, -0.45)),
                        new Topic(1, Language.CHINESE, List.of("物流", "质量"), new SentimentCounts(0, 0, 1, -0.7))),
                List.of(new AspectSentiment(Aspect.DELIVERY, Language.ENGLISH, new SentimentCounts(1, 0, 0, 0.6)),
                        new AspectSentiment(Aspect.DELIVERY, Language.CHINESE, new SentimentCounts(0, 0, 1, -0.5)),
                        new AspectSentiment(Aspect.DELIVERY, null, new SentimentCounts(1, 0, 1, 0.05)),
                        new AspectSentiment(Aspect.PRICE, Language.ENGLISH, new SentimentCounts(0, 1, 0, 0)),
                        new AspectSentiment(Aspect.PRICE, null, new SentimentCounts(0, 1, 0, 0)),
                        new AspectSentiment(Aspect.SERVICE, Language.ENGLISH, new SentimentCounts(0, 0, 1, -0.8)),
                        new AspectSentiment(Aspect.SERVICE, null, new SentimentCounts(0, 0, 1, -0.8))),
                List.of(new TermChange("service", Language.ENGLISH, 0.0, 0.5, 1, 1.0)),
                List.of(new PriorityFeedback(texts.get(3), PriorityReason.HIGH_VALUE)),
                LocalDateTime.of(2026, 1, 5, 10, 0), LocalDateTime.of(2026, 2, 10, 18, 45));
    }

    /** The record of {@link #small()}. */
    public static FeedbackRunRecord smallRun() {
        return new FeedbackFiles().record(small(), "fixture.csv", STARTED, "test");
    }

    private static final String[] EN_TERMS = {"delivery", "late", "parcel", "price", "value", "quality", "fresh",
        "staff", "friendly", "refund", "return", "packaging", "taste", "crunchy", "support", "waiting"};
    private static final String[] ZH_TERMS = {"物流", "很快", "包装", "价格", "实惠", "质量", "新鲜", "客服",
        "态度", "退货", "退款", "口感", "发货", "等待", "服务", "推荐"};

    /**
     * A run shaped like the sample data: 36 months from October 2023, about 36 texts a month (their mean score
     * drifting down in the last year), three channels, 20 products (the breakdown shows 15), two languages of aspects,
     * ten topics of each language, 40 scored texts. Fixed seed.
     */
    public static FeedbackRunRecord sampleLike() {
        Random random = new Random(16);
        List<FeedbackRunRecord.Period> timeline = new ArrayList<>();
        for (int m = 0; m < 36; m++) {
            int n = 25 + random.nextInt(20);
            double tilt = m < 24 ? 0.15 : -0.1;
            int pos = (int) Math.round(n * (0.42 + tilt / 2 + random.nextGaussian() * 0.04));
            int neg = (int) Math.round(n * (0.33 - tilt / 2 + random.nextGaussian() * 0.04));
            int neu = Math.max(0, n - pos - neg);
            timeline.add(new FeedbackRunRecord.Period(LocalDate.of(2023, 10, 1).plusMonths(m),
                    new FeedbackRunRecord.Counts(pos, neu, neg, (pos - neg) * 0.7 / n)));
        }
        List<FeedbackRunRecord.Group> groups = new ArrayList<>();
        groups.add(group("language", "en", 702, 0.45, 0.30));
        groups.add(group("language", "zh", 581, 0.40, 0.36));
        groups.add(group("channel", "online", 594, 0.40, 0.36));
        groups.add(group("channel", "store", 455, 0.48, 0.28));
        groups.add(group("channel", "phone", 234, 0.38, 0.40));
        String[] products = {"Mixed nuts", "Green tea 250 g", "Dark roast coffee beans, 1 kg family pack",
            "Oat biscuits", "Dried mango slices", "Jasmine tea", "Honey 500 g", "Almond butter", "Rice crackers",
            "Sesame oil", "Chili sauce", "Instant noodles (5-pack)", "Soy sauce", "Walnuts", "Cashews", "Pistachios",
            "Granola", "Peanut snacks", "Seaweed chips", "Matcha powder"};
        for (int i = 0; i < products.length; i++) {
            groups.add(group("product", products[i], 120 - i * 5, 0.3 + 0.02 * (i % 7), 0.2 + 0.03 * (i % 5)));
        }
        groups.add(group("region", "North America", 500, 0.44, 0.31));
        groups.add(group("region", "Europe", 420, 0.41, 0.33));
        groups.add(group("region", "East Asia", 363, 0.43, 0.35));
        groups.add(group("segment", "Champions", 300, 0.55, 0.2));
        groups.add(group("segment", "At risk", 200, 0.25, 0.52));
        groups.add(group("sales-rep", "Ada Lee", 150, 0.5, 0.25));
        groups.add(group("sales-rep", "Bo Chen", 130, 0.4, 0.35));
        List<FeedbackRunRecord.AspectRow> aspects = new ArrayList<>();
        String[] aspectCodes = {"delivery", "price", "quality", "service", "returns"};
        for (int a = 0; a < aspectCodes.length; a++) {
            for (String lang : new String[] {"en", "zh", null}) {
                int n = 80 + a * 20 + (lang == null ? 100 : 0);
                int pos = (int) (n * (0.2 + 0.12 * a));
                int neg = (int) (n * (0.55 - 0.1 * a));
                aspects.add(new FeedbackRunRecord.AspectRow(aspectCodes[a], lang,
                        new FeedbackRunRecord.Counts(pos, n - pos - neg, neg, (pos - neg) * 0.6 / n)));
            }
        }
        List<FeedbackRunRecord.TopicRow> topics = new ArrayList<>();
        for (String lang : new String[] {"en", "zh"}) {
            String[] terms = lang.equals("en") ? EN_TERMS : ZH_TERMS;
            for (int t = 1; t <= 5; t++) {
                int n = 160 - t * 22;
                double mean = Math.sin(t * 1.7 + (lang.equals("en") ? 0 : 1)) * 0.7;
                topics.add(new FeedbackRunRecord.TopicRow(lang, t, List.of(terms[(t * 3) % 16],
                        terms[(t * 3 + 1) % 16], terms[(t * 3 + 2) % 16], terms[(t * 5) % 16]),
                        new FeedbackRunRecord.Counts((int) (n * (0.35 + mean / 2)), n / 5,
                                n - (int) (n * (0.35 + mean / 2)) - n / 5, mean)));
            }
        }
        List<FeedbackRunRecord.TextRow> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            boolean en = i % 2 == 0;
            double score = Math.round((random.nextDouble() * 2 - 1) * 1000) / 1000.0;
            String label = score > 0.05 ? "positive" : score < -0.05 ? "negative" : "neutral";
            texts.add(new FeedbackRunRecord.TextRow(String.format("F%06d", i + 1), String.format("C%06d", i * 37),
                    LocalDateTime.of(2026, 9, 1, 9, 0).plusHours(i * 13L), i % 3 == 0 ? "online" : "store",
                    products[i % products.length], en ? "en" : "zh", score, label,
                    en ? List.of("late", "broken") : List.of("太慢"), 1 + i % 5,
                    label.equals("negative") && i % 4 == 0 ? (i % 8 == 0 ? "high-value" : "at-risk") : null,
                    en ? "The parcel came late and the box was broken." : "物流太慢，包装也破了。"));
        }
        List<FeedbackRunRecord.KeywordRow> keywords = List.of(
                new FeedbackRunRecord.KeywordRow("en", null, "delivery", 1, 120),
                new FeedbackRunRecord.KeywordRow("en", "negative", "late", 1, 60),
                new FeedbackRunRecord.KeywordRow("zh", null, "物流", 1, 100));
        List<FeedbackRunRecord.ChangeRow> changes = List.of(
                new FeedbackRunRecord.ChangeRow("en", "late", 0.05, 0.18, 7, 0.86),
                new FeedbackRunRecord.ChangeRow("zh", "太慢", 0.04, 0.12, 5, 0.8));
        return new FeedbackRunRecord(0, STARTED, "test", "feedback.csv", "auto", "month", 0, "{}", timeline,
                groups, topics, keywords, aspects, changes, texts);
    }

    private static FeedbackRunRecord.Group group(String dimension, String name, int n, double pos, double neg) {
        int p = (int) Math.round(n * pos);
        int g = (int) Math.round(n * neg);
        return new FeedbackRunRecord.Group(dimension, name, new FeedbackRunRecord.Counts(p, n - p - g, g,
                (p - g) * 0.7 / n));
    }
}
