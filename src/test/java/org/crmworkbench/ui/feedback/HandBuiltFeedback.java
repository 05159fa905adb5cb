package org.crmworkbench.ui.feedback;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
import org.crmworkbench.analysis.text.LanguageChoice;
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
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.FeedbackRunRecord;
import org.crmworkbench.model.FeedbackText;
import org.crmworkbench.work.Progress;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Five hand-scored texts and steps that read, score, summarise, record, save and draw them by hand (the analysis
 * and the charts are other parts' work; here they only have to be shown). Three English, two Chinese, over four
 * customers, three channels and two products, 5 Jan to 15 Mar 2026: scores 0.8, -0.7, 0.75, -0.6, 0 (mean 0.05);
 * the drivers' spans are where their words stand in the texts.
 */
final class HandBuiltFeedback implements FeedbackSteps {
    static final FeedbackText E1 = text("e1", "C1", "2026-01-05T09:00", "email", "en",
            "The delivery was fast and the quality is great.", "Lamp");
    static final FeedbackText E2 = text("e2", "C2", "2026-02-10T10:30", "phone", "en",
            "Terrible service, the price is too high.", "Desk");
    static final FeedbackText Z1 = text("z1", "C3", "2026-02-20T08:00", "web", "zh", "物流很快，质量很好。", "Lamp");
    static final FeedbackText Z2 = text("z2", "C1", "2026-03-03T16:45", "web", "zh", "客服态度差，不推荐。", "Desk");
    static final FeedbackText E3 = text("e3", "C4", "2026-03-15T12:00", "email", "en", "It arrived on Monday.", null);
    static final List<FeedbackText> TEXTS = List.of(E1, E2, Z1, Z2, E3);

    /** What {@link #readStored} gives (empty = a database without feedback). */
    List<FeedbackText> stored = TEXTS;
    /** The language choices texts were scored with, in order. */
    final List<LanguageChoice> scoredWith = new ArrayList<>();
    /** The filters and settings summaries were asked for, in order. */
    final List<FeedbackFilter> filters = new ArrayList<>();
    final List<FeedbackSettings> settings = new ArrayList<>();
    /** Runs saved. */
    final List<FeedbackRunRecord> saved = new ArrayList<>();
    /** When set, scoring fails with it. */
    RuntimeException scoringFails;

    static FeedbackText text(String id, String customer, String at, String channel, String language, String text,
                             String product) {
        return new FeedbackText(id, customer, LocalDateTime.parse(at), channel, language, text, product, null, null,
                null, null, Double.NaN, -1);
    }

    static ScoredFeedback scored(FeedbackText t) {
        return switch (t.id()) {
            case "e1" -> scored(t, Language.ENGLISH, 0.8, SentimentLabel.POSITIVE, List.of("fast", "+0.5", "great",
                    "+0.8"), List.of(new AspectMention(Aspect.DELIVERY, "delivery", 0.6),
                    new AspectMention(Aspect.QUALITY, "quality", 0.7)));
            case "e2" -> scored(t, Language.ENGLISH, -0.7, SentimentLabel.NEGATIVE, List.of("Terrible", "-0.9",
                    "high", "-0.2"), List.of(new AspectMention(Aspect.SERVICE, "service", -0.7),
                    new AspectMention(Aspect.PRICE, "price", -0.4)));
            case "z1" -> scored(t, Language.CHINESE, 0.75, SentimentLabel.POSITIVE, List.of("很快", "+0.6", "很好",
                    "+0.7"), List.of(new AspectMention(Aspect.DELIVERY, "物流", 0.6)));
            case "z2" -> scored(t, Language.CHINESE, -0.6, SentimentLabel.NEGATIVE, List.of("差", "-0.8", "不推荐",
                    "-0.5"), List.of(new AspectMention(Aspect.SERVICE, "客服", -0.6)));
            default -> scored(t, Language.ENGLISH, 0, SentimentLabel.NEUTRAL, List.of(), List.of());
        };
    }

    /** {@code drivers}: word, weight, word, weight ... each found in the text. */
    private static ScoredFeedback scored(FeedbackText t, Language language, double score, SentimentLabel label,
                                         List<String> drivers, List<AspectMention> aspects) {
        List<SentimentDriver> found = new ArrayList<>();
        for (int i = 0; i < drivers.size(); i += 2) {
            int at = t.text().indexOf(drivers.get(i));
            found.add(new SentimentDriver(drivers.get(i), at, at + drivers.get(i).length(),
                    Double.parseDouble(drivers.get(i + 1))));
        }
        found.sort((a, b) -> Double.compare(Math.abs(b.weight()), Math.abs(a.weight())));
        return new ScoredFeedback(t, new AnalyzedText(language, new SentimentScore(score, label, found),
                List.of(t.text().split("\\W+")), aspects), 0);
    }

    @Override
    public List<FeedbackText> readStored(Database database, Progress progress) {
        return stored;
    }

    @Override
    public List<FeedbackText> readFile(Path file, String textColumn, String idColumn, String dateColumn,
                                       Progress progress) {
        return TEXTS;
    }

    @Override
    public List<ScoredFeedback> score(List<FeedbackText> texts, LanguageChoice choice, Progress progress) {
        scoredWith.add(choice);
        if (scoringFails != null) {
            throw scoringFails;
        }
        return texts.stream().map(HandBuiltFeedback::scored).toList();
    }

    static SentimentCounts counts(List<ScoredFeedback> texts) {
        int p = 0;
        int n = 0;
        int neg = 0;
        double sum = 0;
        for (ScoredFeedback s : texts) {
            switch (s.label()) {
                case POSITIVE -> p++;
                case NEUTRAL -> n++;
                case NEGATIVE -> neg++;
            }
            sum += s.score();
        }
        return new SentimentCounts(p, n, neg, texts.isEmpty() ? Double.NaN : sum / texts.size());
    }

    private static List<SentimentGroup> groups(List<ScoredFeedback> texts, Function<ScoredFeedback, String> by) {
        Map<String, List<ScoredFeedback>> of = new LinkedHashMap<>();
        for (ScoredFeedback s : texts) {
            String key = by.apply(s);
            if (key != null) {
                of.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            }
        }
        return of.entrySet().stream().map(e -> new SentimentGroup(e.getKey(), counts(e.getValue())))
                .sorted((a, b) -> b.counts().total() - a.counts().total()).toList();
    }

    @Override
    public FeedbackResult summarise(List<ScoredFeedback> scored, FeedbackFilter filter, FeedbackSettings asked,
                                    Progress progress) {
        filters.add(filter);
        settings.add(asked);
        List<ScoredFeedback> kept = scored.stream().filter(filter::accepts).toList();
        Map<Language, SentimentCounts> byLanguage = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            List<ScoredFeedback> of = kept.stream().filter(s -> s.language() == l).toList();
            if (!of.isEmpty()) {
                byLanguage.put(l, counts(of));
            }
        }
        List<SentimentPeriod> timeline = new ArrayList<>();
        for (int month = 1; month <= 3; month++) {
            int m = month;
            timeline.add(new SentimentPeriod(LocalDate.of(2026, m, 1), counts(kept.stream()
                    .filter(s -> s.text().writtenAt().getMonthValue() == m).toList())));
        }
        Map<FeedbackDimension, List<SentimentGroup>> breakdowns = new EnumMap<>(FeedbackDimension.class);
        breakdowns.put(FeedbackDimension.CHANNEL, groups(kept, s -> s.text().channel()));
        breakdowns.put(FeedbackDimension.PRODUCT, groups(kept, s -> s.text().product()));
        breakdowns.put(FeedbackDimension.LANGUAGE, groups(kept, s -> s.language().code()));
        List<Keyword> keywords = List.of(new Keyword("delivery", Language.ENGLISH, null, 1, 1),
                new Keyword("price", Language.ENGLISH, null, 0.8, 1),
                new Keyword("terrible", Language.ENGLISH, SentimentLabel.NEGATIVE, 1, 1),
                new Keyword("物流", Language.CHINESE, null, 1, 1));
        List<Topic> topics = List.of(new Topic(1, Language.ENGLISH, List.of("delivery", "quality", "fast"),
                counts(kept.stream().filter(s -> s.language() == Language.ENGLISH).toList())),
                new Topic(1, Language.CHINESE, List.of("物流", "质量"),
                        counts(kept.stream().filter(s -> s.language() == Language.CHINESE).toList())));
        List<AspectSentiment> aspects = List.of(new AspectSentiment(Aspect.DELIVERY, null,
                new SentimentCounts(2, 0, 0, 0.6)), new AspectSentiment(Aspect.SERVICE, null,
                new SentimentCounts(0, 0, 2, -0.65)));
        List<PriorityFeedback> priority = kept.stream().filter(s -> s.label() == SentimentLabel.NEGATIVE)
                .map(s -> new PriorityFeedback(s, s.text().customerId().equals("C2") ? PriorityReason.HIGH_VALUE
                        : PriorityReason.AT_RISK)).toList();
        List<TermChange> changes = List.of(new TermChange("monday", Language.ENGLISH, 0, 1, 1, 0));
        LocalDateTime first = kept.stream().map(s -> s.text().writtenAt()).min(LocalDateTime::compareTo)
                .orElse(null);
        LocalDateTime last = kept.stream().map(s -> s.text().writtenAt()).max(LocalDateTime::compareTo)
                .orElse(null);
        return new FeedbackResult(asked, filter, kept, counts(kept), byLanguage, timeline, breakdowns, keywords,
                topics, aspects, changes, priority, first, last);
    }

    private static FeedbackRunRecord.Counts counts(SentimentCounts c) {
        return new FeedbackRunRecord.Counts(c.positive(), c.neutral(), c.negative(), c.meanScore());
    }

    @Override
    public FeedbackRunRecord record(FeedbackResult result, String dataSource, Instant startedAt) {
        List<FeedbackRunRecord.Group> groups = new ArrayList<>();
        result.breakdowns().forEach((d, list) -> list.forEach(g -> groups.add(
                new FeedbackRunRecord.Group(d.code(), g.name(), counts(g.counts())))));
        return new FeedbackRunRecord(0, startedAt, "test", dataSource, result.settings().language().cliName(),
                result.settings().period().cliName(), result.settings().topics(), "{}",
                result.timeline().stream().map(p -> new FeedbackRunRecord.Period(p.start(), counts(p.counts())))
                        .toList(), groups,
                result.topics().stream().map(t -> new FeedbackRunRecord.TopicRow(t.language().code(), t.number(),
                        t.terms(), counts(t.counts()))).toList(), List.of(),
                result.aspects().stream().map(a -> new FeedbackRunRecord.AspectRow(a.aspect().code(), null,
                        counts(a.counts()))).toList(), List.of(), List.of());
    }

    @Override
    public FeedbackRunRecord save(Database database, FeedbackRunRecord run) {
        saved.add(run);
        return run.withId(7);
    }

    @Override
    public FeedbackDrawing.Charts charts(Messages messages) {
        return new FeedbackDrawing.Charts() {
            @Override
            public JFreeChart timeline(FeedbackRunRecord run) {
                return chart("timeline " + run.timeline().size());
            }

            @Override
            public JFreeChart breakdown(FeedbackRunRecord run, String dimension) {
                return chart("breakdown " + dimension);
            }

            @Override
            public JFreeChart aspects(FeedbackRunRecord run) {
                return chart("aspects");
            }

            @Override
            public JFreeChart topics(FeedbackRunRecord run) {
                return chart("topics");
            }
        };
    }

    private static JFreeChart chart(String title) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(1, "a", "b");
        return ChartFactory.createBarChart(title, "x", "y", data);
    }
}
