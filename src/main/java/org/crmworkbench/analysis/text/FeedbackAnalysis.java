package org.crmworkbench.analysis.text;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.crmworkbench.model.FeedbackText;
import org.crmworkbench.work.Progress;
import org.crmworkbench.work.UnsuitableDataException;

/**
 * The Feedback workspace's and {@code workbench sentiment}'s analysis, in two steps so the window's filters need no
 * rescoring: {@link #score} (language, sentiment, words and aspects of every text; the costly step, run on all
 * cores) and {@link #summarise} (timeline, breakdowns, keywords, topics, aspects, what changed and the read-first
 * list over the texts a filter keeps).
 */
public final class FeedbackAnalysis {
    /** Texts scored between two progress reports and cancellation checks. */
    private static final int CHUNK = 256;

    private final Supplier<TextAnalyzer> analyzers;
    private TextAnalyzer analyzer;

    /** The analysis with the models shipped in the jar, loaded when the first texts are scored. */
    public FeedbackAnalysis() {
        this.analyzers = () -> new TextAnalyzer(LanguageChoice.AUTO);
    }

    /** The analysis scoring with {@code analyzer}'s parts (its language choice is replaced by each call's). */
    public FeedbackAnalysis(TextAnalyzer analyzer) {
        Objects.requireNonNull(analyzer, "analyzer");
        this.analyzers = () -> analyzer;
    }

    private synchronized TextAnalyzer analyzer(LanguageChoice choice) {
        if (analyzer == null) {
            analyzer = analyzers.get();
        }
        return analyzer.withChoice(choice);
    }

