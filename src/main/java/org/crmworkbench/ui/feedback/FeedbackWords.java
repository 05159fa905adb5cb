package org.crmworkbench.ui.feedback;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crmworkbench.analysis.text.AspectMention;
import org.crmworkbench.analysis.text.FeedbackResult;
import org.crmworkbench.analysis.text.Language;
import org.crmworkbench.analysis.text.PriorityReason;
import org.crmworkbench.analysis.text.ScoredFeedback;
import org.crmworkbench.analysis.text.SentimentCounts;
import org.crmworkbench.analysis.text.SentimentLabel;
import org.crmworkbench.i18n.Messages;

/**
 * The Feedback view's words: names of languages, labels, reasons, dimensions and aspects in the reader's language,
 * the summary line of a result and the description of one chosen text.
 */
final class FeedbackWords {
    private final Messages messages;

    FeedbackWords(Messages messages) {
        this.messages = messages;
    }

    String language(Language language) {
        return language == null ? messages.get("feedback.ws.all") : language(language.code());
    }

    /** A language by its code ({@code en}, {@code zh}, {@code other}; "" = all languages). */
    String language(String code) {
        return code == null || code.isEmpty() ? messages.get("feedback.ws.filter.allLanguages")
                : messages.get("feedback.ws.language." + code);
    }

    String label(SentimentLabel label) {
        return label == null ? messages.get("feedback.ws.label.all") : messages.get("feedback.ws.label." + label.code());
    }

    /** A label by its code; null = all texts. */
    String label(String code) {
        return code == null ? messages.get("feedback.ws.label.all") : messages.get("feedback.ws.label." + code);
    }

    String reason(PriorityReason reason) {
        return messages.get("feedback.ws.reason." + reason.code());
    }

    String dimension(String code) {
        return messages.get("feedback.ws.dimension." + code);
    }

    /** A channel as the reader knows it: a known one ({@code online}, {@code store} ...) by its name, else as spelled. */
    String channel(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String key = "feedback.ws.channel." + name.toLowerCase(Locale.ROOT);
        return messages.has(key) ? messages.get(key) : name;
    }

    /** A value of a breakdown: languages and known channels by their names, anything else as the data spells it. */
    String value(String dimension, String name) {
        if ("language".equals(dimension)) {
            return language(name);
        }
        return "channel".equals(dimension) ? channel(name) : name;
    }

    String aspect(String code) {
        return messages.get("feedback.ws.aspect." + code);
    }

    /** "1,283 texts · 48% positive · 21% neutral · 31% negative · mean score 0.12 · 3 Jan 2025 to 30 Jun 2026". */
    String summary(FeedbackResult r, int scored) {
        SentimentCounts c = r.overall();
        String line = messages.get("feedback.ws.summary", c.total(), share(c.positive(), c.total()),
                share(c.neutral(), c.total()), share(c.negative(), c.total()), score(c.meanScore()));
        if (r.first() != null && r.last() != null) {
            DateTimeFormatter days = DateTimeFormatter.ofPattern(messages.get("feedback.ws.dayPattern"),
                    messages.locale());
            line += " \u00b7 " + messages.get("feedback.ws.summary.span", days.format(r.first()),
                    days.format(r.last()));
        }
        if (c.total() < scored) {
            line += " \u00b7 " + messages.get("feedback.ws.summary.filtered", scored);
        }
        return line;
    }

    private String share(int part, int total) {
        NumberFormat percent = NumberFormat.getPercentInstance(messages.locale());
        return total == 0 ? "\u2013" : percent.format((double) part / total);
    }

    String score(double value) {
        if (!Double.isFinite(value)) {
            return "\u2013";
        }
        NumberFormat f = NumberFormat.getNumberInstance(messages.locale());
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(value);
    }

    /** One chosen text's particulars: id, customer, time, channel, product, language, score, label, topic, aspects. */
    String details(ScoredFeedback s) {
        List<String> parts = new ArrayList<>();
        parts.add(messages.get("feedback.ws.detail.id", s.text().id()));
        if (s.text().customerId() != null) {
            parts.add(messages.get("feedback.ws.detail.customer", s.text().customerId()));
        }
        if (s.text().writtenAt() != null) {
            parts.add(DateTimeFormatter.ofPattern(messages.get("feedback.ws.timePattern"), messages.locale())
                    .format(s.text().writtenAt()));
        }
        String[][] context = {{"channel", channel(s.text().channel())}, {"product", s.text().product()},
                {"region", s.text().region()}, {"segment", s.text().segment()}, {"rep", s.text().salesRep()}};
        for (String[] part : context) {
            if (part[1] != null && !part[1].isBlank()) {
                parts.add(messages.get("feedback.ws.detail." + part[0], part[1]));
            }
        }
        parts.add(language(s.language()));
        parts.add(messages.get("feedback.ws.detail.score", score(s.score()), label(s.label())));
        if (s.topic() > 0) {
            parts.add(messages.get("feedback.ws.detail.topic", s.topic()));
        }
        String line = String.join(" \u00b7 ", parts);
        return line + "\n" + aspects(s.analysis().aspects());
    }

    /** "Aspects: delivery +0.50 (“shipping”), price −0.30 (“price”)" or that it names none. */
    String aspects(List<AspectMention> mentions) {
        if (mentions.isEmpty()) {
            return messages.get("feedback.ws.detail.noAspects");
        }
        List<String> each = new ArrayList<>();
        for (AspectMention m : mentions) {
            String signed = (m.score() > 0 ? "+" : "") + score(m.score());
            each.add(messages.get("feedback.ws.detail.aspect", aspect(m.aspect().code()), signed, m.term()));
        }
        return messages.get("feedback.ws.detail.aspects", String.join(messages.get("feedback.ws.listSeparator"),
                each));
    }

    Locale locale() {
        return messages.locale();
    }
}
