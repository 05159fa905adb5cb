package org.crmworkbench.present.feedback;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.FeedbackRunRecord;

/**
 * A feedback analysis in the reader's words: sentiment labels, languages, aspects, the breakdowns' dimensions and
 * their values (known channels named; other values as the data spells them), periods ("2026-03", "2026 Q1", "week of
 * 2026-03-02"), the read-first reasons and the run's summary line ({@link #SUMMARY}). Codes the bundles do not know
 * are shown as they are stored, so nothing read from a file is ever hidden.
 */
public final class FeedbackWords {
    /**
     * The key of a run's summary line; arguments: texts, positive, neutral, negative (whole numbers), as the run store
     * saves them, so a saved summary reads the same as one made now.
     */
    public static final String SUMMARY = "feedback.run.summary";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Messages messages;

    public FeedbackWords(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public Messages messages() {
        return messages;
    }

    /** A sentiment label's code ({@code positive}, {@code neutral}, {@code negative}) in words. */
    public String label(String code) {
        return known("feedback.words.label.", code);
    }

    /** A language's code ({@code en}, {@code zh}, {@code other}) in words; null means every language. */
    public String language(String code) {
        return code == null ? messages.get("feedback.words.language.all") : known("feedback.words.language.", code);
    }

    /** An aspect's code ({@code delivery}, {@code price} ...) in words. */
    public String aspect(String code) {
        return known("feedback.words.aspect.", code);
    }

    /** A breakdown dimension's code ({@code channel}, {@code sales-rep} ...) in words. */
    public String dimension(String code) {
        return known("feedback.words.dimension.", code);
    }

    /**
     * A value of a breakdown in words: a language by its name, a known channel ({@code online}, {@code store} ...)
     * by its name, anything else (products, regions, reps) as the data spells it; a blank value as "unknown".
     */
    public String value(String dimension, String name) {
        if (name == null || name.isBlank()) {
            return messages.get("feedback.words.unknown");
        }
        if ("language".equals(dimension)) {
            return language(name);
        }
        if ("channel".equals(dimension)) {
            return known("feedback.words.channel.", name.toLowerCase(Locale.ROOT), name);
        }
        return name;
    }

    /** A read-first reason's code ({@code high-value}, {@code at-risk}, {@code high-value-at-risk}) in words. */
    public String reason(String code) {
        return code == null ? "" : known("feedback.words.reason.", code);
    }

    /** A timeline period's command-line name ({@code week}, {@code month}, {@code quarter}) in words. */
    public String period(String cliName) {
        return known("feedback.words.period.", cliName);
    }

    /** The period starting {@code start}: "2026-03" for a month, "2026 Q1" for a quarter, "2026-03-02" for a week. */
    public String periodStart(LocalDate start, String cliName) {
        return switch (cliName) {
            case "month" -> messages.get("feedback.words.month", start.getYear(),
                    String.format(Locale.ROOT, "%02d", start.getMonthValue()));
            case "quarter" -> messages.get("feedback.words.quarter", start.getYear(),
                    (start.getMonthValue() - 1) / 3 + 1);
            default -> DAY.format(start);
        };
    }

    /** The day a text was written; empty when unknown. */
    public String day(LocalDateTime at) {
        return at == null ? "" : DAY.format(at);
    }

    /** A text's time to the minute; empty when unknown. */
    public String time(LocalDateTime at) {
        return at == null ? "" : MINUTE.format(at);
    }

    /** A topic's name: "EN 2 · delivery · late · parcel" (language, number, its first three terms). */
    public String topic(FeedbackRunRecord.TopicRow topic) {
        String terms = String.join(" · ", topic.terms().subList(0, Math.min(3, topic.terms().size())));
        return messages.get("feedback.words.topic", topic.language().toUpperCase(Locale.ROOT), topic.number(),
                terms);
    }

    /** The arguments of {@link #SUMMARY}: texts, positive, neutral, negative (all of the run). */
    public static Object[] summaryArguments(FeedbackRunRecord run) {
        int positive = 0;
        int neutral = 0;
        int negative = 0;
        for (FeedbackRunRecord.TextRow t : run.texts()) {
            switch (t.label()) {
                case "positive" -> positive++;
                case "negative" -> negative++;
                default -> neutral++;
            }
        }
        return new Object[] {run.texts().size(), positive, neutral, negative};
    }

    /** "1,283 texts: 540 positive, 301 neutral, 442 negative". */
    public String summary(FeedbackRunRecord run) {
        return messages.get(SUMMARY, summaryArguments(run));
    }

    /** "Languages detected per text, by month, topics chosen by the analysis". */
    public String settings(FeedbackRunRecord run) {
        String topics = run.topicsAsked() == 0 ? messages.get("feedback.run.topicsChosen")
                : messages.get("feedback.run.topicsAsked", run.topicsAsked());
        return messages.get("feedback.run.settings", known("feedback.words.choice.", run.language()),
                period(run.period()), topics);
    }

    private String known(String prefix, String code) {
        return known(prefix, code, code);
    }

    private String known(String prefix, String code, String otherwise) {
        if (code == null) {
            return "";
        }
        String key = prefix + code;
        return messages.has(key) ? messages.get(key) : otherwise;
    }
}
