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

    /** The summary on one line, or the parameters when the run has no summary. */
    String summary(SavedRun run) {
        String text = run.summary().isBlank() ? run.parameters() : run.summary();
        return text.replaceAll("\\s+", " ").strip();
    }
}
