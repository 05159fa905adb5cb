package org.crmworkbench.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;
import org.crmworkbench.analysis.text.AspectSentiment;
import org.crmworkbench.analysis.text.FeedbackResult;
import org.crmworkbench.analysis.text.Keyword;
import org.crmworkbench.analysis.text.Language;
import org.crmworkbench.analysis.text.SentimentCounts;
import org.crmworkbench.analysis.text.SentimentLabel;
import org.crmworkbench.analysis.text.TermChange;
import org.crmworkbench.analysis.text.Topic;
import org.crmworkbench.i18n.Messages;

/**
 * What {@code workbench sentiment} prints: the counts by label overall and per language, each language's negative
 * keywords, the topics, the aspects, the terms that rose most in the last period and the length of the read-first
 * list. Languages are shown by their codes ({@code en}, {@code zh}), as the files write them.
 */
final class SentimentReport {
    private static final int TERMS = 8;
    private static final int CHANGES = 5;

    private final Messages m;
    private final PrintStream out;

    SentimentReport(Messages m, PrintStream out) {
        this.m = m;
        this.out = out;
    }

    void print(FeedbackResult result) {
        out.println(counts("all", result.overall()));
        for (Language language : Language.values()) {
            SentimentCounts counts = result.byLanguage().get(language);
            if (counts != null && counts.total() > 0) {
                out.println(counts(language.code(), counts));
            }
        }
        if (result.first() != null) {
            out.println(m.get("cli.sentiment.span", result.first().toLocalDate().toString(),
                    result.last().toLocalDate().toString()));
        }
        for (Language language : Language.values()) {
            List<String> words = result.keywords().stream()
                    .filter(k -> k.label() == SentimentLabel.NEGATIVE && k.language() == language)
                    .limit(TERMS).map(Keyword::term).toList();
            if (!words.isEmpty()) {
                out.println(m.get("cli.sentiment.negativeTerms", language.code(), String.join(", ", words)));
            }
        }
        if (!result.topics().isEmpty()) {
            out.println(m.get("cli.sentiment.topics", result.topics().size()));
            for (Topic topic : result.topics()) {
                out.println(m.get("cli.sentiment.topic", topic.number(), topic.language().code(), topic.name(),
                        topic.counts().total(), mean(topic.counts()), share(topic.counts().negativeShare())));
            }
        }
        for (AspectSentiment aspect : result.aspects()) {
            if (aspect.language() == null && aspect.counts().total() > 0) {
                out.println(m.get("cli.sentiment.aspect", aspect.aspect().code(), aspect.counts().total(),
                        share(aspect.counts().positiveShare()), share(aspect.counts().negativeShare())));
            }
        }
        List<TermChange> changes = result.changes();
        if (!changes.isEmpty()) {
            out.println(m.get("cli.sentiment.changed", changes.stream().limit(CHANGES)
                    .map(c -> c.term() + " (" + c.language().code() + ")").collect(Collectors.joining(", "))));
        }
        out.println(m.get("cli.sentiment.readFirst", result.priority().size()));
    }

    private String counts(String what, SentimentCounts counts) {
        return m.get("cli.sentiment.counts", what, counts.total(), counts.positive(), counts.neutral(),
                counts.negative(), mean(counts));
    }

    private static double mean(SentimentCounts counts) {
        return Double.isNaN(counts.meanScore()) ? 0 : counts.meanScore();
    }

    private static double share(double value) {
        return Double.isNaN(value) ? 0 : value;
    }
}
