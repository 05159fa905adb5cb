package org.crmworkbench.ui.datasets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.crmworkbench.data.imports.ImportPreview;
import org.crmworkbench.data.imports.ImportReport;
import org.crmworkbench.i18n.Messages;

/**
 * What the import wizard's steps say, composed from their view models in the reader's language: the check's status
 * and verdict, the preview's summary, the running import's heading, the outcome with its numbers, a field's kind.
 * The step controllers only put these words into their labels.
 */
final class ImportWords {
    /** One line of the outcome's numbers: its name's key, the value shown, and the value label's node id. */
    record Line(String nameKey, String value, String id) {
    }

    private final Messages messages;

    ImportWords(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The check's status line: running, or how many rows were read. */
    String checkStatus(ImportRunViewModel run) {
        ImportPhase phase = run.phaseProperty().get();
        return switch (phase) {
            case CHECKING -> messages.get("import.check.running");
            case CHECKED -> messages.get("import.check.read", run.reportProperty().get().rowsRead());
            default -> "";
        };
    }

    /** The check's verdict: clean, rows to skip, problems that stop the import, or why the check failed. */
    String checkVerdict(ImportRunViewModel run) {
        ImportReport report = run.reportProperty().get();
        return switch (run.phaseProperty().get()) {
            case CHECK_FAILED -> run.failureProperty().get() == null ? "" : run.failureProperty().get().text(messages);
            case CHECKED -> report.problemCount() == 0 ? messages.get("import.check.clean", report.rowsRead())
                    : run.importAllowed() ? messages.get("import.check.skipping", report.problemCount(),
                            report.rowsRejected(), report.rowsRead() - report.rowsRejected())
                    : messages.get("import.check.problems", report.problemCount(), run.problems().size());
            default -> "";
        };
    }

    /** The verdict's style class ({@code verdict-ok}, {@code verdict-warn}, {@code verdict-bad}), or null. */
    static String checkStyle(ImportRunViewModel run) {
        return switch (run.phaseProperty().get()) {
            case CHECK_FAILED -> "verdict-bad";
            case CHECKED -> run.reportProperty().get().problemCount() == 0 ? "verdict-ok"
                    : run.importAllowed() ? "verdict-warn" : "verdict-bad";
            default -> null;
        };
    }

    /** The preview's summary: file, columns and rows shown; empty without a preview. */
    String previewSummary(ImportWizardViewModel wizard) {
        ImportPreview preview = wizard.previewProperty().get();
        return preview == null ? "" : messages.get("import.preview.summary", preview.file(), preview.header().size(),
                preview.rows().size());
    }

    /** The running import's heading: which file goes into which table. */
    String runHeading(ImportWizardViewModel wizard) {
        String path = wizard.filePathProperty().get();
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return messages.get("import.run.heading", path.substring(slash + 1),
                Formats.table(messages, wizard.tableProperty().get()));
    }

    /** The outcome's headline. */
    String outcomeHeadline(ImportWizardViewModel wizard) {
        ImportRunViewModel run = wizard.run();
        ImportReport report = run.reportProperty().get();
        return switch (run.phaseProperty().get()) {
            case COMMITTED -> messages.get("import.summary.committed", report.rowsLoaded(),
                    Formats.table(messages, wizard.tableProperty().get()));
            case REFUSED -> messages.get("import.summary.refused", report.problemCount());
            case CANCELLED -> messages.get("import.summary.cancelled");
            case FAILED -> messages.get("import.summary.failed");
            default -> "";
        };
    }

    /** The outcome's second line: what happened to the rows and the stored data. */
    String outcomeDetail(ImportRunViewModel run) {
        ImportReport report = run.reportProperty().get();
        return switch (run.phaseProperty().get()) {
            case COMMITTED -> run.finishedBeforeCancelProperty().get() ? messages.get("import.summary.tooLateToCancel")
                    : report.rowsRejected() > 0 ? messages.get("import.summary.rejected", report.rowsRejected())
                    : messages.get("import.summary.allLoaded");
            case REFUSED -> messages.get("import.summary.unchanged");
            case CANCELLED -> messages.get("import.summary.rolledBack");
            case FAILED -> (run.failureProperty().get() == null ? "" : run.failureProperty().get().text(messages)
                    + "\n") + messages.get("import.summary.unchanged");
            default -> "";
        };
    }

    /** The headline's style class. */
    static String outcomeStyle(ImportRunViewModel run) {
        ImportPhase phase = run.phaseProperty().get();
        return phase == ImportPhase.COMMITTED ? "verdict-ok" : phase == ImportPhase.CANCELLED ? "verdict-warn"
                : "verdict-bad";
    }

    /** True when the outcome lists problems: a refused import, or a committed one that skipped rows. */
    static boolean outcomeHasProblems(ImportRunViewModel run) {
        ImportPhase phase = run.phaseProperty().get();
        return phase == ImportPhase.REFUSED || (run.reportProperty().get() != null && !run.problems().isEmpty()
                && phase == ImportPhase.COMMITTED);
    }

    /** The outcome in numbers (rows read, loaded, rejected, speed, time, rejects file); empty when it has none. */
    List<Line> outcomeNumbers(ImportRunViewModel run) {
        ImportPhase phase = run.phaseProperty().get();
        ImportReport report = run.reportProperty().get();
        List<Line> lines = new ArrayList<>();
        if (report == null || (phase != ImportPhase.COMMITTED && phase != ImportPhase.REFUSED)) {
            return lines;
        }
        lines.add(new Line("import.summary.rowsRead", Formats.count(messages, report.rowsRead()), "summary-read"));
        lines.add(new Line("import.summary.rowsLoaded", Formats.count(messages, report.rowsLoaded()),
                "summary-loaded"));
        lines.add(new Line("import.summary.rowsRejected", Formats.count(messages, report.rowsRejected()),
                "summary-rejected"));
        lines.add(new Line("import.summary.speed", messages.get("import.summary.rowsPerSecond",
                Formats.rate(messages, report.rowsPerSecond())), "summary-speed"));
        lines.add(new Line("import.summary.elapsed", Formats.elapsed(messages, report.elapsed()),
                "summary-elapsed"));
        String rejects = report.rejects().isEmpty() ? messages.get("import.summary.noRejects")
                : String.join("\n", report.rejects().stream().map(Path::toString).toList());
        lines.add(new Line("import.summary.rejectsFile", rejects, "summary-rejects"));
        return lines;
    }

    /** The kind of value a field expects ({@code whole number}, {@code date}, ...). */
    String fieldKind(FieldChoice field) {
        return messages.get("import.kind." + field.field().type().name().toLowerCase(Locale.ROOT));
    }
}
