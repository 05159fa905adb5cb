package org.crmworkbench.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.crmworkbench.model.FeedbackText;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.Progress;
import org.crmworkbench.work.UnsuitableDataException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FeedbackAnalysisTest {
    private static final FeedbackSettings SETTINGS = FeedbackSettings.defaults();
    private static List<FeedbackText> texts;
    private static List<ScoredFeedback> scored;
    private static FeedbackResult result;
    private static final FeedbackAnalysis ANALYSIS = new FeedbackAnalysis(FakeTextParts.analyzer(LanguageChoice.AUTO));

    @BeforeAll
    static void analyse() {
        texts = PlantedFeedback.texts();
        scored = ANALYSIS.score(texts, LanguageChoice.AUTO, Progress.none());
        result = ANALYSIS.summarise(scored, FeedbackFilter.ALL, SETTINGS, Progress.none());
    }

    private static List<ScoredFeedback> english(List<ScoredFeedback> list) {
        return list.stream().filter(t -> t.language() == Language.ENGLISH).toList();
    }

    @Test
    void scoringKeepsTheOrderAndEveryPlantedLabel() {
        assertEquals(texts.stream().map(FeedbackText::id).toList(),
                scored.stream().map(t -> t.text().id()).toList());
        for (int i = 0; i < PlantedFeedback.ENGLISH; i++) {
            assertEquals(Language.ENGLISH, scored.get(i).language());
            assertEquals(PlantedFeedback.planted(i), scored.get(i).label(), scored.get(i).text().text());
        }
        assertEquals(new SentimentCounts(140, 0, 140, result.overall().meanScore()), result.overall());
        assertEquals(PlantedFeedback.CHINESE, result.byLanguage().get(Language.CHINESE).total());
        assertEquals(20, result.byLanguage().get(Language.CHINESE).negative());
        assertFalse(result.byLanguage().containsKey(Language.OTHER));
    }

    @Test
    void topicsRecoverThePlantedGroupsInEachLanguage() {
        FeedbackResult two = ANALYSIS.summarise(scored, FeedbackFilter.ALL,
                new FeedbackSettings(LanguageChoice.AUTO, FeedbackPeriod.MONTH, 2, 15, 180, 20), Progress.none());
        for (Language language : List.of(Language.ENGLISH, Language.CHINESE)) {
            List<ScoredFeedback> of = two.texts().stream().filter(t -> t.language() == language).toList();
            int[] planted = of.stream().mapToInt(t -> t.label().ordinal()).toArray();
            int[] found = of.stream().mapToInt(ScoredFeedback::topic).toArray();
            assertTrue(IntStream.of(found).allMatch(t -> t > 0));
            double ari = PlantedFeedback.adjustedRand(planted, found);
            assertTrue(ari >= 0.9, language + " adjusted Rand " + ari);
        }
        assertEquals(4, two.topics().size());
        // chosen by silhouette, the topics split the planted groups further (by template) but seldom mix them
        int majority = 0;
        int clustered = 0;
        for (Topic topic : result.topics()) {
            SentimentCounts counts = topic.counts();
            majority += Math.max(counts.positive(), counts.negative());
            clustered += counts.total();
        }
        assertEquals(PlantedFeedback.ENGLISH + PlantedFeedback.CHINESE, clustered);
        assertTrue(majority >= 0.95 * clustered, "purity " + majority + " of " + clustered);
        Topic largest = result.topics().get(0);
        assertTrue(result.topics().size() >= 4 && result.topics().size() <= 20, result.topics().toString());
        List<Integer> numbers = result.topics().stream().map(Topic::number).toList();
        assertEquals(IntStream.rangeClosed(1, numbers.size()).boxed().toList(), numbers, "numbered from 1, unique");
        for (int i = 1; i < result.topics().size(); i++) {
            assertTrue(result.topics().get(i - 1).counts().total() >= result.topics().get(i).counts().total());
        }
        for (Topic topic : result.topics()) {
            long members = result.texts().stream()
                    .filter(t -> t.topic() == topic.number() && t.language() == topic.language()).count();
            assertEquals(topic.counts().total(), members);
            assertFalse(topic.terms().isEmpty());
        }
        assertTrue(largest.counts().total() > 0);
    }

    @Test
    void topicsAreNamedByTheirPlantedWords() {
        FeedbackResult two = ANALYSIS.summarise(scored, FeedbackFilter.ALL,
                new FeedbackSettings(LanguageChoice.AUTO, FeedbackPeriod.MONTH, 2, 15, 180, 20), Progress.none());
        for (Topic topic : two.topics()) {
            boolean negative = topic.counts().negative() > topic.counts().positive();
            String expected = switch (topic.language()) {
                case ENGLISH -> negative ? "late" : "quality";
                case CHINESE -> negative ? "失望" : "质量";
                default -> throw new AssertionError(topic);
            };
            assertTrue(topic.terms().subList(0, 3).contains(expected), topic.toString());
        }
    }

    @Test
    void keywordsOfEachLabelCarryItsPlantedWords() {
        List<String> negative = terms(Language.ENGLISH, SentimentLabel.NEGATIVE);
        List<String> positive = terms(Language.ENGLISH, SentimentLabel.POSITIVE);
        assertTrue(negative.subList(0, 5).stream().anyMatch(t -> t.contains("late")), negative.toString());
        assertTrue(negative.stream().anyMatch(t -> t.contains("delivery")), negative.toString());
        assertTrue(positive.subList(0, 5).stream().anyMatch(t -> t.contains("quality")), positive.toString());
        assertTrue(negative.stream().noneMatch(t -> t.contains("quality") || t.contains("excellent")));
        assertTrue(terms(Language.CHINESE, SentimentLabel.NEGATIVE).stream().anyMatch(t -> t.contains("物流")));
        for (Keyword keyword : result.keywords()) {
            assertTrue(keyword.texts() >= KeywordRanking.MIN_TEXTS);
            assertTrue(keyword.weight() > 0 && keyword.weight() <= 1);
        }
        assertEquals(1.0, result.keywords().stream()
                .filter(k -> k.language() == Language.ENGLISH && k.label() == SentimentLabel.NEGATIVE)
                .findFirst().orElseThrow().weight());
        assertTrue(terms(Language.ENGLISH, null).size() <= SETTINGS.keywords());
        assertTrue(result.keywords().stream().noneMatch(k -> k.label() == SentimentLabel.NEUTRAL),
                "no neutral texts, no neutral keywords");
    }

    private static List<String> terms(Language language, SentimentLabel label) {
        return result.keywords().stream().filter(k -> k.language() == language && k.label() == label)
                .map(Keyword::term).toList();
    }

    @Test
    void aspectsCarryThePlantedSign() {
        Map<String, AspectSentiment> aspects = new HashMap<>();
        result.aspects().forEach(a -> aspects.put(a.aspect() + "/" + a.language(), a));
        SentimentCounts delivery = aspects.get("DELIVERY/ENGLISH").counts();
        SentimentCounts quality = aspects.get("QUALITY/ENGLISH").counts();
        assertTrue(delivery.negative() >= 120, "every negative text has a negative delivery clause");
        assertEquals(0, delivery.positive());
        assertTrue(quality.positive() >= 120, "every positive text has a positive quality clause");
        assertEquals(0, quality.negative());
        assertTrue(aspects.get("DELIVERY/CHINESE").counts().meanScore() < 0);
        assertTrue(aspects.get("QUALITY/CHINESE").counts().meanScore() > 0);
        SentimentCounts all = aspects.get("DELIVERY/null").counts();
        SentimentCounts zh = aspects.get("DELIVERY/CHINESE").counts();
        assertEquals(delivery.total() + zh.total(), all.total());
        assertEquals((delivery.meanScore() * delivery.total() + zh.meanScore() * zh.total()) / all.total(),
                all.meanScore(), 1e-12);
    }

    @Test
    void theMonthlyTimelineCountsExactlyWithTheEmptyMonthKept() {
        List<SentimentPeriod> timeline = result.timeline();
        assertEquals(6, timeline.size());
        int[] chinese = new int[6];
        texts.stream().filter(t -> t.id().startsWith("Z"))
                .forEach(t -> chinese[t.writtenAt().getMonthValue() - 1]++);
        for (int m = 0; m < 6; m++) {
            assertEquals(LocalDate.of(2025, m + 1, 1), timeline.get(m).start());
            assertEquals(PlantedFeedback.MONTHLY[m] + chinese[m], timeline.get(m).counts().total(), "month " + m);
        }
        assertEquals(SentimentCounts.NONE, timeline.get(2).counts());
        assertEquals(LocalDateTime.of(2025, 1, 1, 9, 30), result.first());
        assertEquals(texts.stream().map(FeedbackText::writtenAt).max(LocalDateTime::compareTo).orElseThrow(),
                result.last());
    }

    @Test
    void weeksStartOnMondayAndQuartersOnTheirFirstDay() {
        FeedbackTimeline weeks = new FeedbackTimeline(FeedbackPeriod.WEEK);
        assertEquals(LocalDate.of(2024, 12, 30), weeks.startOf(LocalDate.of(2025, 1, 1)));
        assertEquals(LocalDate.of(2025, 1, 6), weeks.startOf(LocalDate.of(2025, 1, 12)));
        FeedbackTimeline quarters = new FeedbackTimeline(FeedbackPeriod.QUARTER);
        assertEquals(LocalDate.of(2025, 4, 1), quarters.startOf(LocalDate.of(2025, 6, 30)));
        List<SentimentPeriod> byQuarter = quarters.of(scored);
        assertEquals(2, byQuarter.size());
        assertEquals(110 + 40 + 50 + 40 + PlantedFeedback.CHINESE, byQuarter.get(0).counts().total()
                + byQuarter.get(1).counts().total());
        assertEquals(110 + (int) texts.stream().filter(t -> t.id().startsWith("Z")
                && t.writtenAt().getMonthValue() <= 3).count(), byQuarter.get(0).counts().total());
    }

    @Test
    void breakdownsCountEachValueAndLeaveOutMissingDimensions() {
        Map<String, Integer> channels = new HashMap<>();
        texts.forEach(t -> channels.merge(t.channel(), 1, Integer::sum));
        List<SentimentGroup> byChannel = result.breakdowns().get(FeedbackDimension.CHANNEL);
        assertEquals(3, byChannel.size());
        for (SentimentGroup group : byChannel) {
            assertEquals(channels.get(group.name()), group.counts().total());
        }
        List<SentimentGroup> byRegion = result.breakdowns().get(FeedbackDimension.REGION);
        assertEquals(List.of("north"), byRegion.stream().map(SentimentGroup::name).toList());
        assertEquals(60, byRegion.get(0).counts().total());
        assertEquals(60, byRegion.get(0).counts().negative(), "every fourth text is even, so negative");
        assertEquals(List.of("en", "zh"), result.breakdowns().get(FeedbackDimension.LANGUAGE).stream()
                .map(SentimentGroup::name).toList());
        assertFalse(result.breakdowns().containsKey(FeedbackDimension.PRODUCT));
        assertFalse(result.breakdowns().containsKey(FeedbackDimension.SALES_REP));
    }

    @Test
    void whatChangedFindsTheTermPlantedInTheLastMonth() {
        TermChange top = result.changes().get(0);
        assertEquals("zipper stiff", top.term());
        assertEquals(Language.ENGLISH, top.language());
        assertEquals(0.0, top.earlierShare());
        int juneTexts = PlantedFeedback.MONTHLY[5];
        assertEquals((double) PlantedFeedback.ZIPPERS / juneTexts, top.recentShare(), 1e-12);
        assertEquals(PlantedFeedback.ZIPPERS, top.recentTexts());
        assertEquals(1.0, top.negativeShare());
        assertTrue(result.changes().stream().noneMatch(c -> c.term().equals("zipper") || c.term().equals("stiff")),
                "the phrase covers its words");
        assertTrue(result.changes().stream().allMatch(c -> c.recentTexts() >= TermChanges.FEWEST_RECENT
                && c.recentShare() > c.earlierShare()));
    }

    @Test
    void priorityListsNegativeTextsOfValuableOrLapsingCustomersMostNegativeFirst() {
        List<ScoredFeedback> marked = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            FeedbackText t = scored.get(i).text();
            double percentile = i % 3 == 0 ? 0.9 : i % 3 == 1 ? 0.8 : 0.79;
            int days = i < 6 ? 200 : 179;
            marked.add(new ScoredFeedback(new FeedbackText(t.id(), t.customerId(), t.writtenAt(), t.channel(),
                    t.declaredLanguage(), t.text(), null, null, null, null, null, percentile, days),
                    scored.get(i).analysis(), 0));
        }
        FeedbackResult marks = ANALYSIS.summarise(marked, FeedbackFilter.ALL, SETTINGS, Progress.none());
        Map<String, PriorityReason> reasons = new HashMap<>();
        marks.priority().forEach(p -> reasons.put(p.feedback().text().id(), p.reason()));
        // negative = even indices; high value from 0.8 (top 20%), at risk from 180 days
        assertEquals(Map.of("E0", PriorityReason.HIGH_VALUE_AT_RISK, "E2", PriorityReason.AT_RISK,
                "E4", PriorityReason.HIGH_VALUE_AT_RISK, "E6", PriorityReason.HIGH_VALUE,
                "E10", PriorityReason.HIGH_VALUE), reasons);
        for (int i = 1; i < marks.priority().size(); i++) {
            assertTrue(marks.priority().get(i - 1).feedback().score() <= marks.priority().get(i).feedback().score());
        }
    }

    @Test
    void filtersKeepTheirTextsOnly() {
        FeedbackResult web = ANALYSIS.summarise(scored, new FeedbackFilter(Set.of(), "web", null, null, null),
                SETTINGS, Progress.none());
        assertEquals(texts.stream().filter(t -> t.channel().equals("web")).count(), web.overall().total());
        assertTrue(web.texts().stream().allMatch(t -> t.text().channel().equals("web")));
        FeedbackResult april = ANALYSIS.summarise(scored, new FeedbackFilter(Set.of(Language.ENGLISH), null, null,
                LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30)), SETTINGS, Progress.none());
        assertEquals(PlantedFeedback.MONTHLY[3], april.overall().total());
        assertEquals(1, april.timeline().size());
        assertTrue(april.changes().isEmpty(), "one period: nothing earlier to compare with");
        assertTrue(april.topics().size() >= 2, "40 English texts still make topics");
        FeedbackResult chinese = ANALYSIS.summarise(scored, new FeedbackFilter(Set.of(Language.CHINESE), "web", null,
                null, null), SETTINGS, Progress.none());
        assertTrue(chinese.topics().isEmpty(), "fewer than 20 texts make no topics");
        assertTrue(chinese.texts().stream().allMatch(t -> t.topic() == 0));
        assertThrows(UnsuitableDataException.class, () -> ANALYSIS.summarise(scored,
                new FeedbackFilter(Set.of(), "fax", null, null, null), SETTINGS, Progress.none()));
        assertThrows(UnsuitableDataException.class, () -> ANALYSIS.summarise(List.of(), FeedbackFilter.ALL,
                SETTINGS, Progress.none()));
    }

    @Test
    void eachCustomerGetsCountsMeanAndTheirNewestText() {
        List<CustomerSentiment> customers = ANALYSIS.byCustomer(scored);
        assertEquals(50, customers.size());
        assertEquals("C0", customers.get(0).customerId());
        for (CustomerSentiment customer : customers) {
            List<ScoredFeedback> own = scored.stream()
                    .filter(t -> t.text().customerId().equals(customer.customerId())).toList();
            assertEquals(own.size(), customer.texts());
            assertEquals(own.stream().mapToDouble(ScoredFeedback::score).average().orElseThrow(),
                    customer.meanScore(), 1e-12);
            assertEquals(own.stream().filter(t -> t.label() == SentimentLabel.NEGATIVE).count(), customer.negative());
            LocalDateTime newest = own.stream().map(t -> t.text().writtenAt()).max(LocalDateTime::compareTo)
                    .orElseThrow();
            assertEquals(newest, customer.lastAt());
        }
        List<ScoredFeedback> undated = List.of(bare("a", "C1", "great"), bare("b", "C1", "awful"),
                bare("c", null, "awful"));
        List<CustomerSentiment> one = ANALYSIS.byCustomer(undated);
        assertEquals(1, one.size());
        assertNull(one.get(0).lastAt());
        assertTrue(one.get(0).lastScore() < 0, "the last one read");
    }

    private static ScoredFeedback bare(String id, String customer, String text) {
        FeedbackText t = new FeedbackText(id, customer, null, null, null, text, null, null, null, null, null,
                Double.NaN, -1);
        return new ScoredFeedback(t, FakeTextParts.analyzer(LanguageChoice.ENGLISH).analyze(text, null), 0);
    }

    @Test
    void scoringStopsWhenCancelled() {
        Progress cancelled = new Progress() {
            @Override
            public void worked(long done, long total) {
            }

            @Override
            public void stage(String messageKey, Object... args) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> ANALYSIS.score(texts, LanguageChoice.AUTO, cancelled));
        assertThrows(CancelledException.class,
                () -> ANALYSIS.summarise(scored, FeedbackFilter.ALL, SETTINGS, cancelled));
        Set<String> stages = new HashSet<>();
        List<Long> done = new ArrayList<>();
        Progress recorder = new Progress() {
            @Override
            public void worked(long d, long total) {
                done.add(d);
            }

            @Override
            public void stage(String messageKey, Object... args) {
                stages.add(messageKey);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        ANALYSIS.run(texts, SETTINGS, recorder);
        assertTrue(stages.containsAll(Set.of("feedback.stage.score", "feedback.stage.summarise",
                "feedback.stage.keywords", "feedback.stage.topics", "feedback.stage.changes")), stages.toString());
        assertTrue(done.contains((long) texts.size()));
    }
}
