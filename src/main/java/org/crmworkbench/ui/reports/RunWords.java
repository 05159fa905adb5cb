package org.crmworkbench.ui.reports;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.SavedRun;

/** A saved run in words for the run list: its kind ({@code Forecast}, {@code Segmentation}, ...) and when it ran. */
final class RunWords {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages messages;
    private final ZoneId zone;

    RunWords(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    /** The kind in the user's language; an unknown kind as stored. */
    String kind(String kind) {
        String key = "reports.kind." + kind;
        return messages.has(key) ? messages.get(key) : kind;
    }

    String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(zone));
    }

    /** {@code #12 · Forecast · 2026-11-20 14:03}. */
    String heading(SavedRun run) {
        return messages.get("reports.ws.run.heading", run.id(), kind(run.kind()), when(run.startedAt()));
    }

    /**
     * The run list's second line: who saved it, when that is known, then the summary ({@code by alice · 4 segments
     * of 2,000 customers}); on a team database several analysts' runs are listed together.
     */
    String byline(SavedRun run) {
        return run.madeBy() == null || run.madeBy().isBlank() ? summary(run)
                : messages.get("reports.ws.run.summaryBy", run.madeBy(), summary(run));
    }

    /**
     * The summary on one line in the reader's language; as saved (in English) for a run saved before summaries were
     * stored as a message key, or the parameters when the run has no summary.
     */
    String summary(SavedRun run) {
        if (run.summaryKey() != null && messages.has(run.summaryKey())) {
            return messages.get(run.summaryKey(), run.summaryArgs().stream().map(RunWords::argument).toArray());
        }
        String text = run.summary().isBlank() ? run.parameters() : run.summary();
        return text.replaceAll("\\s+", " ").strip();
    }

    /**
     * A saved argument: whole numbers and decimals ({@code 0.571}, {@code NaN} for a figure that had nothing to count)
     * back as numbers, so they are formatted for the reader; the rest as text.
     */
    static Object argument(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            if (text.matches("-?\\d+\\.\\d+([eE]-?\\d+)?|NaN")) {
                return Double.parseDouble(text);
            }
            return text;
        }
    }
}