    /** Every text analysed, in the order given; topics are 0 until {@link #summarise}. */
    public List<ScoredFeedback> score(List<FeedbackText> texts, LanguageChoice choice, Progress progress) {
        Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(choice, "choice");
        progress.stage("feedback.stage.score", texts.size());
        progress.worked(0, texts.size());
        TextAnalyzer textAnalyzer = analyzer(choice);
        List<ScoredFeedback> scored = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += CHUNK) {
            progress.checkCancelled();
            int to = Math.min(texts.size(), from + CHUNK);
            scored.addAll(IntStream.range(from, to).parallel().mapToObj(i -> {
                FeedbackText text = texts.get(i);
                return new ScoredFeedback(text, textAnalyzer.analyze(text.text(), text.declaredLanguage()), 0);
            }).toList());
            progress.worked(to, texts.size());
        }
        progress.checkCancelled();
        return scored;
    }

    /** The summaries over the texts {@code filter} keeps. */
    public FeedbackResult summarise(List<ScoredFeedback> scored, FeedbackFilter filter, FeedbackSettings settings,
                                    Progress progress) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(settings, "settings");
        if (scored.isEmpty()) {
            throw new UnsuitableDataException("feedback.data.noTexts", "there are no feedback texts to analyse");
        }
        List<ScoredFeedback> kept = scored.stream().filter(filter::accepts).toList();
        if (kept.isEmpty()) {
            throw new UnsuitableDataException("feedback.data.noneKept",
                    "none of the " + scored.size() + " feedback texts passes the filters", scored.size());
        }
        int steps = 4;
        progress.stage("feedback.stage.summarise", kept.size());
        progress.worked(0, steps);
        Map<Language, List<ScoredFeedback>> byLanguage = new EnumMap<>(Language.class);
        for (ScoredFeedback text : kept) {
            byLanguage.computeIfAbsent(text.language(), l -> new ArrayList<>()).add(text);
        }
        Map<Language, SentimentCounts> languageCounts = new EnumMap<>(Language.class);
        byLanguage.forEach((language, texts) -> languageCounts.put(language, SentimentTally.of(texts)));
        FeedbackTimeline timeline = new FeedbackTimeline(settings.period());
        FeedbackBreakdowns breakdowns = new FeedbackBreakdowns();
        List<SentimentPeriod> periods = timeline.of(kept);
        Map<FeedbackDimension, List<SentimentGroup>> groups = breakdowns.of(kept);
        List<AspectSentiment> aspects = breakdowns.aspects(kept);
        progress.checkCancelled();
        progress.worked(1, steps);

        progress.stage("feedback.stage.keywords", kept.size());
        List<Keyword> keywords = new ArrayList<>();
        Map<Language, TermDocuments> documents = new EnumMap<>(Language.class);
        for (Language language : List.of(Language.ENGLISH, Language.CHINESE)) {
            List<ScoredFeedback> texts = byLanguage.getOrDefault(language, List.of());
            if (texts.isEmpty()) {
                continue;
            }
            TermDocuments terms = TermDocuments.of(language, texts);
            documents.put(language, terms);
            keywords.addAll(keywords(language, texts, terms, settings.keywords()));
            progress.checkCancelled();
        }
        progress.worked(2, steps);

        progress.stage("feedback.stage.topics", kept.size());
        List<Topic> topics = new ArrayList<>();
        Map<ScoredFeedback, Integer> topicOf = topics(byLanguage, documents, settings.topics(), topics, progress);
        List<ScoredFeedback> withTopics = kept.stream()
                .map(t -> t.withTopic(topicOf.getOrDefault(t, 0))).toList();
        progress.worked(3, steps);

        progress.stage("feedback.stage.changes", kept.size());
        List<TermChange> changes = new TermChanges(timeline).of(kept, settings.keywords());
        List<PriorityFeedback> priority = new PriorityList(settings.topSpenders(), settings.atRiskDays())
                .of(withTopics);
        LocalDateTime first = null;
        LocalDateTime last = null;
        for (ScoredFeedback text : kept) {
            LocalDateTime at = text.text().writtenAt();
            if (at != null) {
                first = first == null || at.isBefore(first) ? at : first;
                last = last == null || at.isAfter(last) ? at : last;
            }
        }
        progress.worked(steps, steps);
        return new FeedbackResult(settings, filter, withTopics, SentimentTally.of(kept), languageCounts, periods,
                groups, keywords, topics, aspects, changes, priority, first, last);
    }

    /** Both steps over all texts. */
    public FeedbackResult run(List<FeedbackText> texts, FeedbackSettings settings, Progress progress) {
        return summarise(score(texts, settings.language(), progress), FeedbackFilter.ALL, settings, progress);
    }

    /** Each customer's feedback in one line (texts without a customer are left out), by customer id. */
    public List<CustomerSentiment> byCustomer(List<ScoredFeedback> scored) {
        Map<String, List<ScoredFeedback>> byId = new TreeMap<>();
        for (ScoredFeedback text : scored) {
            String id = text.text().customerId();
            if (id != null && !id.isBlank()) {
                byId.computeIfAbsent(id, i -> new ArrayList<>()).add(text);
            }
        }
        List<CustomerSentiment> customers = new ArrayList<>(byId.size());
        byId.forEach((id, texts) -> {
            double sum = 0;
            int negative = 0;
            ScoredFeedback newest = null;
            for (ScoredFeedback text : texts) {
                sum += text.score();
                negative += text.label() == SentimentLabel.NEGATIVE ? 1 : 0;
                if (newest == null || isNewer(text.text().writtenAt(), newest.text().writtenAt())) {
                    newest = text;
                }
            }
            customers.add(new CustomerSentiment(id, texts.size(), sum / texts.size(), negative, newest.score(),
                    newest.text().writtenAt()));
        });
        return customers;
    }

    /** Whether a text read later at {@code candidate} replaces the newest so far at {@code current}. */
    private static boolean isNewer(LocalDateTime candidate, LocalDateTime current) {
        if (candidate == null) {
            return current == null;
        }
        return current == null || !candidate.isBefore(current);
    }

    private static List<Keyword> keywords(Language language, List<ScoredFeedback> texts, TermDocuments terms,
                                          int limit) {
        KeywordRanking ranking = new KeywordRanking(terms);
        List<Keyword> keywords = new ArrayList<>(ranking.rank(language, null,
                IntStream.range(0, texts.size()).toArray(), limit));
        for (SentimentLabel label : SentimentLabel.values()) {
            int[] members = IntStream.range(0, texts.size()).filter(i -> texts.get(i).label() == label).toArray();
            if (members.length > 0) {
                keywords.addAll(ranking.rank(language, label, members, limit));
            }
        }
        return keywords;
    }

    /**
     * Clusters each language's texts, adds the topics (numbered over all languages, largest first) to
     * {@code topics}, and gives each clustered text its topic number.
     */
    private static Map<ScoredFeedback, Integer> topics(Map<Language, List<ScoredFeedback>> byLanguage,
                                                       Map<Language, TermDocuments> documents, int wanted,
                                                       List<Topic> topics, Progress progress) {
        record Cluster(Language language, List<String> terms, List<ScoredFeedback> members) {
        }
        List<Cluster> clusters = new ArrayList<>();
        TopicClustering clustering = new TopicClustering(progress);
        for (Map.Entry<Language, TermDocuments> entry : documents.entrySet()) {
            List<ScoredFeedback> texts = byLanguage.get(entry.getKey());
            if (texts.size() < TopicClustering.FEWEST_TEXTS) {
                continue;
            }
            TopicClustering.Fit fit = clustering.fit(entry.getValue(),
                    texts.stream().map(t -> t.analysis().terms()).toList(), wanted);
            if (fit == null) {
                continue;
            }
            List<List<ScoredFeedback>> members = new ArrayList<>();
            fit.terms().forEach(t -> members.add(new ArrayList<>()));
            for (int i = 0; i < texts.size(); i++) {
                if (fit.cluster()[i] >= 0) {
                    members.get(fit.cluster()[i]).add(texts.get(i));
                }
            }
            for (int c = 0; c < members.size(); c++) {
                if (!members.get(c).isEmpty()) {
                    clusters.add(new Cluster(entry.getKey(), fit.terms().get(c), members.get(c)));
                }
            }
        }
        clusters.sort(Comparator.comparingInt((Cluster c) -> c.members().size()).reversed()
                .thenComparing(Cluster::language));
        Map<ScoredFeedback, Integer> topicOf = new IdentityHashMap<>();
        for (int number = 1; number <= clusters.size(); number++) {
            Cluster cluster = clusters.get(number - 1);
            topics.add(new Topic(number, cluster.language(), cluster.terms(), SentimentTally.of(cluster.members())));
            for (ScoredFeedback member : cluster.members()) {
                topicOf.put(member, number);
            }
        }
        return topicOf;
    }
}
